/**
 * Variance-based sensitivity analysis (Sobol indices) by the Saltelli scheme:
 *
 * - two independent N × k matrices A and B of factor values (here uniform in [0, 1), one column per factor);
 * - for each factor i, the matrix A_B^(i): A with its column i taken from B;
 * - the model is run on the N (k + 2) rows [A; B; A_B^(1); …; A_B^(k)];
 * - first-order index S_i = (1/N) Σ f(B)_j (f(A_B^(i))_j − f(A)_j) / V  (Saltelli et al. 2010, table 2 (b));
 * - total-order index ST_i = (1/2N) Σ (f(A)_j − f(A_B^(i))_j)² / V  (Jansen 1999; Saltelli et al. 2010 (f));
 * - V is the variance of the 2N outputs f(A) and f(B) (divisor 2N).
 *
 * Intervals come from a bootstrap over the N base rows (a resampled row j brings its A, B and every A_B^(i)
 * row along), with percentile intervals, as R's `sensitivity::soboljansen(nboot = …)` does.
 *
 * Saltelli, A. et al. (2010). Variance based sensitivity analysis of model output. Design and estimator for
 * the total sensitivity index. Computer Physics Communications 181, 259–270.
 */
import {bootstrapQuantile} from "./bootstrap.ts";
import {StatsInputError} from "./errors.ts";
import {resampleIndices, resolveRandom, type RandomOptions} from "./random.ts";
import {requireInteger, requireLevel} from "./validate.ts";

/** The two base matrices of a Saltelli design, row-major N × k, values in [0, 1). */
export interface SaltelliDesign {
  factors: number;
  baseSamples: number;
  a: Float64Array;
  b: Float64Array;
}

/**
 * Draws the base matrices A and B (uniform in [0, 1), row-major) from a seeded source: A's rows first, then B's.
 *
 * @example
 * const design = saltelliDesign(3, 1024, {seed: 1});
 * design.a.length // 3072
 */
export function saltelliDesign(factors: number, baseSamples: number, options: RandomOptions = {}): SaltelliDesign {
  requireInteger(factors, 1, "factors");
  requireInteger(baseSamples, 2, "baseSamples");
  const random = resolveRandom(options);
  const a = new Float64Array(factors * baseSamples);
  const b = new Float64Array(factors * baseSamples);
  for (let i = 0; i < a.length; i++) a[i] = random();
  for (let i = 0; i < b.length; i++) b[i] = random();
  return {factors, baseSamples, a, b};
}

/**
 * The N (k + 2) model input rows of a design, row-major: A, then B, then A_B^(1) … A_B^(k).
 *
 * @example
 * const rows = saltelliRows({factors: 2, baseSamples: 2, a: Float64Array.of(0, 0, 0, 0), b: Float64Array.of(1, 1, 1, 1)});
 * Array.from(rows.subarray(8, 12)) // [1, 0, 1, 0]: A_B^(1), A with column 1 from B
 */
export function saltelliRows(design: SaltelliDesign): Float64Array {
  const {factors: k, baseSamples: n, a, b} = checkDesign(design);
  const rows = new Float64Array(n * k * (k + 2));
  rows.set(a, 0);
  rows.set(b, n * k);
  for (let i = 0; i < k; i++) {
    const block = n * k * (2 + i);
    rows.set(a, block);
    for (let j = 0; j < n; j++) rows[block + j * k + i] = b[j * k + i];
  }
  return rows;
}

function checkDesign(design: SaltelliDesign): SaltelliDesign {
  const {factors, baseSamples, a, b} = design;
  requireInteger(factors, 1, "factors");
  requireInteger(baseSamples, 2, "baseSamples");
  if (a.length !== factors * baseSamples || b.length !== factors * baseSamples) {
    throw new StatsInputError("design", `A and B must hold ${baseSamples} × ${factors} values, got ${a.length} and ${b.length}`);
  }
  return design;
}

/** Sobol indices of one output; NaN where the output does not vary (V = 0). */
export interface SobolIndices {
  /** First-order indices, one per factor. */
  first: number[];
  /** Total-order indices, one per factor. */
  total: number[];
  /** Variance of the output over A and B. */
  variance: number;
}

/** {@link SobolIndices} with bootstrap percentile intervals over the base rows. */
export interface SobolWithIntervals extends SobolIndices {
  firstInterval: [number, number][];
  totalInterval: [number, number][];
  level: number;
  resamples: number;
}

function checkOutputs(outputs: ArrayLike<number>, factors: number, baseSamples: number): void {
  requireInteger(factors, 1, "factors");
  requireInteger(baseSamples, 2, "baseSamples");
  if (outputs.length !== baseSamples * (factors + 2)) {
    throw new StatsInputError(
      "outputs",
      `a design with ${baseSamples} base rows and ${factors} factors has ${baseSamples * (factors + 2)} outputs, got ${outputs.length}`
    );
  }
}

/**
 * Estimates the indices on base rows `rows` (every j once when omitted, or a bootstrap resample); writes
 * S_i into first[i] and ST_i into total[i] and returns V.
 */
function estimate(y: ArrayLike<number>, k: number, n: number, first: Float64Array, total: Float64Array, rows?: Int32Array): number {
  // One pass over the rows: each row's A and B outputs are read once for every factor.
  first.fill(0);
  total.fill(0);
  let sum = 0;
  let sumSquares = 0;
  for (let r = 0; r < n; r++) {
    const j = rows ? rows[r] : r;
    const ya = y[j];
    const yb = y[n + j];
    sum += ya + yb;
    sumSquares += ya * ya + yb * yb;
    for (let i = 0, at = 2 * n + j; i < k; i++, at += n) {
      const difference = y[at] - ya;
      first[i] += yb * difference;
      total[i] += difference * difference;
    }
  }
  const mean = sum / (2 * n);
  const variance = Math.max(0, sumSquares / (2 * n) - mean * mean);
  for (let i = 0; i < k; i++) {
    first[i] = variance > 0 ? first[i] / n / variance : NaN;
    total[i] = variance > 0 ? total[i] / (2 * n) / variance : NaN;
  }
  return variance;
}

/**
 * First-order (Saltelli 2010) and total-order (Jansen) Sobol indices from the outputs of the model on
 * {@link saltelliRows}: `outputs[r]` is the model's value on row r.
 *
 * @example
 * // y = x1 on a 2-factor design: all of the variance is the first factor's
 * const design = saltelliDesign(2, 4096, {seed: 1});
 * const rows = saltelliRows(design);
 * const y = Float64Array.from({length: rows.length / 2}, (_, r) => rows[2 * r]);
 * sobolIndices(y, 2, 4096).total.map((s) => Math.round(s * 10) / 10) // [1, 0]
 */
export function sobolIndices(outputs: ArrayLike<number>, factors: number, baseSamples: number): SobolIndices {
  checkOutputs(outputs, factors, baseSamples);
  const first = new Float64Array(factors);
  const total = new Float64Array(factors);
  const variance = estimate(outputs, factors, baseSamples, first, total);
  return {first: Array.from(first), total: Array.from(total), variance};
}

/** Options of {@link sobolWithIntervals}. */
export interface SobolBootstrapOptions extends RandomOptions {
  /** Bootstrap resamples of the base rows; default 500. */
  resamples?: number;
  /** Interval level; default 0.95. */
  level?: number;
}

/**
 * {@link sobolIndices} with percentile bootstrap intervals: the N base rows are resampled with
 * replacement `resamples` times (seeded) and the indices re-estimated on each resample. A resample on which
 * the output does not vary is left out of the interval.
 *
 * @example
 * // y = x1 on a 2-factor design (sobolIndices' example): S1 of the first factor ≈ 1, with its interval.
 * const rows = saltelliRows(saltelliDesign(2, 1024, {seed: 1}));
 * const y = Float64Array.from({length: rows.length / 2}, (_, r) => rows[2 * r]);
 * const {first, firstInterval} = sobolWithIntervals(y, 2, 1024, {resamples: 100, seed: 3});
 * first // ≈ [1.01, 0]
 * firstInterval[0] // ≈ [0.83, 1.16]
 */
export function sobolWithIntervals(outputs: ArrayLike<number>, factors: number, baseSamples: number, options: SobolBootstrapOptions = {}): SobolWithIntervals {
  return sobolWithIntervalsJointly([outputs], factors, baseSamples, options)[0];
}

/**
 * {@link sobolWithIntervals} for several outputs of the same model runs, each resample of the base rows
 * applied to every output (a joint bootstrap, and one set of random draws for all of them).
 *
 * @example
 * // Two outputs of one design, y1 = x1 and y2 = x2, resampled with the same bootstrap draws.
 * const rows = saltelliRows(saltelliDesign(2, 1024, {seed: 1}));
 * const y1 = Float64Array.from({length: rows.length / 2}, (_, r) => rows[2 * r]);
 * const y2 = Float64Array.from({length: rows.length / 2}, (_, r) => rows[2 * r + 1]);
 * const [first, second] = sobolWithIntervalsJointly([y1, y2], 2, 1024, {resamples: 100, seed: 3});
 * first.total // ≈ [0.96, 0]
 * second.total // ≈ [0, 1.02]
 */
export function sobolWithIntervalsJointly(
  outputs: readonly ArrayLike<number>[],
  factors: number,
  baseSamples: number,
  {resamples = 500, level = 0.95, ...randomOptions}: SobolBootstrapOptions = {}
): SobolWithIntervals[] {
  const points = outputs.map((y) => sobolIndices(y, factors, baseSamples));
  requireInteger(resamples, 1, "resamples");
  requireLevel(level);
  const random = resolveRandom(randomOptions);
  const replicates = outputs.map(() => ({
    first: Array.from({length: factors}, () => new Float64Array(resamples)),
    total: Array.from({length: factors}, () => new Float64Array(resamples)),
    kept: 0
  }));
  const first = new Float64Array(factors);
  const total = new Float64Array(factors);
  const rows = new Int32Array(baseSamples);
  for (let b = 0; b < resamples; b++) {
    resampleIndices(baseSamples, random, rows);
    outputs.forEach((y, o) => {
      const variance = estimate(y, factors, baseSamples, first, total, rows);
      if (!(variance > 0)) return;
      const r = replicates[o];
      for (let i = 0; i < factors; i++) {
        r.first[i][r.kept] = first[i];
        r.total[i][r.kept] = total[i];
      }
      r.kept++;
    });
  }
  return points.map((point, o) => {
    const {kept} = replicates[o];
    const interval = (values: Float64Array): [number, number] => {
      if (kept === 0) return [NaN, NaN];
      const sorted = values.slice(0, kept).sort();
      return [bootstrapQuantile(sorted, (1 - level) / 2), bootstrapQuantile(sorted, (1 + level) / 2)];
    };
    return {...point, firstInterval: replicates[o].first.map(interval), totalInterval: replicates[o].total.map(interval), level, resamples};
  });
}
