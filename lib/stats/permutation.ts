/**
 * Permutation test for a correlation (not simple-statistics' `permutationTest`, which compares two
 * means). The pairing of x and y is broken by shuffling y; the p-value is the share of shuffles whose
 * correlation is at least as extreme as the observed one, with the +1 correction
 * p = (extreme + 1) / (permutations + 1) so that it is never 0 and the test stays valid
 * (Phipson & Smyth 2010). Spearman permutes mid-ranks, so ties are kept as they are.
 */
import type {Alternative} from "./correlation-test.ts";
import {pearsonUnchecked, requireCorrelatable, type CorrelationMethod} from "./correlation.ts";
import {StatsInputError} from "./errors.ts";
import {pairComplete, type MissingOptions} from "./pairs.ts";
import {resolveRandom, shuffleInPlace, type RandomOptions} from "./random.ts";
import {midRanks} from "./rank.ts";
import {requireInteger, type MaybeNumber} from "./validate.ts";
import {mean} from "./mean.ts";

/** Options of {@link permutationCorrelationTest}. */
export interface PermutationOptions extends MissingOptions, RandomOptions {
  method?: CorrelationMethod;
  /** Number of random permutations; default 9999. */
  permutations?: number;
  alternative?: Alternative;
}

/** Result of {@link permutationCorrelationTest}. */
export interface PermutationResult {
  method: CorrelationMethod;
  estimate: number;
  n: number;
  dropped: number;
  permutations: number;
  /** Permutations at least as extreme as the observed correlation. */
  extreme: number;
  /** (extreme + 1) / (permutations + 1). */
  pValue: number;
  alternative: Alternative;
}

// Shuffled correlations equal to the observed one up to rounding count as "at least as extreme";
// without this, ties in 0/50/100 data would be missed by a last-bit difference.
const RELATIVE_TOLERANCE = 1e-12;

/**
 * Permutation p-value for Pearson's r or Spearman's rho, seeded.
 *
 * @example
 * permutationCorrelationTest([10, 20, 30, 40, 50, 60], [12, 25, 29, 48, 45, 70], {seed: 1, permutations: 999}).pValue; // 0.005
 */
export function permutationCorrelationTest(
  x: readonly MaybeNumber[],
  y: readonly MaybeNumber[],
  {method = "pearson", permutations = 9999, alternative = "two-sided", ...options}: PermutationOptions = {}
): PermutationResult {
  requireInteger(permutations, 1, "permutations");
  if (method !== "pearson" && method !== "spearman") {
    throw new StatsInputError("method", `must be 'pearson' or 'spearman', got ${String(method)}`);
  }
  const pairs = pairComplete(x, y, options);
  requireCorrelatable(pairs.x, pairs.y);
  const random = resolveRandom(options);
  const xs = method === "spearman" ? midRanks(pairs.x) : pairs.x;
  const ys = method === "spearman" ? midRanks(pairs.y) : pairs.y;
  const n = xs.length;
  const observed = pearsonUnchecked(xs, ys);

  // Centred x and y: the sums of squares do not change under permutation, so each shuffled r is
  // just a dot product divided by a constant.
  const meanX = mean(xs);
  const meanY = mean(ys);
  const centredX = xs.map((value) => value - meanX);
  const centredY = ys.map((value) => value - meanY);
  const scale = Math.sqrt(centredX.reduce((s, v) => s + v * v, 0) * centredY.reduce((s, v) => s + v * v, 0));
  const tolerance = RELATIVE_TOLERANCE * Math.max(1, Math.abs(observed));

  let extreme = 0;
  for (let p = 0; p < permutations; p++) {
    shuffleInPlace(centredY, random);
    let dot = 0;
    for (let i = 0; i < n; i++) dot += centredX[i] * centredY[i];
    const r = dot / scale;
    if (
      alternative === "greater" ? r >= observed - tolerance : alternative === "less" ? r <= observed + tolerance : Math.abs(r) >= Math.abs(observed) - tolerance
    )
      extreme++;
  }
  return {
    method,
    estimate: observed,
    n,
    dropped: pairs.dropped,
    permutations,
    extreme,
    pValue: (extreme + 1) / (permutations + 1),
    alternative
  };
}
