/**
 * Gamma and Dirichlet draws from a seeded source (lib/stats/random.ts), for random weights around a
 * reference. Gamma by Marsaglia and Tsang (2000), normals by Box–Muller; shapes below 1 use the boost
 * Gamma(α) = Gamma(α + 1) · U^(1/α).
 */
import {StatsInputError} from "./errors.ts";
import type {RandomSource} from "./random.ts";

function standardNormal(random: RandomSource): number {
  let u = 0;
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * One draw from the Gamma distribution with shape `shape` and scale 1.
 *
 * @example
 * gammaDraw(10, createRandom(1)) > 0 // true
 */
export function gammaDraw(shape: number, random: RandomSource): number {
  if (!(shape > 0) || !Number.isFinite(shape)) throw new StatsInputError("shape", `must be a positive number, got ${shape}`);
  if (shape < 1) {
    let u = 0;
    while (u === 0) u = random();
    return gammaDraw(shape + 1, random) * Math.pow(u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (u > 0 && Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * A draw from the Dirichlet distribution with parameters `alpha`, written into `into` (or a new array): a
 * vector of positive weights summing to 1 whose mean is alpha / Σ alpha.
 *
 * @example
 * const w = dirichletDraw([10, 10, 10], createRandom(1));
 * w.reduce((s, x) => s + x, 0) // 1 (up to rounding)
 */
export function dirichletDraw(alpha: readonly number[], random: RandomSource, into: Float64Array = new Float64Array(alpha.length)): Float64Array {
  let sum = 0;
  for (let i = 0; i < alpha.length; i++) sum += into[i] = gammaDraw(alpha[i], random);
  for (let i = 0; i < alpha.length; i++) into[i] /= sum;
  return into;
}
