/**
 * Nonparametric bootstrap confidence intervals, following R's boot package so results can be
 * compared with `boot::boot.ci`:
 *
 * - Percentile: the (R + 1)·α-th order statistic of the R replicates; when that is not an integer,
 *   boot's `norm.inter` interpolation on the normal-quantile scale between neighbours. With the
 *   default 9999 replicates and a 95 % level both endpoints are exact order statistics (250th and 9750th).
 * - BCa: bias correction z0 = Φ⁻¹(#{t* < t} / R) and acceleration a = Σ L³ / (6 (Σ L²)^{3/2}) from
 *   jackknife influence values L_i = (n − 1)(t − t₍₋ᵢ₎) — boot's `empinf(type = "jack")`
 *   (`usual.jack`). Note that `boot.ci(type = "bca")` called without `L` estimates L by regression on
 *   the replicates (`type = "reg"`) instead, which gives a slightly different acceleration.
 *
 * Replicates whose statistic is undefined (e.g. a resample in which a variable is constant, common
 * with 0/50/100 scores and small n) are dropped, as boot does with non-finite values, and counted.
 */
import {sampleStandardDeviation} from "simple-statistics";
import {pearsonUnchecked, requireCorrelatable, type CorrelationMethod} from "./correlation.ts";
import {StatsInputError} from "./errors.ts";
import {normalCdf, normalQuantile} from "./normal.ts";
import {pairComplete, type MissingOptions} from "./pairs.ts";
import {resampleIndices, resolveRandom, type RandomOptions} from "./random.ts";
import {resampleRanker} from "./rank.ts";
import {requireInteger, requireLevel, type MaybeNumber} from "./validate.ts";

/** Replicates of a statistic over bootstrap resamples. */
export interface BootstrapReplicates {
  /** Finite replicate values in draw order. */
  values: Float64Array;
  /** Resamples whose statistic was not finite and were left out. */
  dropped: number;
}

/**
 * Draws `replicates` resamples of the indices 0 … n−1 with replacement and evaluates `statistic` on each.
 * The index array passed to `statistic` is reused between calls: copy it if you keep it.
 *
 * @example
 * const x = [10, 20, 30, 40, 50, 60];
 * const mean = (values: number[]) => values.reduce((a, b) => a + b) / values.length;
 * bootstrapReplicates(x.length, (idx) => mean(Array.from(idx, (i) => x[i])), {seed: 1, replicates: 999}).values.length; // 999
 */
export function bootstrapReplicates(
  n: number,
  statistic: (indices: Int32Array) => number,
  {replicates = 9999, ...randomOptions}: {replicates?: number} & RandomOptions = {}
): BootstrapReplicates {
  requireInteger(n, 2, "n");
  requireInteger(replicates, 1, "replicates");
  const random = resolveRandom(randomOptions);
  const values = new Float64Array(replicates);
  const indices = new Int32Array(n);
  let kept = 0;
  for (let b = 0; b < replicates; b++) {
    const value = statistic(resampleIndices(n, random, indices));
    if (Number.isFinite(value)) values[kept++] = value;
  }
  return {values: values.slice(0, kept), dropped: replicates - kept};
}

/**
 * The bootstrap quantile used by boot's percentile and BCa intervals (`norm.inter`): the
 * (R + 1)·α-th order statistic, interpolated on the normal scale when (R + 1)·α is not an integer,
 * and clamped to the extremes.
 *
 * @example
 * bootstrapQuantile(Float64Array.from([1, 2, 3, 4, 5]), 0.5); // 3
 */
export function bootstrapQuantile(sorted: ArrayLike<number>, alpha: number): number {
  const count = sorted.length;
  if (count === 0) throw new StatsInputError("replicates", "no finite replicates");
  const rank = (count + 1) * alpha;
  const k = Math.trunc(rank);
  if (k === rank && k >= 1 && k <= count) return sorted[k - 1];
  if (k <= 0) return sorted[0];
  if (k >= count) return sorted[count - 1];
  const lowerValue = sorted[k - 1];
  const upperValue = sorted[k];
  const zAlpha = normalQuantile(alpha);
  const zLower = normalQuantile(k / (count + 1));
  const zUpper = normalQuantile((k + 1) / (count + 1));
  return lowerValue + ((zAlpha - zLower) / (zUpper - zLower)) * (upperValue - lowerValue);
}

function sortedCopy(values: ArrayLike<number>): Float64Array {
  const sorted = Float64Array.from(values);
  sorted.sort();
  return sorted;
}

/**
 * Percentile bootstrap interval (boot.ci type "perc").
 *
 * @example
 * percentileInterval(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 0.8); // ≈ [1.1257, 9.8743]
 */
export function percentileInterval(replicates: ArrayLike<number>, level = 0.95): [number, number] {
  requireLevel(level);
  const sorted = sortedCopy(replicates);
  return [bootstrapQuantile(sorted, (1 - level) / 2), bootstrapQuantile(sorted, (1 + level) / 2)];
}

/** Result of {@link bcaInterval}. */
export interface BcaResult {
  interval: [number, number];
  /** Bias correction z0 = Φ⁻¹(share of replicates below the estimate). */
  biasCorrection: number;
  /** Acceleration a from the jackknife influence values. */
  acceleration: number;
  /** The adjusted tail probabilities at which the replicates were read. */
  adjustedLevels: [number, number];
}

/**
 * Bias-corrected and accelerated interval (boot.ci type "bca" with `L = empinf(..., type = "jack")`).
 * `jackknife[i]` is the statistic computed without case i.
 *
 * @example
 * // Replicates spread evenly over (0, 1) around an estimate of 0.5, a symmetric jackknife: no bias, no
 * // acceleration, so the interval is the percentile one (bootstrapCorrelation computes the real inputs).
 * const replicates = Float64Array.from({length: 999}, (_, i) => (i + 1) / 1000);
 * const {interval, acceleration} = bcaInterval({estimate: 0.5, replicates, jackknife: [0.4, 0.5, 0.6], level: 0.9});
 * interval // ≈ [0.05, 0.95]
 * acceleration // 0
 */
export function bcaInterval({
  estimate,
  replicates,
  jackknife,
  level = 0.95
}: {
  estimate: number;
  replicates: ArrayLike<number>;
  jackknife: ArrayLike<number>;
  level?: number;
}): BcaResult {
  requireLevel(level);
  if (!Number.isFinite(estimate)) throw new StatsInputError("estimate", "must be finite");
  const sorted = sortedCopy(replicates);
  let below = 0;
  for (let i = 0; i < sorted.length; i++) if (sorted[i] < estimate) below++;
  const biasCorrection = normalQuantile(below / sorted.length);
  if (!Number.isFinite(biasCorrection)) {
    throw new StatsInputError("replicates", "all replicates lie on one side of the estimate; the BCa bias correction is infinite");
  }
  const n = jackknife.length;
  let sumSquares = 0;
  let sumCubes = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(jackknife[i])) throw new StatsInputError("jackknife", `value at index ${i} is not finite`);
    const influence = (n - 1) * (estimate - jackknife[i]);
    sumSquares += influence * influence;
    sumCubes += influence * influence * influence;
  }
  if (sumSquares === 0) throw new StatsInputError("jackknife", "all jackknife values equal the estimate; the acceleration is undefined");
  const acceleration = sumCubes / (6 * Math.pow(sumSquares, 1.5));
  const adjust = (alpha: number): number => {
    const z = biasCorrection + normalQuantile(alpha);
    return normalCdf(biasCorrection + z / (1 - acceleration * z));
  };
  const adjustedLevels: [number, number] = [adjust((1 - level) / 2), adjust((1 + level) / 2)];
  return {
    interval: [bootstrapQuantile(sorted, adjustedLevels[0]), bootstrapQuantile(sorted, adjustedLevels[1])],
    biasCorrection,
    acceleration,
    adjustedLevels
  };
}

/**
 * Leave-one-out values of a statistic: `statistic(indices without i)` for each i.
 *
 * @example
 * jackknifeValues(5, (idx) => idx.length); // [4, 4, 4, 4, 4]
 */
export function jackknifeValues(n: number, statistic: (indices: Int32Array) => number): Float64Array {
  const values = new Float64Array(n);
  const indices = new Int32Array(n - 1);
  for (let left = 0; left < n; left++) {
    for (let i = 0, j = 0; i < n; i++) if (i !== left) indices[j++] = i;
    values[left] = statistic(indices);
  }
  return values;
}

/** Options of {@link bootstrapCorrelation}. */
export interface BootstrapCorrelationOptions extends MissingOptions, RandomOptions {
  method?: CorrelationMethod;
  /** Bootstrap resamples; default 9999 (so the 95 % endpoints are exact order statistics). */
  replicates?: number;
  level?: number;
}

/** Result of {@link bootstrapCorrelation}. */
export interface BootstrapCorrelationResult {
  method: CorrelationMethod;
  estimate: number;
  n: number;
  dropped: number;
  level: number;
  replicates: number;
  /** Resamples left out because the correlation was undefined in them (a variable was constant). */
  undefinedReplicates: number;
  standardError: number;
  percentile: [number, number];
  /**
   * The BCa interval, or null where it is undefined (as R's boot.ci gives NA): every replicate lies on one
   * side of the estimate (a sample whose r or rho is ±1), or the jackknife values have no spread.
   */
  bca: [number, number] | null;
  /** Why `bca` is null; null when it is defined. */
  bcaUndefined: string | null;
  biasCorrection: number | null;
  acceleration: number | null;
}

/**
 * Percentile and BCa bootstrap intervals for Pearson's r or Spearman's rho (cases resampled as pairs).
 *
 * @example
 * const boot = bootstrapCorrelation([10, 20, 30, 40, 50, 60], [12, 25, 29, 48, 45, 70], {seed: 2020, replicates: 999});
 * boot.percentile; // ≈ [0.8534, 1.0000]
 * boot.bca; // ≈ [0.7881, 0.9997]
 * // A monotone sample: rho is 1 in every resample, so BCa is undefined and only the percentile interval is given.
 * const flat = bootstrapCorrelation([1, 2, 3, 4, 5, 6], [1, 8, 27, 64, 125, 216], {method: "spearman", seed: 2020, replicates: 999});
 * [flat.bca, flat.percentile] // [null, [1, 1]]
 * flat.bcaUndefined // "all replicates lie on one side of the estimate; the BCa bias correction is infinite"
 */
export function bootstrapCorrelation(
  x: readonly MaybeNumber[],
  y: readonly MaybeNumber[],
  {method = "pearson", replicates = 9999, level = 0.95, ...options}: BootstrapCorrelationOptions = {}
): BootstrapCorrelationResult {
  requireLevel(level);
  if (method !== "pearson" && method !== "spearman") {
    throw new StatsInputError("method", `must be 'pearson' or 'spearman', got ${String(method)}`);
  }
  const pairs = pairComplete(x, y, options);
  requireCorrelatable(pairs.x, pairs.y, 4);
  const n = pairs.x.length;
  const xs = Float64Array.from(pairs.x);
  const ys = Float64Array.from(pairs.y);
  const sampleX = new Float64Array(n);
  const sampleY = new Float64Array(n);
  // Spearman re-ranks within each resample, as boot would with cor(method = "spearman"); the rankers
  // do it in linear time from the counts of each distinct value drawn.
  const xRanker = method === "spearman" ? resampleRanker(pairs.x) : null;
  const yRanker = method === "spearman" ? resampleRanker(pairs.y) : null;
  const statistic = (indices: Int32Array): number => {
    const m = indices.length;
    if (xRanker && yRanker) {
      xRanker.rank(indices, sampleX);
      yRanker.rank(indices, sampleY);
    } else {
      for (let i = 0; i < m; i++) {
        sampleX[i] = xs[indices[i]];
        sampleY[i] = ys[indices[i]];
      }
    }
    return pearsonUnchecked(sampleX.subarray(0, m), sampleY.subarray(0, m));
  };
  const estimate = statistic(Int32Array.from({length: n}, (_, i) => i));
  const boot = bootstrapReplicates(n, statistic, {replicates, ...options});
  if (boot.values.length < 2) throw new StatsInputError("x", "the correlation is undefined in almost every resample");
  const jackknife = jackknifeValues(n, statistic);
  let bca: BcaResult | null = null;
  let bcaUndefined: string | null = null;
  try {
    bca = bcaInterval({estimate, replicates: boot.values, jackknife, level});
  } catch (error) {
    // Only the two degenerate samples make BCa undefined; any other error is a bug and surfaces.
    if (!(error instanceof StatsInputError) || !["replicates", "jackknife"].includes(error.argument)) throw error;
    bcaUndefined = error.message.slice(error.argument.length + 2);
  }
  return {
    method,
    estimate,
    n,
    dropped: pairs.dropped,
    level,
    replicates,
    undefinedReplicates: boot.dropped,
    standardError: sampleStandardDeviation(Array.from(boot.values)),
    percentile: percentileInterval(boot.values, level),
    bca: bca?.interval ?? null,
    bcaUndefined,
    biasCorrection: bca?.biasCorrection ?? null,
    acceleration: bca?.acceleration ?? null
  };
}
