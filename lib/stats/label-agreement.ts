/**
 * How far one labelling of cases agrees with a reference labelling, with its uncertainty: the adjusted
 * Rand index (ARI), a percentile bootstrap interval over the cases (labels held fixed, cases resampled
 * with replacement) and a permutation null (the reference shuffled, p = (extreme + 1) / (permutations + 1),
 * Phipson & Smyth 2010). Both are seeded, so a page and the CLI give the same numbers.
 */
import {adjustedRandIndex} from "./adjusted-rand.ts";
import {percentileInterval} from "./bootstrap.ts";
import {StatsInputError} from "./errors.ts";
import type {ClusterLabel} from "./labels.ts";
import {resampleIndices, resolveRandom, shuffleInPlace, type RandomOptions} from "./random.ts";
import {requireInteger} from "./validate.ts";

/** Options of {@link labelAgreement}. */
export interface LabelAgreementOptions extends RandomOptions {
  /** Bootstrap resamples of the cases; default 2000. */
  replicates?: number;
  /** Shuffles of the reference labels; default 2000. */
  permutations?: number;
  level?: number;
}

/** Result of {@link labelAgreement}. */
export interface LabelAgreement {
  n: number;
  ari: number;
  /** Percentile bootstrap interval of the ARI. */
  interval: [number, number];
  level: number;
  replicates: number;
  /** Share of shuffled references whose ARI is at least the observed one, +1 corrected. */
  permutationP: number;
  /** Mean ARI under the permutation null (about 0 by construction of the ARI). */
  nullMean: number;
  permutations: number;
}

// A shuffled ARI equal to the observed one up to rounding counts as "at least as large".
const TOLERANCE = 1e-12;

/**
 * ARI of `labels` against `reference`, a bootstrap interval and a permutation p, seeded.
 *
 * @example
 * labelAgreement([1, 1, 2, 2, 3, 3], ["a", "a", "b", "b", "c", "c"], {seed: 1, replicates: 200, permutations: 200}).ari // 1
 */
export function labelAgreement(
  labels: readonly ClusterLabel[],
  reference: readonly ClusterLabel[],
  {replicates = 2000, permutations = 2000, level = 0.95, ...randomOptions}: LabelAgreementOptions = {}
): LabelAgreement {
  requireInteger(replicates, 1, "replicates");
  requireInteger(permutations, 1, "permutations");
  if (labels.length !== reference.length) throw new StatsInputError("reference", `length ${reference.length} differs from the labels' ${labels.length}`);
  const n = labels.length;
  const ari = adjustedRandIndex(labels, reference);
  const random = resolveRandom(randomOptions);
  const boot = new Float64Array(replicates);
  const indices = new Int32Array(n);
  for (let b = 0; b < replicates; b++) {
    resampleIndices(n, random, indices);
    boot[b] = adjustedRandIndex(
      Array.from(indices, (i) => labels[i]),
      Array.from(indices, (i) => reference[i])
    );
  }
  const shuffled = [...reference];
  let extreme = 0;
  let nullSum = 0;
  for (let p = 0; p < permutations; p++) {
    shuffleInPlace(shuffled, random);
    const value = adjustedRandIndex(labels, shuffled);
    nullSum += value;
    if (value >= ari - TOLERANCE * Math.max(1, Math.abs(ari))) extreme++;
  }
  return {
    n,
    ari,
    interval: percentileInterval(boot, level),
    level,
    replicates,
    permutationP: (extreme + 1) / (permutations + 1),
    nullMean: nullSum / permutations,
    permutations
  };
}
