/**
 * The dimensions behind MIPEX 2020's approaches, and one of the candidate methods for re-deriving the
 * approaches from the indicator scores: k-means on the CATPCA components (`kmeans_catpca` among the
 * declared methods in lib/findings/dimensions/approach-methods.ts). MIPEX did not publish its rule; this is a
 * candidate, compared with the published classification like the others, and the classifier the what-if
 * simulator and the country profiles apply. The steps:
 *
 *  1. Data: the 2019 scores of the 2020 edition, level "indicator" (the 59 items the workbooks' area
 *     formulas average; MIPEX counts 58 core indicators — see indicatorMatrix in ./indicator-matrix.ts), 56 countries.
 *  2. Dimensions: three-dimensional categorical PCA with ordinal scaling of every indicator
 *     (lib/stats/catpca.ts). Ordinary standardized PCA (lib/stats/pca.ts) is computed beside it.
 *  3. Naming: the three dimensions are varimax-rotated (lib/stats/varimax.ts; orthogonal, so
 *     distances between countries do not change) and each is matched one-to-one to MIPEX's basic
 *     rights, equal opportunities and secure future by the areas that load on it (nameDimensions in ./match-names.ts):
 *     this method's labelling needs each name once. The page names the dimensions from the indicators'
 *     loadings without forcing a match (lib/findings/dimensions/naming.ts).
 *  4. Four approaches: k-means (lib/stats/kmeans.ts), k = 4, 100 seeded k-means++ starts, seed 20200,
 *     on the 56 × 3 dimension scores; clusters labelled by their centroid profile with the rule in
 *     labelClusters (./label-clusters.ts), in ./clusters.ts.
 *  5. Top Ten: the ten highest recomputed 2019 overall scores with health (ties at 10th included; ./top-ten.ts).
 */
import {catpca} from "../../stats/catpca.ts";
import {pca} from "../../stats/pca.ts";
import {orientationSign} from "../../stats/signs.ts";
import {varimax} from "../../stats/varimax.ts";
import {placeCountry, type ApproachModel, type VariableTransform} from "./classifier.ts";
import type {IndicatorMatrix} from "./indicator-matrix.ts";
import {nameDimensions, type DimensionNaming} from "./match-names.ts";

export type DimensionMethod = "catpca" | "pca";

export interface FittedDimensions {
  method: DimensionMethod;
  /** Variance accounted for per principal-axis dimension (eigenvalues), and as a share of the indicators. */
  varianceAccountedFor: number[];
  varianceRatio: number[];
  /** Principal-axis loadings, indicators × dimensions. */
  loadings: number[][];
  /** Varimax-rotated loadings, columns ordered by sum of squares, signs with positive sums. */
  rotatedLoadings: number[][];
  /** Sum of squared rotated loadings per rotated dimension (the rotated dimensions' VAF). */
  rotatedVariance: number[];
  /** Countries × rotated dimensions. */
  scores: number[][];
  naming: DimensionNaming;
  /** Serializable transform (everything of an ApproachModel but the clusters). */
  transform: Pick<ApproachModel, "method" | "edition" | "year" | "indicators" | "variables" | "weights" | "rotation" | "dimensionNames">;
  iterations: number | null;
  converged: boolean | null;
  /** Cells imputed (CATPCA: quantified mean 0; PCA: the indicator's mean). */
  imputed: number;
}

/**
 * Three dimensions by CATPCA (ordinal) or standardized PCA, varimax-rotated for naming. A missing cell
 * is imputed with the variable's (quantified) mean — CATPCA's own rule; for PCA the indicator's mean.
 *
 * @example (needs the workbooks)
 * import {indicatorMatrix} from "./indicator-matrix.ts";
 * fitDimensions(indicatorMatrix(tables, {edition: "2020", year: 2019}), "catpca").varianceRatio // ≈ [0.23, 0.09, 0.08]
 */
export function fitDimensions(matrix: IndicatorMatrix, method: DimensionMethod, dimensions = 3): FittedDimensions {
  const codes = matrix.indicators.map((i) => i.code);
  let loadings: number[][];
  let eigenvalues: number[];
  let variables: VariableTransform[];
  let weights: number[][];
  let iterations: number | null = null;
  let converged: boolean | null = null;
  if (method === "catpca") {
    const fit = catpca(matrix.values, {dimensions, levels: "ordinal", variableNames: codes});
    loadings = fit.loadings;
    eigenvalues = fit.varianceAccountedFor;
    variables = fit.quantifications.map((q) => ({kind: "catpca", categories: q.categories, quantifications: q.quantifications}));
    weights = loadings.map((row) => row.map((a, k) => a / eigenvalues[k]));
    iterations = fit.iterations;
    converged = fit.converged;
  } else {
    const means = codes.map((_, j) => columnMean(matrix.values, j));
    const complete = matrix.values.map((row) => row.map((v, j) => v ?? means[j]));
    const fit = pca(complete, {standardize: true, components: dimensions});
    loadings = fit.loadings;
    eigenvalues = fit.eigenvalues;
    variables = fit.means.map((mean, j) => ({kind: "pca", mean, scale: fit.scales[j]}));
    weights = fit.eigenvectors;
  }
  const m = codes.length;
  const rotated = varimax(loadings);
  // Order rotated dimensions by their variance, orient each so its loadings sum to a positive number.
  const ss = Array.from({length: dimensions}, (_, k) => rotated.loadings.reduce((s, row) => s + row[k] ** 2, 0));
  const order = ss.map((_, k) => k).sort((a, b) => ss[b] - ss[a]);
  const signs = order.map((k) => orientationSign(rotated.loadings.map((row) => row[k])));
  const rotation = rotated.rotation.map((row) => order.map((k, c) => row[k] * signs[c]));
  const rotatedLoadings = rotated.loadings.map((row) => order.map((k, c) => row[k] * signs[c]));
  const naming = nameDimensions(
    rotatedLoadings,
    matrix.indicators.map((i) => i.area)
  );
  const transform = {
    method: method === "catpca" ? "catpca-ordinal" : "pca-standardized",
    edition: matrix.edition,
    year: matrix.year,
    indicators: codes,
    variables,
    weights,
    rotation,
    dimensionNames: naming.names
  };
  const scores = matrix.values.map((row) => placeCountry({...transform, centroids: [], approaches: []}, row));
  return {
    method,
    varianceAccountedFor: eigenvalues,
    varianceRatio: eigenvalues.map((v) => v / m),
    loadings,
    rotatedLoadings,
    rotatedVariance: order.map((k) => ss[k]),
    scores,
    naming,
    transform,
    iterations,
    converged,
    imputed: matrix.missing.length
  };
}

function columnMean(values: readonly (readonly (number | null)[])[], j: number): number {
  const present = values.map((row) => row[j]).filter((v): v is number => v !== null);
  return present.reduce((s, v) => s + v, 0) / present.length;
}
