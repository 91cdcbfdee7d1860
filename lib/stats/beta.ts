/**
 * The log-beta function and the regularized incomplete beta function I_x(a, b), on which the
 * Student t (and hence every p-value and confidence interval in lib/stats) is built.
 */
import {HALF_LOG_TWO_PI, logGamma, stirlingRemainder} from "./gamma.ts";

/**
 * log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b), computed without cancellation when a or b is large
 * (Stirling's series is expanded analytically so that the large terms cancel exactly).
 *
 * @example
 * logBeta(2, 3); // log(1/12) ≈ -2.4849066497880004
 */
export function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  const sum = a + b;
  if (small >= 10) {
    const correction = stirlingRemainder(small) + stirlingRemainder(large) - stirlingRemainder(sum);
    return HALF_LOG_TWO_PI - 0.5 * Math.log(sum) + (small - 0.5) * Math.log(small / sum) + (large - 0.5) * Math.log1p(-small / sum) + correction;
  }
  if (large >= 10) {
    const correction = stirlingRemainder(large) - stirlingRemainder(sum);
    return logGamma(small) + correction + small - small * Math.log(sum) + (large - 0.5) * Math.log1p(-small / sum);
  }
  return logGamma(a) + logGamma(b) - logGamma(sum);
}

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;

/** Continued fraction for I_x(a, b) (modified Lentz), converging fast for x < (a + 1) / (a + b + 2). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const sum = a + b;
  let c = 1;
  let d = 1 - (sum * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let coefficient = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    coefficient = (-(a + m) * (sum + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}

/**
 * The regularized incomplete beta I_x(a, b) (`lower`) and 1 − I_x(a, b) (`upper`).
 * Pass `y = 1 − x` when it is known more accurately than `1 − x` (e.g. t²/(ν + t²)):
 * the side computed directly keeps full relative precision in the far tails.
 *
 * @example
 * regularizedBeta(0.5, 2, 3).lower; // 0.6875
 */
export function regularizedBeta(x: number, a: number, b: number, y: number = 1 - x): {lower: number; upper: number} {
  if (x <= 0) return {lower: 0, upper: 1};
  if (y <= 0) return {lower: 1, upper: 0};
  // log x via log1p(−y) when x is near 1 (and vice versa): with a = df/2 in the millions, the
  // rounding of x itself would otherwise be multiplied by a.
  const logX = x > 0.5 ? Math.log1p(-y) : Math.log(x);
  const logY = y > 0.5 ? Math.log1p(-x) : Math.log(y);
  const logPrefactor = a * logX + b * logY - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (Math.exp(logPrefactor) * betaContinuedFraction(a, b, x)) / a;
    return {lower, upper: 1 - lower};
  }
  const upper = (Math.exp(logPrefactor) * betaContinuedFraction(b, a, y)) / b;
  return {lower: 1 - upper, upper};
}
