/**
 * The standard normal distribution to near double precision: needed for Fisher-z intervals and
 * for the BCa bootstrap, where R's `pnorm`/`qnorm` are the reference. (simple-statistics' `probit`
 * and `cumulativeStdNormalProbability` are table/approximation based, ~1e-7, too coarse to match R.)
 */
import {regularizedGamma} from "./gamma.ts";
import {StatsInputError} from "./errors.ts";

/**
 * P(Z ≤ z) for a standard normal Z, accurate in both tails (uses erfc = Q(½, z²/2)).
 *
 * @example
 * normalCdf(1.959963984540054); // ≈ 0.975
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) throw new StatsInputError("z", "is NaN");
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  const tail = 0.5 * regularizedGamma(0.5, (z * z) / 2).upper;
  return z < 0 ? tail : 1 - tail;
}

/**
 * The standard normal density.
 *
 * @example
 * normalDensity(0); // 0.3989422804014327
 */
export function normalDensity(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

// Acklam's rational approximation (relative error ~1e-9), refined below by Halley steps.
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

function acklam(p: number): number {
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  if (p > 1 - P_LOW) return -acklam(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}

/**
 * The standard normal quantile (inverse of {@link normalCdf}), matching R `qnorm` to ~1e-14.
 *
 * @example
 * normalQuantile(0.975); // 1.959963984540054
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new StatsInputError("p", `must be a probability in [0, 1], got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  // Work in the lower tail, where the cdf is computed with full relative precision.
  const lower = Math.min(p, 1 - p);
  let x = acklam(lower);
  for (let step = 0; step < 3; step++) {
    const error = normalCdf(x) - lower;
    const u = error / normalDensity(x);
    const next = x - u / (1 + (x * u) / 2);
    if (!Number.isFinite(next)) break;
    x = next;
  }
  return p < 0.5 ? x : -x;
}
