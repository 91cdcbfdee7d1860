/**
 * Clustering the dimension scores (k-means or Ward) and the trained approach classifier: four clusters
 * labelled by their centroids (./label-clusters.ts).
 */
import {cutTree, wardClustering} from "../../stats/hierarchical.ts";
import {kmeans} from "../../stats/kmeans.ts";
import {DEFAULT_SEED} from "../../stats/random.ts";
import type {ApproachModel} from "./classifier.ts";
import type {FittedDimensions} from "./fit.ts";
import {labelClusters} from "./label-clusters.ts";

/**
 * The seed of every k-means run, bootstrap and permutation on the dimensions page.
 *
 * @example
 * import {kmeans} from "../../stats/index.ts";
 * kmeans([[0, 0], [0, 1], [10, 10], [10, 11]], 2, {seed: APPROACH_SEED, restarts: KMEANS_RESTARTS}).labels // [1, 1, 2, 2]
 */
export const APPROACH_SEED = DEFAULT_SEED;
/**
 * Seeded k-means++ starts per k-means run.
 *
 * @example
 * KMEANS_RESTARTS // 100
 */
export const KMEANS_RESTARTS = 100;

/**
 * Each cluster's centre: the mean of its members' rows (labels 1…k).
 *
 * @example
 * clusterCentroids([[0, 0], [2, 2], [10, 10]], [1, 1, 2], 2) // [[1, 1], [10, 10]]
 */
export function clusterCentroids(rows: readonly (readonly number[])[], labels: readonly number[], k: number): number[][] {
  return Array.from({length: k}, (_, c) => {
    const members = rows.filter((_, i) => labels[i] === c + 1);
    return rows[0].map((_, d) => members.reduce((s, row) => s + row[d], 0) / members.length);
  });
}

export type ClusterAlgorithm = "kmeans" | "ward";

/**
 * Cluster labels 1…k of the dimension scores: k-means (100 seeded k-means++ starts) or Ward (ward.D2)
 * cut at k.
 *
 * @example
 * clusterScores([[0, 0], [0, 1], [10, 10], [10, 11]], "ward", 2) // {labels: [1, 1, 2, 2], centroids: [[0, 0.5], [10, 10.5]]}
 */
export function clusterScores(
  scores: readonly (readonly number[])[],
  algorithm: ClusterAlgorithm,
  k: number,
  seed = APPROACH_SEED
): {labels: number[]; centroids: number[][]} {
  const labels = algorithm === "kmeans" ? kmeans(scores, k, {seed, restarts: KMEANS_RESTARTS}).labels : cutTree(wardClustering(scores), k);
  return {labels, centroids: clusterCentroids(scores, labels, k)};
}

/**
 * The trained classifier: dimensions, k-means centroids and their approach labels.
 *
 * @example (needs the workbooks)
 * import {classifyApproach} from "./classifier.ts";
 * import {fitDimensions} from "./fit.ts";
 * import {indicatorMatrix} from "./indicator-matrix.ts";
 * const matrix = indicatorMatrix(tables, {edition: "2020", year: 2019});
 * const {model, labels} = trainApproachModel(fitDimensions(matrix, "catpca"));
 * labels.slice(0, 4) // [1, 2, 1, 3]
 * [matrix.countries[0], classifyApproach(model, matrix.values[0]).approach] // ["ALB", "Equality on paper"]
 */
export function trainApproachModel(
  fit: FittedDimensions,
  {algorithm = "kmeans", seed = APPROACH_SEED}: {algorithm?: ClusterAlgorithm; seed?: number} = {}
): {model: ApproachModel; labels: number[]} {
  const {labels, centroids} = clusterScores(fit.scores, algorithm, 4, seed);
  const approaches = labelClusters(centroids, fit.naming.names);
  return {model: {...fit.transform, centroids, approaches}, labels};
}
