/**
 * Categorical principal component analysis (CATPCA) with optimal scaling, by alternating least
 * squares in the PRINCALS tradition (Gifi 1990; SPSS CATPCA, Meulman et al.). It finds, per variable,
 * numbers for the categories (e.g. for MIPEX scores 0/50/100) and object scores such that the
 * quantified variables are fitted as well as possible by a few dimensions.
 *
 * Model and normalization (n objects, m variables, p dimensions):
 * - Object scores X (n × p) are centred with X'X = n·I (each dimension has mean 0, variance 1, divisor n).
 * - Variable j with categories c has quantifications q_j; its quantified variable z_j = G_j q_j is
 *   centred with z_j'z_j = n (mean 0, variance 1), and loadings a_j = X'z_j / n are its correlations
 *   with the dimensions.
 * - Loss σ = (1/(n m)) Σ_j ‖X − z_j a_j'‖² = p − (1/m) Σ_j ‖a_j‖², so minimizing the loss maximizes the
 *   variance accounted for.
 *
 * One iteration, each step an exact least-squares minimizer of σ over its block (hence the loss never
 * increases — tested): for each variable, category centroids of X give the target Ŷ_j a_j, which is
 * centred and then restricted by the scaling level — 'nominal': unrestricted; 'ordinal': weighted
 * monotone (nondecreasing) regression with category frequencies as weights (ties stay tied, the
 * "secondary" tie approach natural for categories); 'numeric': fixed linear function of the category
 * values — normalized, and the loadings recomputed; then X = √n·U V' from the SVD of Σ_j z_j a_j'
 * (the orthogonal Procrustes solution); then loadings are recomputed.
 *
 * Initialization is deterministic: numeric quantifications and the object scores of a standardized
 * numeric PCA (so the first loss equals numeric PCA's, and ordinal/nominal VAF can only be higher).
 * `initialization: 'random'` (seeded) exists to check convergence from elsewhere.
 *
 * After convergence the solution is rotated to principal axes: the loadings, object scores and
 * variance accounted for (VAF) are those of the standardized PCA of the quantified variables, signs
 * oriented with {@link orientationSign}.
 *
 * Missing values (null/undefined/NaN) are imputed, in every iteration, with the mean of the
 * quantified variable, 0: a missing case contributes nothing to its variable's category centroids,
 * and the variable is still normalized over all n objects. They are counted in the result.
 * A quantification step that would leave a variable constant (every category pooled) keeps that
 * variable's previous quantification, so the loss still does not increase.
 */
import {EigenvalueDecomposition, Matrix, SingularValueDecomposition} from "ml-matrix";
import {StatsInputError} from "./errors.ts";
import {monotoneRegression} from "./monotone-regression.ts";
import {resolveRandom, type RandomOptions} from "./random.ts";
import {orientationSign} from "./signs.ts";
import {isPresent, requireMatrix, type MaybeNumber} from "./validate.ts";
import {mean} from "./mean.ts";

/** How a variable's categories may be quantified. */
export type ScalingLevel = "ordinal" | "numeric" | "nominal";

/** Options of {@link catpca}. */
export interface CatpcaOptions extends RandomOptions {
  /** Number of dimensions p; default 2. */
  dimensions?: number;
  /** One level for all variables or one per variable; default 'ordinal'. */
  levels?: ScalingLevel | readonly ScalingLevel[];
  /** Default 1000. */
  maxIterations?: number;
  /** Stop when the loss decreases by less than this; default 1e-10. */
  tolerance?: number;
  /** 'numeric' (default): start from numeric PCA; 'random': seeded random object scores. */
  initialization?: "numeric" | "random";
  /** Names used in the quantification table; default "V1", "V2", …. */
  variableNames?: readonly string[];
}

/** The optimal quantification of one variable's categories. */
export interface CategoryQuantification {
  variable: string;
  level: ScalingLevel;
  /** Observed category values, ascending. */
  categories: number[];
  /** Number of objects in each category. */
  frequencies: number[];
  /** The number assigned to each category (weighted mean 0, weighted mean square n / observed). */
  quantifications: number[];
  /** Objects with a missing value on this variable (imputed with 0, the quantified mean). */
  missing: number;
}

/** Result of {@link catpca}. Matrices are arrays of rows. */
export interface CatpcaResult {
  dimensions: number;
  /** Component loadings, variables × dimensions: correlations of quantified variables with object scores. */
  loadings: number[][];
  /** Variance accounted for per dimension (eigenvalues of the quantified variables' correlation matrix). */
  varianceAccountedFor: number[];
  /** VAF per dimension divided by the number of variables. */
  varianceAccountedForRatio: number[];
  totalVarianceAccountedFor: number;
  /** All eigenvalues of the correlation matrix of the quantified variables, descending. */
  eigenvalues: number[];
  /** Object scores, objects × dimensions; each dimension has mean 0 and variance 1 (divisor n). */
  objectScores: number[][];
  quantifications: CategoryQuantification[];
  /** The quantified data, objects × variables (each column mean 0, variance 1 with divisor n). */
  quantifiedData: number[][];
  iterations: number;
  converged: boolean;
  /** Loss after initialization (index 0) and after each iteration; never increasing. */
  lossHistory: number[];
  missing: {total: number; perVariable: number[]};
}

interface Variable {
  name: string;
  level: ScalingLevel;
  categories: number[];
  frequencies: Float64Array;
  /** Category index of each object, −1 when missing. */
  categoryOf: Int32Array;
  missing: number;
  quantification: Float64Array;
  loading: Float64Array;
  /** Quantified values per object. */
  values: Float64Array;
}

/**
 * Categorical PCA with optimal scaling of `data` (objects × variables; each value a category code
 * such as 0/50/100, or null for missing).
 *
 * @example (needs the workbooks)
 * import {indicatorMatrix} from "../findings/dimensions/indicator-matrix.ts";
 * // The 59 indicators of 56 countries, 2019 (test/lib/stats/catpca.test.ts checks it against R).
 * const result = catpca(indicatorMatrix(tables, {edition: "2020", year: 2019}).values, {dimensions: 2, levels: "ordinal"});
 * result.varianceAccountedFor // ≈ [13.83, 5.95]
 * result.loadings.length // 59
 */
export function catpca(data: readonly (readonly MaybeNumber[])[], options: CatpcaOptions = {}): CatpcaResult {
  const {dimensions = 2, levels = "ordinal", maxIterations = 1000, tolerance = 1e-10, initialization = "numeric", variableNames} = options;
  const {rows: n, columns: m} = requireMatrix(data, "data", {minRows: 3, minColumns: 2, allowMissing: true});
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > Math.min(m, n - 1)) {
    throw new StatsInputError("dimensions", `must be an integer from 1 to ${Math.min(m, n - 1)}, got ${dimensions}`);
  }
  if (!Number.isInteger(maxIterations) || maxIterations < 1) throw new StatsInputError("maxIterations", `must be a positive integer, got ${maxIterations}`);
  if (!(tolerance >= 0)) throw new StatsInputError("tolerance", `must be >= 0, got ${tolerance}`);
  if (initialization !== "numeric" && initialization !== "random") {
    throw new StatsInputError("initialization", `must be 'numeric' or 'random', got ${String(initialization)}`);
  }
  if (Array.isArray(levels) && levels.length !== m) throw new StatsInputError("levels", `has ${levels.length} entries for ${m} variables`);
  if (variableNames !== undefined && variableNames.length !== m) {
    throw new StatsInputError("variableNames", `has ${variableNames.length} entries for ${m} variables`);
  }
  const p = dimensions;
  const variables: Variable[] = [];
  for (let j = 0; j < m; j++) {
    const level = (typeof levels === "string" ? levels : levels[j]) as ScalingLevel;
    if (level !== "ordinal" && level !== "numeric" && level !== "nominal") {
      throw new StatsInputError("levels", `variable ${j}: must be 'ordinal', 'numeric' or 'nominal', got ${String(level)}`);
    }
    variables.push(prepareVariable(data, j, level, variableNames?.[j] ?? `V${j + 1}`, p));
  }

  // Object scores, row-major n × p.
  let scores = initialization === "numeric" ? numericPcaScores(variables, n, p) : randomScores(n, p, options);
  variables.forEach((variable) => updateLoading(variable, scores, n, p));
  const lossHistory = [lossOf(variables, p)];
  let converged = false;
  let iterations = 0;
  const centroids = new Float64Array(n * p);
  while (iterations < maxIterations) {
    iterations++;
    for (const variable of variables) {
      if (variable.level !== "numeric") quantify(variable, scores, centroids, n, p);
      updateLoading(variable, scores, n, p);
    }
    scores = procrustesScores(variables, n, p);
    variables.forEach((variable) => updateLoading(variable, scores, n, p));
    const loss = lossOf(variables, p);
    const previous = lossHistory[lossHistory.length - 1];
    lossHistory.push(loss);
    if (previous - loss < tolerance) {
      converged = true;
      break;
    }
  }
  return principalAxes(variables, n, p, {iterations, converged, lossHistory});
}

function prepareVariable(data: readonly (readonly MaybeNumber[])[], j: number, level: ScalingLevel, name: string, p: number): Variable {
  const n = data.length;
  const observed: number[] = [];
  for (let i = 0; i < n; i++) {
    const value = data[i][j];
    if (isPresent(value)) observed.push(value);
  }
  const categories = [...new Set(observed)].sort((a, b) => a - b);
  if (categories.length < 2) {
    throw new StatsInputError(
      "data",
      `variable ${j} (${name}) has ${categories.length} observed categor${categories.length === 1 ? "y" : "ies"}; it needs at least 2`
    );
  }
  const position = new Map(categories.map((value, index) => [value, index]));
  const categoryOf = new Int32Array(n);
  const frequencies = new Float64Array(categories.length);
  for (let i = 0; i < n; i++) {
    const value = data[i][j];
    const index = isPresent(value) ? (position.get(value) as number) : -1;
    categoryOf[i] = index;
    if (index >= 0) frequencies[index]++;
  }
  const variable: Variable = {
    name,
    level,
    categories,
    frequencies,
    categoryOf,
    missing: n - observed.length,
    quantification: Float64Array.from(categories),
    loading: new Float64Array(p),
    values: new Float64Array(n)
  };
  // Every level starts from the numeric (linear) quantification; for 'numeric' it stays there.
  normalize(variable.quantification, frequencies, n);
  fillValues(variable);
  return variable;
}

/** Centres q (frequency-weighted) and scales it so that Σ f q² = n; false when q is constant. */
function normalize(q: Float64Array, frequencies: Float64Array, n: number): boolean {
  let weight = 0;
  let mean = 0;
  let magnitude = 0;
  for (let c = 0; c < q.length; c++) {
    weight += frequencies[c];
    mean += frequencies[c] * q[c];
    magnitude = Math.max(magnitude, Math.abs(q[c]));
  }
  mean /= weight;
  let sumSquares = 0;
  for (let c = 0; c < q.length; c++) {
    q[c] -= mean;
    sumSquares += frequencies[c] * q[c] * q[c];
  }
  if (!(sumSquares > 1e-24 * weight * Math.max(magnitude * magnitude, 1e-300))) return false;
  const scale = Math.sqrt(n / sumSquares);
  for (let c = 0; c < q.length; c++) q[c] *= scale;
  return true;
}

function fillValues(variable: Variable): void {
  const {categoryOf, quantification, values} = variable;
  for (let i = 0; i < values.length; i++) values[i] = categoryOf[i] >= 0 ? quantification[categoryOf[i]] : 0;
}

/** a_j = X'z_j / n: the correlations of the quantified variable with the object-score dimensions. */
function updateLoading(variable: Variable, scores: Float64Array, n: number, p: number): void {
  variable.loading.fill(0);
  for (let i = 0; i < n; i++) {
    const value = variable.values[i];
    if (value === 0) continue;
    for (let k = 0; k < p; k++) variable.loading[k] += scores[i * p + k] * value;
  }
  for (let k = 0; k < p; k++) variable.loading[k] /= n;
}

/** Optimal scaling step for a nominal or ordinal variable, given the object scores and its loadings. */
function quantify(variable: Variable, scores: Float64Array, centroids: Float64Array, n: number, p: number): void {
  const {categoryOf, frequencies, loading} = variable;
  const k = frequencies.length;
  centroids.fill(0, 0, k * p);
  for (let i = 0; i < n; i++) {
    const c = categoryOf[i];
    if (c < 0) continue;
    for (let d = 0; d < p; d++) centroids[c * p + d] += scores[i * p + d];
  }
  const target = new Float64Array(k);
  let weightedMean = 0;
  let totalWeight = 0;
  for (let c = 0; c < k; c++) {
    let value = 0;
    for (let d = 0; d < p; d++) value += (centroids[c * p + d] / frequencies[c]) * loading[d];
    target[c] = value;
    weightedMean += frequencies[c] * value;
    totalWeight += frequencies[c];
  }
  // Centring first makes the monotone projection land in the centred cone directly.
  weightedMean /= totalWeight;
  for (let c = 0; c < k; c++) target[c] -= weightedMean;
  const restricted = variable.level === "ordinal" ? Float64Array.from(monotoneRegression(target, frequencies)) : target;
  if (normalize(restricted, frequencies, n)) {
    variable.quantification = restricted;
    fillValues(variable);
  }
}

/** X = √n·U V' for Σ_j z_j a_j' = U S V': the object scores that best fit all variables given their loadings. */
function procrustesScores(variables: Variable[], n: number, p: number): Float64Array {
  const fitted = new Matrix(n, p);
  for (const variable of variables) {
    for (let i = 0; i < n; i++) {
      const value = variable.values[i];
      if (value === 0) continue;
      for (let k = 0; k < p; k++) fitted.set(i, k, fitted.get(i, k) + value * variable.loading[k]);
    }
  }
  return orthonormalScores(fitted, n, p);
}

function orthonormalScores(matrix: Matrix, n: number, p: number): Float64Array {
  const svd = new SingularValueDecomposition(matrix, {autoTranspose: true});
  const rotated = svd.leftSingularVectors.mmul(svd.rightSingularVectors.transpose());
  const scores = new Float64Array(n * p);
  const root = Math.sqrt(n);
  for (let i = 0; i < n; i++) for (let k = 0; k < p; k++) scores[i * p + k] = root * rotated.get(i, k);
  return scores;
}

function lossOf(variables: Variable[], p: number): number {
  let fit = 0;
  for (const variable of variables) for (let k = 0; k < p; k++) fit += variable.loading[k] * variable.loading[k];
  return p - fit / variables.length;
}

/** Correlation matrix of the quantified variables (each has mean 0 and variance 1 over n). */
function quantifiedCorrelations(variables: Variable[], n: number): Matrix {
  const m = variables.length;
  const correlations = new Matrix(m, m);
  for (let a = 0; a < m; a++) {
    for (let b = a; b < m; b++) {
      let sum = 0;
      const va = variables[a].values;
      const vb = variables[b].values;
      for (let i = 0; i < n; i++) sum += va[i] * vb[i];
      correlations.set(a, b, sum / n);
      correlations.set(b, a, sum / n);
    }
  }
  return correlations;
}

function sortedEigen(matrix: Matrix): {values: number[]; vectors: Matrix} {
  const decomposition = new EigenvalueDecomposition(matrix, {assumeSymmetric: true});
  const values = decomposition.realEigenvalues;
  const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a]);
  const vectors = new Matrix(matrix.rows, matrix.columns);
  order.forEach((source, target) => vectors.setColumn(target, decomposition.eigenvectorMatrix.getColumn(source)));
  return {values: order.map((i) => values[i]), vectors};
}

/** Standardized numeric PCA object scores: the deterministic starting point. */
function numericPcaScores(variables: Variable[], n: number, p: number): Float64Array {
  const {values, vectors} = sortedEigen(quantifiedCorrelations(variables, n));
  if (!(values[p - 1] > 1e-12)) {
    throw new StatsInputError("dimensions", `the data have fewer than ${p} non-trivial dimensions`);
  }
  const scores = new Float64Array(n * p);
  for (let k = 0; k < p; k++) {
    const scale = 1 / Math.sqrt(values[k]);
    for (let j = 0; j < variables.length; j++) {
      const weight = vectors.get(j, k) * scale;
      const column = variables[j].values;
      for (let i = 0; i < n; i++) scores[i * p + k] += column[i] * weight;
    }
  }
  return scores;
}

function randomScores(n: number, p: number, options: RandomOptions): Float64Array {
  const random = resolveRandom(options);
  const matrix = new Matrix(n, p);
  for (let i = 0; i < n; i++) for (let k = 0; k < p; k++) matrix.set(i, k, random() - 0.5);
  for (let k = 0; k < p; k++) {
    const column = matrix.getColumn(k);
    const columnMean = mean(column);
    matrix.setColumn(
      k,
      column.map((v) => v - columnMean)
    );
  }
  return orthonormalScores(matrix, n, p);
}

function principalAxes(variables: Variable[], n: number, p: number, run: {iterations: number; converged: boolean; lossHistory: number[]}): CatpcaResult {
  const m = variables.length;
  const {values, vectors} = sortedEigen(quantifiedCorrelations(variables, n));
  const varianceAccountedFor = values.slice(0, p);
  const loadings = variables.map(() => new Array<number>(p).fill(0));
  const objectScores = Array.from({length: n}, () => new Array<number>(p).fill(0));
  for (let k = 0; k < p; k++) {
    const root = Math.sqrt(varianceAccountedFor[k]);
    const sign = orientationSign(vectors.getColumn(k));
    for (let j = 0; j < m; j++) loadings[j][k] = sign * vectors.get(j, k) * root;
    for (let i = 0; i < n; i++) {
      let score = 0;
      for (let j = 0; j < m; j++) score += variables[j].values[i] * vectors.get(j, k);
      objectScores[i][k] = (sign * score) / root;
    }
  }
  const total = varianceAccountedFor.reduce((s, v) => s + v, 0);
  return {
    dimensions: p,
    loadings,
    varianceAccountedFor,
    varianceAccountedForRatio: varianceAccountedFor.map((value) => value / m),
    totalVarianceAccountedFor: total,
    eigenvalues: values,
    objectScores,
    quantifications: variables.map((variable) => ({
      variable: variable.name,
      level: variable.level,
      categories: variable.categories,
      frequencies: Array.from(variable.frequencies),
      quantifications: Array.from(variable.quantification),
      missing: variable.missing
    })),
    quantifiedData: Array.from({length: n}, (_, i) => variables.map((variable) => variable.values[i])),
    iterations: run.iterations,
    converged: run.converged,
    lossHistory: run.lossHistory,
    missing: {total: variables.reduce((s, v) => s + v.missing, 0), perVariable: variables.map((v) => v.missing)}
  };
}
