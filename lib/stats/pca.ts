/**
 * Ordinary principal component analysis on ml-pca (SVD), returning what a dimensions page needs and
 * matching R's `prcomp(x, scale. = standardize)` up to sign. Signs follow {@link orientationSign}
 * (sum of loadings positive), so results are reproducible across libraries.
 */
import {PCA} from "ml-pca";
import {StatsInputError} from "./errors.ts";
import {orientationSign} from "./signs.ts";
import {requireMatrix} from "./validate.ts";

/** Options of {@link pca}. */
export interface PcaOptions {
  /** Divide each variable by its standard deviation (correlation-matrix PCA); default true. */
  standardize?: boolean;
  /** Components to return; default all non-trivial ones, min(n − 1, variables). */
  components?: number;
}

/** Result of {@link pca}; matrices are arrays of rows. */
export interface PcaResult {
  /** Variances of the components (R: `sdev^2`). */
  eigenvalues: number[];
  /** Standard deviations of the components (R: `sdev`). */
  standardDeviations: number[];
  /** Share of the total variance per component. */
  explainedVarianceRatio: number[];
  cumulativeVarianceRatio: number[];
  /** Unit-length eigenvectors, variables × components (R: `rotation`). */
  eigenvectors: number[][];
  /** Eigenvectors scaled by the component standard deviations, variables × components; for standardized
   *  data these are the correlations between variables and components. */
  loadings: number[][];
  /** Component scores, cases × components (R: `x`). */
  scores: number[][];
  means: number[];
  /** Standard deviations used to scale each variable (all 1 when `standardize` is false). */
  scales: number[];
}

/**
 * Principal component analysis of `data` (cases × variables, no missing values).
 *
 * @example
 * pca([[0, 0], [0, 1], [5, 5], [5, 6], [10, 0], [10, 1]], {standardize: true}).explainedVarianceRatio; // ≈ [0.5, 0.5]
 */
export function pca(data: readonly (readonly number[])[], {standardize = true, components}: PcaOptions = {}): PcaResult {
  const {rows: n, columns: m} = requireMatrix(data, "data", {minRows: 3, minColumns: 2});
  for (let j = 0; j < m; j++) {
    if (data.every((row) => row[j] === data[0][j])) {
      throw new StatsInputError("data", `column ${j} has zero variance; drop it before a PCA`);
    }
  }
  const available = Math.min(n - 1, m);
  const count = components ?? available;
  if (!Number.isInteger(count) || count < 1 || count > available) {
    throw new StatsInputError("components", `must be an integer from 1 to ${available}, got ${components}`);
  }
  const model = new PCA(data as number[][], {center: true, scale: standardize, method: "SVD"});
  const rawVectors = model.getEigenvectors();
  const eigenvaluesAll = model.getEigenvalues();
  const totalVariance = eigenvaluesAll.reduce((s, v) => s + v, 0);
  const rawScores = model.predict(data as number[][]);
  const eigenvalues = eigenvaluesAll.slice(0, count);
  const standardDeviations = eigenvalues.map(Math.sqrt);
  const signs = Array.from({length: count}, (_, k) => orientationSign(rawVectors.getColumn(k)));
  const eigenvectors = Array.from({length: m}, (_, j) => signs.map((sign, k) => sign * rawVectors.get(j, k)));
  const loadings = eigenvectors.map((row) => row.map((value, k) => value * standardDeviations[k]));
  const scores = Array.from({length: n}, (_, i) => signs.map((sign, k) => sign * rawScores.get(i, k)));
  const explainedVarianceRatio = eigenvalues.map((value) => value / totalVariance);
  let cumulative = 0;
  const fitted = model.toJSON();
  return {
    eigenvalues,
    standardDeviations,
    explainedVarianceRatio,
    cumulativeVarianceRatio: explainedVarianceRatio.map((value) => (cumulative += value)),
    eigenvectors,
    loadings,
    scores,
    means: fitted.means,
    scales: standardize ? fitted.stdevs : new Array(m).fill(1)
  };
}
