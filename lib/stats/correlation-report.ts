/**
 * Everything a page needs to show one correlation honestly, in one call: both coefficients with
 * their tests, the Fisher-z interval, percentile and BCa bootstrap intervals, a permutation p-value,
 * the most influential case, and the fitted line with its confidence band.
 */
import {bootstrapCorrelation} from "./bootstrap.ts";
import {pearsonTest, spearmanTest, type PearsonTestResult, type SpearmanTestResult} from "./correlation-test.ts";
import {StatsInputError} from "./errors.ts";
import {leaveOneOut, type CaseInfluence} from "./influence.ts";
import {pairComplete, type MissingRule} from "./pairs.ts";
import {permutationCorrelationTest} from "./permutation.ts";
import {DEFAULT_SEED} from "./random.ts";
import {evenGrid, linearRegression, regressionBand, type BandPoint, type LinearRegressionResult} from "./regression.ts";
import type {MaybeNumber} from "./validate.ts";

/** Options of {@link correlationReport}. */
export interface CorrelationReportOptions {
  /** One label per case (e.g. country codes), used to name the most influential case. */
  labels?: readonly string[];
  /** Seed for the bootstrap and the permutation test (they use distinct streams). Default {@link DEFAULT_SEED}. */
  seed?: number;
  /** Bootstrap resamples and permutations; default 9999. */
  replicates?: number;
  /** Confidence level for every interval; default 0.95. */
  level?: number;
  missing?: MissingRule;
  /** Number of x values at which the regression band is evaluated (evenly from min to max x); default 25. */
  gridSize?: number;
}

/** An interval pair from the bootstrap. */
export interface BootstrapSummary {
  percentile: [number, number];
  /** Null where BCa is undefined (see bootstrapCorrelation), with the reason in `bcaUndefined`. */
  bca: [number, number] | null;
  bcaUndefined: string | null;
  standardError: number;
  /** Resamples left out because a variable was constant in them. */
  undefinedReplicates: number;
}

/** Result of {@link correlationReport}. */
export interface CorrelationReport {
  n: number;
  dropped: number;
  level: number;
  seed: number;
  replicates: number;
  r: number;
  rho: number;
  pearson: PearsonTestResult;
  spearman: SpearmanTestResult;
  bootstrap: {pearson: BootstrapSummary; spearman: BootstrapSummary};
  permutation: {pearsonPValue: number; spearmanPValue: number; permutations: number};
  mostInfluential: CaseInfluence;
  influence: CaseInfluence[];
  regression: LinearRegressionResult;
  band: BandPoint[];
}

/**
 * Full uncertainty report for the correlation of `x` and `y`.
 *
 * @example
 * const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
 * const y = x.map((v, i) => v + [3, -2, 4, -1, 0, 2, -3, 1, -4, 2, 0, -1][i]);
 * const report = correlationReport(x, y, {labels: x.map((v) => `C${v}`), seed: 2020, replicates: 999});
 * report.r // ≈ 0.779
 * report.pearson.confidenceInterval // ≈ [0.37, 0.94]
 * report.bootstrap.pearson.bca // ≈ [0.43, 0.93]
 * report.mostInfluential.label // "C9"
 */
export function correlationReport(
  x: readonly MaybeNumber[],
  y: readonly MaybeNumber[],
  {labels, seed = DEFAULT_SEED, replicates = 9999, level = 0.95, missing = "error", gridSize = 25}: CorrelationReportOptions = {}
): CorrelationReport {
  if (!Number.isFinite(seed)) throw new StatsInputError("seed", `must be a finite number, got ${seed}`);
  const pairs = pairComplete(x, y, {missing});
  const pearson = pearsonTest(x, y, {level, missing});
  const spearman = spearmanTest(x, y, {missing});
  const summarize = (method: "pearson" | "spearman", streamSeed: number): BootstrapSummary => {
    const boot = bootstrapCorrelation(x, y, {method, replicates, level, missing, seed: streamSeed});
    return {
      percentile: boot.percentile,
      bca: boot.bca,
      bcaUndefined: boot.bcaUndefined,
      standardError: boot.standardError,
      undefinedReplicates: boot.undefinedReplicates
    };
  };
  const influence = leaveOneOut(x, y, {labels, missing});
  const regression = linearRegression(x, y, {level, missing});
  const minX = Math.min(...pairs.x);
  const maxX = Math.max(...pairs.x);
  return {
    n: pearson.n,
    dropped: pearson.dropped,
    level,
    seed,
    replicates,
    r: pearson.estimate,
    rho: spearman.estimate,
    pearson,
    spearman,
    bootstrap: {pearson: summarize("pearson", seed), spearman: summarize("spearman", seed + 1)},
    permutation: {
      pearsonPValue: permutationCorrelationTest(x, y, {method: "pearson", permutations: replicates, missing, seed: seed + 2}).pValue,
      spearmanPValue: permutationCorrelationTest(x, y, {method: "spearman", permutations: replicates, missing, seed: seed + 3}).pValue,
      permutations: replicates
    },
    mostInfluential: influence.mostInfluential,
    influence: influence.cases,
    regression,
    band: regressionBand(regression, evenGrid(minX, maxX, gridSize))
  };
}
