/**
 * The dimensions behind MIPEX 2020's approaches, and one of the candidate methods for re-deriving the
 * approaches from the indicator scores: k-means on the CATPCA components (`kmeans_catpca` among the
 * declared methods in lib/findings/approach-methods.ts). MIPEX did not publish its rule; this is a
 * candidate, compared with the published classification like the others, and the classifier the what-if
 * simulator and the country profiles apply. The steps:
 *
 *  1. Data: the 2019 scores of the 2020 edition, level "indicator" (the 59 items the workbooks' area
 *     formulas average; MIPEX counts 58 core indicators — see {@link indicatorMatrix}), 56 countries.
 *  2. Dimensions: three-dimensional categorical PCA with ordinal scaling of every indicator
 *     (lib/stats/catpca.ts). Ordinary standardized PCA (lib/stats/pca.ts) is computed beside it.
 *  3. Naming: the three dimensions are varimax-rotated (lib/stats/varimax.ts; orthogonal, so
 *     distances between countries do not change) and each is matched one-to-one to MIPEX's basic
 *     rights, equal opportunities and secure future by the areas that load on it ({@link nameDimensions}):
 *     this method's labelling needs each name once. The page names the dimensions from the indicators'
 *     loadings without forcing a match (lib/findings/dimension-names.ts).
 *  4. Four approaches: k-means (lib/stats/kmeans.ts), k = 4, 100 seeded k-means++ starts, seed 20200,
 *     on the 56 × 3 dimension scores; clusters labelled by their centroid profile with the rule in
 *     {@link labelClusters} (lib/findings/approach-model.ts).
 *  5. Top Ten: the ten highest recomputed 2019 overall scores with health (ties at 10th included).
 */
import {AREA_IDS, type AreaId} from "../mipex/areas.ts";
import type {Approach, ApproachGroupRow} from "../mipex/approach-groups.ts";
import type {IndicatorRow} from "../mipex/build-tables.ts";
import type {Edition} from "../mipex/editions.ts";
import type {WorkspaceTables} from "../mipex/workspace-tables.ts";
import {adjustedRandIndex} from "../stats/adjusted-rand.ts";
import {catpca} from "../stats/catpca.ts";
import {cutTree, wardClustering} from "../stats/hierarchical.ts";
import {kmeans} from "../stats/kmeans.ts";
import {pca} from "../stats/pca.ts";
import {DEFAULT_SEED} from "../stats/random.ts";
import {orientationSign} from "../stats/signs.ts";
import {labelClusters, MIPEX_DIMENSIONS, placeCountry, type ApproachModel, type MipexDimension, type VariableTransform} from "./approach-model.ts";
import {ranking} from "./ranking.ts";
import {varimax} from "../stats/varimax.ts";

/**
 * MIPEX 2020's three dimensions as the workspace reads the report at the level of whole policy areas:
 * secure future = family reunification, permanent residence, access to nationality; equal
 * opportunities = education, political participation, health; basic rights = labour market mobility,
 * anti-discrimination. The report builds its dimensions from groups of indicators, and splits labour
 * market mobility (access vs targeted support) and health (entitlements vs responsive services)
 * between basic rights and equal opportunities; at area level each area is put where most of it sits.
 * This is the mapping the data are tested against, not a result.
 */
export const AREA_DIMENSION: Record<AreaId, MipexDimension> = {
  labour_market_mobility: "basic_rights",
  anti_discrimination: "basic_rights",
  education: "equal_opportunities",
  political_participation: "equal_opportunities",
  health: "equal_opportunities",
  family_reunification: "secure_future",
  permanent_residence: "secure_future",
  access_to_nationality: "secure_future"
};

export const APPROACH_SEED = DEFAULT_SEED;
export const KMEANS_RESTARTS = 100;

export interface IndicatorMatrix {
  edition: Edition;
  year: number;
  /** Countries (rows), sorted by ISO3. */
  countries: string[];
  /** Indicators (columns), in table order: area by area, left to right in each block. */
  indicators: IndicatorRow[];
  values: (number | null)[][];
  /** Country × indicator cells without a score. */
  missing: {iso3: string; indicator: string}[];
}

/**
 * The countries × indicators matrix of one edition and year, level "indicator" only (sub-indicators
 * detail an indicator and are not averaged separately). Every country with at least one score that
 * year is a row; a cell without a score is null and listed in `missing`.
 *
 * @example
 * indicatorMatrix(tables, {edition: "2020", year: 2019}).values.length // 56
 */
export function indicatorMatrix(
  tables: Pick<WorkspaceTables, "indicators" | "indicator_scores">,
  {edition, year}: {edition: Edition; year: number}
): IndicatorMatrix {
  const indicators = tables.indicators.filter((i) => i.level === "indicator");
  const rows = tables.indicator_scores.filter((r) => r.edition === edition && r.year === year && r.level === "indicator");
  if (rows.length === 0) throw new Error(`No indicator scores for ${year} in the ${edition} edition`);
  const countries = [...new Set(rows.map((r) => r.iso3))].sort();
  const score = new Map(rows.map((r) => [`${r.iso3}|${r.indicator}`, r.score]));
  const missing: IndicatorMatrix["missing"] = [];
  const values = countries.map((iso3) =>
    indicators.map((i) => {
      const v = score.get(`${iso3}|${i.code}`);
      if (v === undefined) missing.push({iso3, indicator: i.code});
      return v ?? null;
    })
  );
  return {edition, year, countries, indicators, values, missing};
}

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
 * @example
 * fitDimensions(indicatorMatrix(tables, {edition: "2020", year: 2019}), "catpca").varianceRatio // [0.23, 0.09, 0.08]
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

export interface AreaLoading {
  area: AreaId;
  indicators: number;
  /** Mean loading of the area's indicators on each dimension. */
  meanLoading: number[];
  /** Mean squared loading: the share of the area's indicators' variance each dimension accounts for. */
  meanSquaredLoading: number[];
  /** The dimension (0-based) with the largest mean squared loading. */
  dominant: number;
  /** The MIPEX dimension the report puts the area in (area level, {@link AREA_DIMENSION}). */
  mipexDimension: MipexDimension;
  /** Whether the dominant dimension is the one matched to the area's MIPEX dimension. */
  agrees: boolean;
}

export interface DimensionNaming {
  /** The MIPEX dimension matched to each computed dimension. */
  names: MipexDimension[];
  /** Per computed dimension: the mean, over the MIPEX dimension's areas, of their mean squared loading. */
  fit: number[][];
  areas: AreaLoading[];
  /** Areas whose dominant dimension is the one their MIPEX dimension was matched to. */
  agreeing: number;
}

/**
 * Matches computed dimensions one-to-one to MIPEX's three by the areas that load on them: for every
 * assignment (3! = 6) the sum, over MIPEX dimensions, of the mean squared loading of their areas on the
 * assigned dimension; the largest sum wins (ties: the first assignment in lexicographic order). Areas
 * are averaged first so that an area with many indicators (health has 12) does not outweigh others.
 *
 * @example
 * nameDimensions(rotatedLoadings, indicators.map((i) => i.area)).names // ["equal_opportunities", "basic_rights", "secure_future"]
 */
export function nameDimensions(loadings: readonly (readonly number[])[], areaOfIndicator: readonly AreaId[]): DimensionNaming {
  const p = loadings[0].length;
  if (p !== MIPEX_DIMENSIONS.length) throw new Error(`nameDimensions: needs ${MIPEX_DIMENSIONS.length} dimensions, got ${p}`);
  const areas = AREA_IDS.filter((a) => areaOfIndicator.includes(a)).map((area) => {
    const rows = loadings.filter((_, j) => areaOfIndicator[j] === area);
    const meanLoading = Array.from({length: p}, (_, k) => rows.reduce((s, r) => s + r[k], 0) / rows.length);
    const meanSquaredLoading = Array.from({length: p}, (_, k) => rows.reduce((s, r) => s + r[k] ** 2, 0) / rows.length);
    const dominant = meanSquaredLoading.indexOf(Math.max(...meanSquaredLoading));
    return {area, indicators: rows.length, meanLoading, meanSquaredLoading, dominant, mipexDimension: AREA_DIMENSION[area], agrees: false};
  });
  // fit[k][d]: how strongly MIPEX dimension d's areas load on computed dimension k.
  const fit = Array.from({length: p}, (_, k) =>
    MIPEX_DIMENSIONS.map((d) => {
      const group = areas.filter((a) => a.mipexDimension === d);
      return group.reduce((s, a) => s + a.meanSquaredLoading[k], 0) / group.length;
    })
  );
  let best: number[] = [];
  let bestTotal = -Infinity;
  for (const assignment of permutations([0, 1, 2])) {
    const total = assignment.reduce((s, d, k) => s + fit[k][d], 0);
    if (total > bestTotal + 1e-12) {
      bestTotal = total;
      best = assignment;
    }
  }
  const names = best.map((d) => MIPEX_DIMENSIONS[d]);
  for (const a of areas) a.agrees = names[a.dominant] === a.mipexDimension;
  return {names, fit, areas, agreeing: areas.filter((a) => a.agrees).length};
}

function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

export type ClusterAlgorithm = "kmeans" | "ward";

/**
 * Cluster labels 1…k of the dimension scores: k-means (100 seeded k-means++ starts) or Ward (ward.D2)
 * cut at k.
 *
 * @example
 * clusterScores(fit.scores, "kmeans", 4).labels // [1, 2, 2, 3, ...]
 */
export function clusterScores(scores: number[][], algorithm: ClusterAlgorithm, k: number, seed = APPROACH_SEED): {labels: number[]; centroids: number[][]} {
  const labels = algorithm === "kmeans" ? kmeans(scores, k, {seed, restarts: KMEANS_RESTARTS}).labels : cutTree(wardClustering(scores), k);
  const centroids = Array.from({length: k}, (_, c) => {
    const members = scores.filter((_, i) => labels[i] === c + 1);
    return scores[0].map((_, d) => members.reduce((s, row) => s + row[d], 0) / members.length);
  });
  return {labels, centroids};
}

/**
 * The trained classifier: dimensions, k-means centroids and their approach labels.
 *
 * @example
 * const model = trainApproachModel(fitDimensions(matrix, "catpca"));
 * classifyApproach(model, matrix.values[0]).approach
 */
export function trainApproachModel(
  fit: FittedDimensions,
  {algorithm = "kmeans", seed = APPROACH_SEED}: {algorithm?: ClusterAlgorithm; seed?: number} = {}
): {model: ApproachModel; labels: number[]} {
  const {labels, centroids} = clusterScores(fit.scores, algorithm, 4, seed);
  const approaches = labelClusters(centroids, fit.naming.names);
  return {model: {...fit.transform, centroids, approaches}, labels};
}

export interface TopTenMember {
  iso3: string;
  rank: number;
  score: number;
}

/**
 * The Top Ten: countries ranked 1–10 by the recomputed 2019 overall score with health (competition
 * ranks, so a tie at 10th makes the list longer).
 *
 * @example
 * topTen(tables).map((c) => c.iso3) // ["SWE", "FIN", "PRT", ...]
 */
export function topTen(
  tables: Pick<WorkspaceTables, "overall_scores" | "countries">,
  {edition = "2020", year = 2019}: {edition?: Edition; year?: number} = {}
): TopTenMember[] {
  return ranking(tables.overall_scores, tables.countries, {edition, year, variant: "with_health"})
    .filter((c) => c.rank <= 10)
    .map(({iso3, rank, score}) => ({iso3, rank, score}));
}

export interface PublishedApproach {
  iso3: string;
  /** null where the source gives two approaches (a conflict). */
  approach: Approach | null;
  topTen: boolean;
  confidence: "high" | "low";
  conflict: boolean;
  /** Both approaches of a conflict. */
  alternatives: Approach[];
  note: string | null;
}

/**
 * The published classification for one reference year, one entry per country; a country the source
 * classifies twice (a conflict) gets approach null and both alternatives.
 *
 * @example
 * publishedApproaches(tables.approach_groups).get("UKR")?.conflict // true
 */
export function publishedApproaches(rows: readonly ApproachGroupRow[], referenceYear = 2019): Map<string, PublishedApproach> {
  const result = new Map<string, PublishedApproach>();
  for (const row of rows.filter((r) => r.reference_year === referenceYear)) {
    const earlier = result.get(row.iso3);
    if (earlier) {
      earlier.approach = null;
      earlier.conflict = true;
      earlier.alternatives.push(row.approach);
      earlier.topTen ||= row.top_ten;
      if (row.confidence === "low") earlier.confidence = "low";
      continue;
    }
    result.set(row.iso3, {
      iso3: row.iso3,
      approach: row.conflict ? null : row.approach,
      topTen: row.top_ten,
      confidence: row.confidence,
      conflict: row.conflict,
      alternatives: [row.approach],
      note: row.note
    });
  }
  return result;
}

/**
 * Adjusted Rand index between computed cluster labels and the published approaches, over the
 * countries with one published approach (conflicts left out).
 *
 * @example
 * agreementWithPublished(countries, labels, published) // {ari: 0.5, countries: 55}
 */
export function agreementWithPublished(
  countries: readonly string[],
  labels: readonly (number | string)[],
  published: ReadonlyMap<string, PublishedApproach>
): {ari: number; countries: number} {
  const kept = countries.map((iso3, i) => ({label: labels[i], published: published.get(iso3)?.approach ?? null})).filter((c) => c.published !== null);
  return {
    ari: adjustedRandIndex(
      kept.map((c) => c.label),
      kept.map((c) => c.published as string)
    ),
    countries: kept.length
  };
}
