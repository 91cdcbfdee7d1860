/**
 * The candidate methods for re-deriving MIPEX 2020's four approaches from the scores, declared in
 * {@link DECLARED_METHODS} before any of them is compared with the published classification, and the
 * classifiers tuned on the published labels ({@link TUNED_CLASSIFIERS}), which are scored only by
 * leave-one-out cross-validation: the best of those is the ceiling of what the scores can explain.
 *
 * Every method gets the adjusted Rand index with the published labels, a seeded bootstrap 95 % interval
 * (countries resampled, labels fixed) and a permutation null (published labels shuffled), from
 * lib/stats/label-agreement.ts. Countries whose page gives two approaches (a conflict) are left out.
 */
import type {Approach} from "../../mipex/approach-groups.ts";
import {cutTree, wardClustering} from "../../stats/hierarchical.ts";
import {kmeans} from "../../stats/kmeans.ts";
import {labelAgreement, type LabelAgreement} from "../../stats/label-agreement.ts";
import {leaveOneOutPredictions, nearestCentroid, nearestNeighbours, type Classifier} from "../../stats/leave-one-out-classifier.ts";
import {APPROACH_SEED, clusterCentroids, KMEANS_RESTARTS} from "./clusters.ts";
import {labelClusters} from "./label-clusters.ts";
import {MIPEX_DIMENSIONS, type MipexDimension} from "./mipex-dimensions.ts";
import {tenGroups} from "./ten-groups.ts";
import {verbalApproach} from "./verbal-approach.ts";

/**
 * Bootstrap resamples and permutations behind every method's interval and p.
 *
 * @example
 * AGREEMENT_REPLICATES // 2000
 */
export const AGREEMENT_REPLICATES = 2000;

/** What every method may use: per country (same order) its scores; never the published labels. */
export interface MethodInput {
  countries: readonly string[];
  /** 0–100 scores on basic rights, equal opportunities, secure future (./dimension-scores.ts). */
  dimensionScores: readonly (readonly number[])[];
  /** Standardized scores on the three rotated CATPCA components and the names matched to them. */
  catpcaScores: readonly (readonly number[])[];
  catpcaNames: readonly MipexDimension[];
  /** Overall score (with health). */
  overall: readonly number[];
  /** The eight area scores. */
  areaScores: readonly (readonly number[])[];
}

export interface DeclaredMethod {
  id: string;
  label: string;
  rationale: string;
  classify: (input: MethodInput) => Approach[];
}

const median = (values: readonly number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length / 2;
  return s.length % 2 ? s[Math.floor(mid)] : (s[mid - 1] + s[mid]) / 2;
};

/** k-means (k = 4) or Ward cut at 4 of `rows`, clusters labelled by their centroids with labelClusters. */
function fourClusters(rows: readonly (readonly number[])[], names: readonly MipexDimension[], algorithm: "kmeans" | "ward"): Approach[] {
  const labels = algorithm === "kmeans" ? kmeans(rows, 4, {seed: APPROACH_SEED, restarts: KMEANS_RESTARTS}).labels : cutTree(wardClustering(rows), 4);
  const approaches = labelClusters(clusterCentroids(rows, labels, 4), names);
  return labels.map((l) => approaches[l - 1]);
}

/**
 * The candidate methods, fixed before comparing any with the published classification; the list and
 * its order are part of the method (a test pins them). None uses the published labels.
 *
 * @example
 * DECLARED_METHODS.map((m) => m.id) // ["verbal_halfway", "verbal_median", "ward_ten_groups", "kmeans_dimension_scores", "kmeans_catpca", "ward_catpca", "overall_bands"]
 */
export const DECLARED_METHODS: readonly DeclaredMethod[] = [
  {
    id: "verbal_halfway",
    label: "Verbal definitions, 50-point line",
    rationale: "The report's words for each approach applied to the three dimension scores, a dimension counting as high from MIPEX's halfway point (50).",
    classify: (input) => input.dimensionScores.map((row) => verbalApproach(row))
  },
  {
    id: "verbal_median",
    label: "Verbal definitions, median line",
    rationale: "The same words, a dimension counting as high when it is at or above the median country: approaches as relative, not absolute, profiles.",
    classify: (input) => {
      const lines = MIPEX_DIMENSIONS.map((_, d) => median(input.dimensionScores.map((row) => row[d])));
      return input.dimensionScores.map((row) => verbalApproach(row, lines));
    }
  },
  {
    id: "ward_ten_groups",
    label: "Ward, ten groups, verbal definitions on each group",
    rationale:
      "MIPEX sorts countries into ten groups ranked by average score: Ward clustering of the dimension scores into ten, each group named by the verbal definitions of its mean profile.",
    classify: (input) => {
      const {labels, groups} = tenGroups(input);
      return labels.map((l) => groups[l - 1].approach);
    }
  },
  {
    id: "kmeans_dimension_scores",
    label: "k-means (k = 4) on the 0–100 dimension scores",
    rationale:
      "Four approaches as four clusters of the dimension profiles, labelled by centroid (highest mean comprehensive, lowest without integration, the larger EO − SF temporary).",
    classify: (input) => fourClusters(input.dimensionScores, MIPEX_DIMENSIONS, "kmeans")
  },
  {
    id: "kmeans_catpca",
    label: "k-means (k = 4) on the CATPCA components",
    rationale: "The same clustering on the standardized rotated CATPCA scores MIPEX's dimensions come from (the workspace's earlier rule).",
    classify: (input) => fourClusters(input.catpcaScores, input.catpcaNames, "kmeans")
  },
  {
    id: "ward_catpca",
    label: "Ward (k = 4) on the CATPCA components",
    rationale: "Hierarchical instead of k-means clustering, deterministic, on the same CATPCA scores and with the same labelling.",
    classify: (input) => fourClusters(input.catpcaScores, input.catpcaNames, "ward")
  },
  {
    id: "overall_bands",
    label: "Overall score alone (60 / 50 / 40)",
    rationale:
      "A one-dimensional baseline: approaches as levels of the overall score, cut at MIPEX's 60-point band line, its halfway point 50 and its 40-point band line.",
    classify: (input) =>
      input.overall.map((s) =>
        s >= 60 ? "Comprehensive integration" : s >= 50 ? "Temporary integration" : s >= 40 ? "Equality on paper" : "Immigration without integration"
      )
  }
];

export interface TunedClassifier {
  id: string;
  label: string;
  rationale: string;
  features: (input: MethodInput) => readonly (readonly number[])[];
  classifier: Classifier<Approach>;
}

/**
 * Classifiers trained on the published labels: scored only by their leave-one-out predictions.
 *
 * @example
 * TUNED_CLASSIFIERS.map((c) => c.id) // ["centroid_dimensions", "centroid_areas", "knn5_areas"]
 */
export const TUNED_CLASSIFIERS: readonly TunedClassifier[] = [
  {
    id: "centroid_dimensions",
    label: "Nearest published centroid, three dimension scores",
    rationale: "Each approach's mean profile on the three dimensions, learnt from the published labels.",
    features: (input) => input.dimensionScores,
    classifier: nearestCentroid
  },
  {
    id: "centroid_areas",
    label: "Nearest published centroid, eight area scores",
    rationale: "The same with all eight areas, in case the approaches rest on areas rather than dimensions.",
    features: (input) => input.areaScores,
    classifier: nearestCentroid
  },
  {
    id: "knn5_areas",
    label: "5 nearest neighbours, eight area scores",
    rationale: "A local rule: the approach most of the five most similar countries have.",
    features: (input) => input.areaScores,
    classifier: nearestNeighbours(5) as Classifier<Approach>
  }
];

export interface MethodResult {
  id: string;
  label: string;
  rationale: string;
  tuned: boolean;
  /** One label per country in `input.countries` order (leave-one-out predictions for tuned classifiers; null where not predicted). */
  labels: (Approach | null)[];
  agreement: LabelAgreement;
  /** Countries compared whose label equals the published one. */
  matches: number;
}

export interface MethodComparison {
  declared: MethodResult[];
  tuned: MethodResult[];
  /** The best leave-one-out agreement among the tuned classifiers (picking the best is itself optimistic). */
  ceiling: MethodResult;
  /** Countries every declared method places outside their published approach. */
  alwaysDifferent: string[];
  /** Per country compared: how many declared methods give the published approach. */
  agreeingMethods: Record<string, number>;
  compared: number;
}

/**
 * Runs every declared method and tuned classifier and compares each with the published labels.
 *
 * @example (needs the workbooks)
 * import {dimensionsAnalysis} from "./analysis.ts";
 * // dimensionsAnalysis runs it on the 2019 scores: each declared method's ARI against the published approaches.
 * const {declared} = dimensionsAnalysis(tables).methods;
 * declared.map((m) => m.id) // ["verbal_halfway", "verbal_median", "ward_ten_groups", "kmeans_dimension_scores", "kmeans_catpca", "ward_catpca", "overall_bands"]
 * declared.map((m) => m.ari) // ≈ [0.240, 0.099, 0.220, 0.542, 0.526, 0.561, 0.245]
 */
export function compareMethods(
  input: MethodInput,
  published: ReadonlyMap<string, Approach | null>,
  {replicates = AGREEMENT_REPLICATES, seed = APPROACH_SEED}: {replicates?: number; seed?: number} = {}
): MethodComparison {
  const compared = input.countries
    .map((iso3, i) => ({iso3, i, published: published.get(iso3) ?? null}))
    .filter((c): c is {iso3: string; i: number; published: Approach} => c.published !== null);
  const reference = compared.map((c) => c.published);
  const score = (id: string, label: string, rationale: string, tuned: boolean, labels: (Approach | null)[]): MethodResult => {
    const kept = compared.map((c) => labels[c.i] as Approach);
    return {
      id,
      label,
      rationale,
      tuned,
      labels,
      agreement: labelAgreement(kept, reference, {replicates, permutations: replicates, seed}),
      matches: kept.filter((l, k) => l === reference[k]).length
    };
  };
  const declared = DECLARED_METHODS.map((m) => {
    const labels = m.classify(input);
    if (labels.length !== input.countries.length) throw new Error(`Method ${m.id} labelled ${labels.length} of ${input.countries.length} countries`);
    return score(m.id, m.label, m.rationale, false, labels);
  });
  const tuned = TUNED_CLASSIFIERS.map((c) => {
    const features = c.features(input);
    const predictions = leaveOneOutPredictions(
      compared.map((k) => features[k.i]),
      reference,
      c.classifier
    );
    const labels: (Approach | null)[] = input.countries.map(() => null);
    compared.forEach((k, j) => (labels[k.i] = predictions[j]));
    return score(c.id, c.label, c.rationale, true, labels);
  });
  const ceiling = tuned.reduce((a, b) => (b.agreement.ari > a.agreement.ari ? b : a));
  const agreeingMethods = Object.fromEntries(compared.map((c) => [c.iso3, declared.filter((m) => m.labels[c.i] === c.published).length]));
  return {
    declared,
    tuned,
    ceiling,
    alwaysDifferent: compared.filter((c) => agreeingMethods[c.iso3] === 0).map((c) => c.iso3),
    agreeingMethods,
    compared: compared.length
  };
}
