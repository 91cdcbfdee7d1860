/**
 * The MIPEX Workspace statistics core: pure TypeScript (no DOM), every randomized function seeded,
 * every function checked against R (see test/fixtures/r/make-fixtures.R).
 *
 * @example (not run: an import)
 * import {correlationReport, catpca, wardClustering, cutTree} from "../lib/stats/index.ts";
 */
export {StatsInputError} from "./errors.ts";
export {isPresent, type MaybeNumber} from "./validate.ts";
export {createRandom, resolveRandom, shuffleInPlace, resampleIndices, DEFAULT_SEED, type RandomSource, type RandomOptions} from "./random.ts";

export {logGamma, regularizedGamma} from "./gamma.ts";
export {logBeta, regularizedBeta} from "./beta.ts";
export {normalCdf, normalDensity, normalQuantile} from "./normal.ts";
export {studentTCdf, studentTDensity, studentTQuantile} from "./student-t.ts";

export {midRanks, hasTies} from "./rank.ts";
export {pairComplete, type MissingRule, type MissingOptions, type PairedData} from "./pairs.ts";
export {pearson, spearman, correlation, type CorrelationMethod} from "./correlation.ts";
export {
  pearsonTest,
  spearmanTest,
  fisherInterval,
  type Alternative,
  type CorrelationTestOptions,
  type PearsonTestResult,
  type SpearmanTestResult
} from "./correlation-test.ts";
export {permutationCorrelationTest, type PermutationOptions, type PermutationResult} from "./permutation.ts";
export {
  bootstrapReplicates,
  bootstrapQuantile,
  percentileInterval,
  bcaInterval,
  jackknifeValues,
  bootstrapCorrelation,
  type BootstrapCorrelationResult,
  type BcaResult
} from "./bootstrap.ts";
export {leaveOneOut, type CaseInfluence, type LeaveOneOutResult} from "./influence.ts";
export {partialCorrelation, type PartialCorrelationResult} from "./partial-correlation.ts";
export {linearRegression, regressionBand, evenGrid, type LinearRegressionResult, type BandPoint, type Coefficient} from "./regression.ts";
export {adjustPValues, type PAdjustMethod} from "./p-adjust.ts";
export {correlationReport, type CorrelationReport, type CorrelationReportOptions} from "./correlation-report.ts";

export {orientationSign} from "./signs.ts";
export {pca, type PcaOptions, type PcaResult} from "./pca.ts";
export {monotoneRegression} from "./monotone-regression.ts";
export {catpca, type CatpcaOptions, type CatpcaResult, type CategoryQuantification, type ScalingLevel} from "./catpca.ts";
export {varimax, type VarimaxResult} from "./varimax.ts";

export {distanceMatrix, squaredDistance} from "./distance.ts";
export {canonicalLabels, type ClusterLabel} from "./labels.ts";
export {kmeans, type KmeansOptions, type KmeansResult} from "./kmeans.ts";
export {wardClustering, cutTree, type HierarchicalTree} from "./hierarchical.ts";
export {silhouette, type SilhouetteResult} from "./silhouette.ts";
export {adjustedRandIndex} from "./adjusted-rand.ts";
export {confusionTable, type ConfusionTable} from "./confusion.ts";
export {clusterStability, type ClusterStabilityOptions, type ClusterStabilityResult, type ClusterFunction} from "./cluster-stability.ts";

export {waveChange, annualSlope, slopesByUnit, type Observation, type WaveChangeResult, type SlopeResult, type UnitSlopes} from "./trends.ts";

export {fixedEffectsProjector, type FixedEffectsProjector} from "./fixed-effects-projection.ts";
export {clusterRobustVcov, type ClusterCovarianceType} from "./cluster-robust.ts";
export {twoWayFixedEffects, type PanelInput, type PanelFit, type TwoWayFit} from "./two-way-fixed-effects.ts";
export {firstDifferences} from "./first-differences.ts";
export {distributedLags, laggedValues, type DistributedLagFit} from "./distributed-lags.ts";
export {eventStudy, eventYears, type EventStudyFit, type EventTimeEstimate} from "./event-study.ts";
export {wildClusterBootstrap, type WildBootstrapOptions, type WildBootstrapResult} from "./wild-cluster-bootstrap.ts";
