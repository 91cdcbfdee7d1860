/**
 * Silhouette widths (Rousseeuw 1987) as R's `cluster::silhouette`: for each case,
 * s = (b − a) / max(a, b) with a the mean distance to the other members of its cluster and b the
 * smallest mean distance to another cluster; s = 0 for a case alone in its cluster.
 */
import {distanceMatrix} from "./distance.ts";
import {StatsInputError} from "./errors.ts";
import {canonicalLabels, requireLabels, type ClusterLabel} from "./labels.ts";
import {mean} from "./mean.ts";

/** Result of {@link silhouette}. */
export interface SilhouetteResult {
  /** Width per case, in input order. */
  widths: number[];
  /** The nearest other cluster per case (as a label from the input). */
  neighbors: ClusterLabel[];
  /** Mean width over all cases (R: `summary(sil)$avg.width`). */
  averageWidth: number;
  /** Mean width per cluster, keyed by label, in order of first appearance. */
  clusterAverageWidths: {label: ClusterLabel; size: number; averageWidth: number}[];
}

/**
 * Silhouette of a clustering. `data` is either the cases (rows, Euclidean distance) or, with
 * `{distances: true}`, a symmetric distance matrix.
 *
 * @example
 * silhouette([[0, 0], [0, 1], [5, 5], [5, 6], [10, 0], [10, 1]], [1, 1, 2, 2, 3, 3]).averageWidth; // ≈ 0.8586
 */
export function silhouette(
  data: readonly (readonly number[])[],
  labels: readonly ClusterLabel[],
  {distances = false}: {distances?: boolean} = {}
): SilhouetteResult {
  const matrix = distances ? (data as number[][]) : distanceMatrix(data);
  const n = matrix.length;
  requireLabels(labels, n, "labels");
  if (distances) {
    matrix.forEach((row, i) => {
      if (row.length !== n) throw new StatsInputError("data", `distance matrix row ${i} has ${row.length} entries, expected ${n}`);
    });
  }
  const ids = canonicalLabels(labels).map((id) => id - 1);
  const k = Math.max(...ids) + 1;
  if (k < 2 || k > n - 1) throw new StatsInputError("labels", `a silhouette needs between 2 and n − 1 = ${n - 1} clusters, got ${k}`);
  const firstLabel: ClusterLabel[] = new Array(k);
  const sizes = new Array<number>(k).fill(0);
  ids.forEach((id, i) => {
    sizes[id]++;
    if (firstLabel[id] === undefined) firstLabel[id] = labels[i];
  });
  const widths: number[] = [];
  const neighbors: ClusterLabel[] = [];
  for (let i = 0; i < n; i++) {
    const sums = new Array<number>(k).fill(0);
    for (let j = 0; j < n; j++) if (j !== i) sums[ids[j]] += matrix[i][j];
    const own = ids[i];
    let b = Infinity;
    let neighbor = -1;
    for (let c = 0; c < k; c++) {
      if (c === own) continue;
      const meanDistance = sums[c] / sizes[c];
      if (meanDistance < b) {
        b = meanDistance;
        neighbor = c;
      }
    }
    neighbors.push(firstLabel[neighbor]);
    if (sizes[own] === 1) {
      widths.push(0);
      continue;
    }
    const a = sums[own] / (sizes[own] - 1);
    const denominator = Math.max(a, b);
    widths.push(denominator === 0 ? 0 : (b - a) / denominator);
  }
  const clusterAverageWidths = firstLabel.map((label, c) => ({
    label,
    size: sizes[c],
    averageWidth: widths.reduce((s, w, i) => (ids[i] === c ? s + w : s), 0) / sizes[c]
  }));
  return {widths, neighbors, averageWidth: mean(widths), clusterAverageWidths};
}
