/**
 * The trained approach classifier as plain JSON, and the code that applies it to one country's
 * indicator scores. No statistics library is imported here: the what-if simulator runs this file in
 * the browser (lib/browser/approaches.ts), with the model that src/data/dimensions.json.ts trains at
 * build time (lib/findings/dimensions/clusters.ts), so page, CLI and simulator classify with the same code.
 *
 * A country's indicator vector x (one score per indicator, in `model.indicators` order, null if
 * missing) is classified in four steps:
 *  1. each score becomes a number z_j: for CATPCA the optimal quantification of its category (scores
 *     between two observed categories are interpolated linearly, scores outside the observed range
 *     take the end category's quantification); for PCA the standardized score (x − mean) / sd; a
 *     missing score is 0, the quantified mean — the same rule the CATPCA fit uses;
 *  2. principal-axis scores s_k = Σ_j z_j W_jk (W = loadings / eigenvalue for CATPCA, the unit
 *     eigenvectors for PCA), which reproduce the fitted object scores exactly for the training data;
 *  3. rotated scores r = s·T (varimax, orthogonal: distances between countries are unchanged);
 *  4. the nearest cluster centroid (Euclidean) gives the cluster; the model's `approaches` names it.
 */
import type {Approach} from "../../mipex/approach-groups.ts";
import type {MipexDimension} from "./mipex-dimensions.ts";

/** How one indicator's score becomes the number the components weigh. */
export type VariableTransform = {kind: "catpca"; categories: number[]; quantifications: number[]} | {kind: "pca"; mean: number; scale: number};

/** Everything needed to place and classify a country; JSON-serializable. */
export interface ApproachModel {
  /** e.g. "catpca-ordinal" or "pca-standardized". */
  method: string;
  edition: string;
  year: number;
  /** Indicator codes, the order of the vector classifyApproach takes. */
  indicators: string[];
  variables: VariableTransform[];
  /** Indicators × dimensions: principal-axis scores are z·weights. */
  weights: number[][];
  /** Dimensions × dimensions orthogonal rotation applied after the weights (identity when unrotated). */
  rotation: number[][];
  /** The MIPEX dimension each (rotated) dimension was matched to, in dimension order. */
  dimensionNames: MipexDimension[];
  /** Cluster centres in the rotated space; row c is cluster c + 1. */
  centroids: number[][];
  /** The approach each cluster was labelled with by labelClusters (./label-clusters.ts); index c is cluster c + 1. */
  approaches: Approach[];
}

export interface Classification {
  /** Scores on the rotated dimensions, in `model.dimensionNames` order. */
  scores: number[];
  cluster: number;
  approach: Approach;
  /** Distance to the own centroid and to the nearest other one. */
  distance: number;
  nearestOtherCluster: number;
  nearestOtherApproach: Approach;
  nearestOtherDistance: number;
  /** (nearest other − own) / (nearest other + own): 0 on the boundary, 1 at the own centroid. */
  margin: number;
}

/**
 * The number the components weigh for one indicator score (step 1 above).
 *
 * @example
 * quantify({kind: "catpca", categories: [0, 50, 100], quantifications: [-1.2, 0.1, 1.1]}, 75) // 0.6
 */
export function quantify(transform: VariableTransform, value: number | null | undefined): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return 0;
  if (transform.kind === "pca") return (value - transform.mean) / transform.scale;
  const {categories, quantifications} = transform;
  if (value <= categories[0]) return quantifications[0];
  const last = categories.length - 1;
  if (value >= categories[last]) return quantifications[last];
  let upper = 1;
  while (categories[upper] < value) upper++;
  const lower = upper - 1;
  const t = (value - categories[lower]) / (categories[upper] - categories[lower]);
  return quantifications[lower] + t * (quantifications[upper] - quantifications[lower]);
}

/**
 * A country's scores on the model's (rotated) dimensions.
 *
 * @example (needs the workbooks)
 * import {trainedApproachModel} from "../country/approach.ts";
 * import {indicatorMatrix} from "./indicator-matrix.ts";
 * const model = trainedApproachModel(tables);
 * const matrix = indicatorMatrix(tables, {edition: "2020", year: 2019});
 * const sweden = matrix.values[matrix.countries.indexOf("SWE")];
 * // Sweden on equal opportunities, basic rights and secure future (the model's order).
 * placeCountry(model, model.indicators.map((code) => sweden[matrix.indicators.findIndex((i) => i.code === code)])) // ≈ [1.929, 0.819, 1.266]
 */
export function placeCountry(model: ApproachModel, vector: readonly (number | null)[]): number[] {
  if (vector.length !== model.indicators.length) {
    throw new Error(
      `placeCountry: the vector has ${vector.length} scores; the model needs ${model.indicators.length} (${model.indicators.slice(0, 3).join(", ")}, ...)`
    );
  }
  const p = model.rotation.length;
  const principal = new Array<number>(p).fill(0);
  model.variables.forEach((transform, j) => {
    const z = quantify(transform, vector[j]);
    for (let k = 0; k < p; k++) principal[k] += z * model.weights[j][k];
  });
  return Array.from({length: p}, (_, k) => principal.reduce((s, v, l) => s + v * model.rotation[l][k], 0));
}

/**
 * Classifies dimension scores by the nearest centroid.
 *
 * @example
 * nearestCentroid([[1, 1], [-1, -1]], [0.8, 0.5]) // {cluster: 1, distance: 0.5385164807134504, nearestOther: 2, nearestOtherDistance: 2.3430749027719964}
 */
export function nearestCentroid(
  centroids: readonly (readonly number[])[],
  scores: readonly number[]
): {cluster: number; distance: number; nearestOther: number; nearestOtherDistance: number} {
  const distances = centroids.map((c) => Math.sqrt(c.reduce((s, v, k) => s + (v - scores[k]) ** 2, 0)));
  const order = distances.map((_, i) => i).sort((a, b) => distances[a] - distances[b] || a - b);
  const [own, other] = order;
  return {cluster: own + 1, distance: distances[own], nearestOther: other + 1, nearestOtherDistance: distances[other]};
}

/**
 * Classifies one country from its indicator scores (in `model.indicators` order) with a trained model,
 * as serialized in dimensions.json.
 *
 * @example (needs the workbooks)
 * import {trainedApproachModel} from "../country/approach.ts";
 * import {indicatorMatrix} from "./indicator-matrix.ts";
 * // The page reads the model from dimensions.json: const {model} = await FileAttachment("data/dimensions.json").json();
 * const model = trainedApproachModel(tables);
 * const matrix = indicatorMatrix(tables, {edition: "2020", year: 2019});
 * const scores = (iso3: string) => model.indicators.map((code) => matrix.values[matrix.countries.indexOf(iso3)][matrix.indicators.findIndex((i) => i.code === code)]);
 * classifyApproach(model, scores("SWE")).approach // "Comprehensive integration"
 * classifyApproach(model, scores("ALB")).approach // "Equality on paper"
 */
export function classifyApproach(model: ApproachModel, vector: readonly (number | null)[]): Classification {
  return classifyScores(model, placeCountry(model, vector));
}

/**
 * {@link classifyApproach} for scores already on the model's dimensions.
 *
 * @example (needs the workbooks)
 * import {trainedApproachModel} from "../country/approach.ts";
 * // Sweden's place on the three dimensions (placeCountry's example).
 * classifyScores(trainedApproachModel(tables), [1.929, 0.819, 1.266]).approach // "Comprehensive integration"
 */
export function classifyScores(model: ApproachModel, scores: number[]): Classification {
  const {cluster, distance, nearestOther, nearestOtherDistance} = nearestCentroid(model.centroids, scores);
  const total = nearestOtherDistance + distance;
  return {
    scores,
    cluster,
    approach: model.approaches[cluster - 1],
    distance,
    nearestOtherCluster: nearestOther,
    nearestOtherApproach: model.approaches[nearestOther - 1],
    nearestOtherDistance,
    margin: total === 0 ? 0 : (nearestOtherDistance - distance) / total
  };
}
