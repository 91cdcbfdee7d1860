/**
 * Cluster-robust (sandwich) covariance of least-squares coefficients, clustered by country:
 * - CR1, Stata's small-sample version: (X'X)⁻¹ Σ_g X_g'e_g e_g'X_g (X'X)⁻¹ · G/(G−1) · (N−1)/(N−K), as plm's
 *   `vcovHC(method = "arellano", type = "sss", cluster = "group")`;
 * - CR2, Bell and McCaffrey's bias-reduced version: each cluster's residuals are multiplied by
 *   (I − H_gg)^(−1/2) before the sandwich, as clubSandwich's `vcovCR(type = "CR2")`. H is the hat matrix of
 *   the regressors plus any absorbed effects that are not nested in the clusters (for a two-way model
 *   clustered by country: the year effects), and the inverse square root is the Moore–Penrose one
 *   (eigenvalues below 1e-12 count as zero), as in clubSandwich.
 * With few clusters (MIPEX: about 30) CR1 understates the variance; CR2 corrects most of that.
 */
import {EigenvalueDecomposition, Matrix} from "ml-matrix";
import {StatsInputError} from "./errors.ts";

/** Which cluster-robust covariance. */
export type ClusterCovarianceType = "CR1" | "CR2";

/** What a sandwich needs: the regressors as fitted, the residuals and each row's cluster. */
export interface ClusterRobustInput {
  /** K columns of N values: the design as fitted (demeaned for a fixed-effects model). */
  columns: readonly ArrayLike<number>[];
  residuals: ArrayLike<number>;
  /** 0-based cluster of each row. */
  cluster: ArrayLike<number>;
  /** For CR2: entry (i, j) of the hat matrix of absorbed effects not nested in the clusters (default none). */
  absorbedHat?: (i: number, j: number) => number;
}

/**
 * (X'X)⁻¹ of the columns; throws when they are collinear.
 *
 * @example
 * crossProductInverse([[1, 1, 1, 1]]) // [[0.25]]
 */
export function crossProductInverse(columns: readonly ArrayLike<number>[]): number[][] {
  const K = columns.length;
  const product = new Matrix(K, K);
  for (let a = 0; a < K; a++) {
    for (let b = a; b < K; b++) {
      let sum = 0;
      const ca = columns[a];
      const cb = columns[b];
      for (let i = 0; i < ca.length; i++) sum += ca[i] * cb[i];
      product.set(a, b, sum);
      product.set(b, a, sum);
    }
  }
  const decomposition = new EigenvalueDecomposition(product, {assumeSymmetric: true});
  const values = decomposition.realEigenvalues;
  const largest = Math.max(...values.map(Math.abs));
  if (!(Math.min(...values) > 1e-10 * largest)) {
    throw new StatsInputError("regressors", "are collinear (or without variation once country and year effects are removed)");
  }
  const vectors = decomposition.eigenvectorMatrix;
  const inverse = vectors.mmul(Matrix.diag(values.map((v) => 1 / v))).mmul(vectors.transpose());
  return inverse.to2DArray();
}

/** The rows of each cluster, in order. */
export function clusterRows(cluster: ArrayLike<number>): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < cluster.length; i++) (rows[cluster[i]] ??= []).push(i);
  return rows.filter((r) => r !== undefined);
}

/**
 * The cluster-robust covariance matrix of the coefficients.
 *
 * @example
 * const v = clusterRobustVcov({columns: [[1, 1, 1, 1]], residuals: [1, -1, 2, -2], cluster: [0, 0, 1, 1]}, "CR1");
 * v[0][0] // 0 (each cluster's residuals sum to zero)
 */
export function clusterRobustVcov(input: ClusterRobustInput, type: ClusterCovarianceType): number[][] {
  const {columns, residuals, cluster} = input;
  const K = columns.length;
  const N = residuals.length;
  for (const c of columns) if (c.length !== N) throw new StatsInputError("columns", `each column needs ${N} values`);
  if (cluster.length !== N) throw new StatsInputError("cluster", `needs ${N} values, got ${cluster.length}`);
  const groups = clusterRows(cluster);
  const G = groups.length;
  if (G < 2) throw new StatsInputError("cluster", "needs at least 2 clusters");
  if (N <= K) throw new StatsInputError("residuals", `needs more rows (${N}) than coefficients (${K})`);
  const bread = crossProductInverse(columns);
  const meat = Array.from({length: K}, () => new Float64Array(K));
  for (const rows of groups) {
    const adjusted = type === "CR2" ? cr2Residuals(rows, columns, residuals, bread, input.absorbedHat) : rows.map((i) => residuals[i]);
    const score = new Float64Array(K);
    for (let a = 0; a < K; a++) {
      let sum = 0;
      for (let r = 0; r < rows.length; r++) sum += columns[a][rows[r]] * adjusted[r];
      score[a] = sum;
    }
    for (let a = 0; a < K; a++) for (let b = 0; b < K; b++) meat[a][b] += score[a] * score[b];
  }
  const factor = type === "CR1" ? (G / (G - 1)) * ((N - 1) / (N - K)) : 1;
  const breadMatrix = new Matrix(bread);
  const meatMatrix = new Matrix(meat.map((row) => Array.from(row)));
  return breadMatrix.mmul(meatMatrix).mmul(breadMatrix).mul(factor).to2DArray();
}

// (I − H_gg)^(+1/2) e_g, the Bell–McCaffrey adjustment of one cluster's residuals.
function cr2Residuals(
  rows: number[],
  columns: readonly ArrayLike<number>[],
  residuals: ArrayLike<number>,
  bread: number[][],
  absorbedHat?: (i: number, j: number) => number
): number[] {
  const m = rows.length;
  const K = columns.length;
  const block = new Matrix(m, m);
  for (let r = 0; r < m; r++) {
    for (let s = r; s < m; s++) {
      let h = 0;
      for (let a = 0; a < K; a++) {
        let inner = 0;
        for (let b = 0; b < K; b++) inner += bread[a][b] * columns[b][rows[s]];
        h += columns[a][rows[r]] * inner;
      }
      if (absorbedHat) h += absorbedHat(rows[r], rows[s]);
      const value = (r === s ? 1 : 0) - h;
      block.set(r, s, value);
      block.set(s, r, value);
    }
  }
  const decomposition = new EigenvalueDecomposition(block, {assumeSymmetric: true});
  const values = decomposition.realEigenvalues.map((v) => (v > 1e-12 ? 1 / Math.sqrt(v) : 0));
  const vectors = decomposition.eigenvectorMatrix;
  const root = vectors.mmul(Matrix.diag(values)).mmul(vectors.transpose());
  return root.mmul(Matrix.columnVector(rows.map((i) => residuals[i]))).getColumn(0);
}
