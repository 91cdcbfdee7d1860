// A deterministic design both TypeScript and R compute to the same bits, so the R cross-checks
// (test/fixtures/r/robustness.R) run on exactly the inputs the tests use: u[j, f] = frac((j + 1) · √p_f)
// for the f-th prime p_f (an additive recurrence, equidistributed in the unit cube).
import type {SaltelliDesign} from "../../../lib/stats/sobol.ts";

export const PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53];

/** rows × columns uniforms, row-major, column f from the (offset + f)-th prime. */
export function weylUniforms(rows: number, columns: number, offset = 0): Float64Array {
  const out = new Float64Array(rows * columns);
  for (let j = 0; j < rows; j++) {
    for (let f = 0; f < columns; f++) {
      const x = (j + 1) * Math.sqrt(PRIMES[offset + f]);
      out[j * columns + f] = x - Math.floor(x);
    }
  }
  return out;
}

/** A Saltelli design with A from the first k primes and B from the next k. */
export function weylDesign(factors: number, baseSamples: number): SaltelliDesign {
  return {factors, baseSamples, a: weylUniforms(baseSamples, factors, 0), b: weylUniforms(baseSamples, factors, factors)};
}

/** The Ishigami function on u ∈ [0, 1)³ mapped to [−π, π)³. */
export function ishigami(u: ArrayLike<number>, offset = 0, a = 7, b = 0.1): number {
  const x1 = -Math.PI + 2 * Math.PI * u[offset];
  const x2 = -Math.PI + 2 * Math.PI * u[offset + 1];
  const x3 = -Math.PI + 2 * Math.PI * u[offset + 2];
  return Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1);
}
