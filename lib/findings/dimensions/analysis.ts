/**
 * The dimensions-and-approaches page (src/dimensions.md): the published classification first (every
 * country's approach as mipex.eu states it, on the three dimensions), MIPEX 2020's three dimensions
 * recomputed by categorical PCA and named from the indicators that load on them
 * (./naming.ts), the declared candidate methods for re-deriving the approaches and
 * the leave-one-out ceiling (./approach-methods.ts), and the k-means method in detail.
 * `dimensionsAnalysis` computes it all once; ./findings.ts and ./page-view.ts read the result.
 */
import {oncePerTables} from "../../mipex/once-per-tables.ts";
import {AREA_IDS, AREAS, type AreaId} from "../../mipex/areas.ts";
import {APPROACHES, type Approach} from "../../mipex/approach-groups.ts";
import type {WorkspaceTables} from "../../mipex/workspace-tables.ts";
import {adjustedRandIndex} from "../../stats/adjusted-rand.ts";
import {clusterStability} from "../../stats/cluster-stability.ts";
import {confusionTable} from "../../stats/confusion.ts";
import {silhouette} from "../../stats/silhouette.ts";
import {AGREEMENT_REPLICATES, compareMethods, type MethodComparison} from "./approach-methods.ts";
import {classifyScores, type ApproachModel} from "./classifier.ts";
import {APPROACH_SEED, clusterScores, KMEANS_RESTARTS, trainApproachModel, type ClusterAlgorithm} from "./clusters.ts";
import {dimensionScores, type DimensionScores} from "./dimension-scores.ts";
import {fitDimensions, type DimensionMethod, type FittedDimensions} from "./fit.ts";
import {indicatorMatrix} from "./indicator-matrix.ts";
import {MIPEX_DIMENSION_LABELS, type MipexDimension} from "./mipex-dimensions.ts";
import {nameFromLoadings, type DimensionNamingFromLoadings} from "./naming.ts";
import {agreementWithPublished, publishedApproaches} from "./published.ts";
import {tenGroups} from "./ten-groups.ts";
import {topTen} from "./top-ten.ts";
import {competitionRanks} from "../../stats/rank.ts";

/**
 * The edition and reference year the dimensions and approaches are computed for.
 *
 * @example
 * DIMENSIONS_EDITION // "2020"
 */
export const DIMENSIONS_EDITION = "2020" as const;
/**
 * @example
 * DIMENSIONS_YEAR // 2019
 */
export const DIMENSIONS_YEAR = 2019;
/**
 * Bootstrap resamples behind the k-means clusters' stability.
 *
 * @example
 * STABILITY_RESAMPLES // 200
 */
export const STABILITY_RESAMPLES = 200;
/**
 * The numbers of clusters the sensitivity table tries.
 *
 * @example
 * SENSITIVITY_K // [3, 4, 5, 6]
 */
export const SENSITIVITY_K = [3, 4, 5, 6] as const;

export interface DimensionSummary {
  method: DimensionMethod;
  label: string;
  dimensions: {
    dimension: number;
    /** The MIPEX dimension the rotated dimension was matched to. */
    name: MipexDimension;
    label: string;
    /** Principal-axis variance accounted for (eigenvalue) and its share of the indicators. */
    varianceAccountedFor: number;
    varianceRatio: number;
    /** Variance of the varimax-rotated dimension (sum of squared rotated loadings) and its share. */
    rotatedVariance: number;
    rotatedRatio: number;
    /** Areas whose indicators load most on this rotated dimension. */
    dominantAreas: string[];
  }[];
  totalVarianceRatio: number;
  areas: {
    area: AreaId;
    areaName: string;
    indicators: number;
    mipexDimension: MipexDimension;
    mipexLabel: string;
    dominantLabel: string;
    agrees: boolean;
    meanLoading: number[];
    meanSquaredLoading: number[];
  }[];
  agreeingAreas: number;
  iterations: number | null;
  converged: boolean | null;
}

export interface CountryPlacement {
  iso3: string;
  name: string;
  /** 0–100 scores on the dimensions named from the loadings (in `dimensionScores.dimensions` order). */
  dimensionScores: number[];
  /** The mipex.eu page the published approach was read from. */
  publishedSource: string | null;
  /** The approach most declared methods give (ties: the earliest method's), and how many give the published one. */
  consensus: Approach;
  methodsAgreeing: number | null;
  /** Scores on the rotated, named CATPCA dimensions (in `dimensionNames` order). */
  scores: number[];
  pcaScores: number[];
  cluster: number;
  approach: Approach;
  published: Approach | null;
  publishedAlternatives: string;
  publishedConfidence: string | null;
  conflict: boolean;
  /** "match", "differs" or "conflict" (the source gives two approaches). */
  status: "match" | "differs" | "conflict";
  topTen: boolean;
  publishedTopTen: boolean;
  rank: number;
  overall: number;
  distanceOwn: number;
  nearestOtherApproach: Approach;
  distanceNearestOther: number;
  margin: number;
  /** Distance to the centroid of the cluster labelled with the published approach (null if none). */
  distancePublished: number | null;
}

export interface DimensionsAnalysis {
  edition: string;
  year: number;
  matrix: {countries: number; indicators: number; missing: number; missingCells: {iso3: string; indicator: string}[]; coreIndicatorsPerMipex: number};
  dimensionNames: MipexDimension[];
  dimensionLabels: string[];
  catpca: DimensionSummary;
  pca: DimensionSummary;
  /** One row per indicator: principal-axis and rotated loadings of both methods. */
  loadings: {code: string; area: AreaId; areaName: string; title: string; catpca: number[]; catpcaRotated: number[]; pca: number[]; pcaRotated: number[]}[];
  countries: CountryPlacement[];
  clusters: {cluster: number; approach: Approach; size: number; centroid: number[]; stability: number | null}[];
  confusion: {computed: Approach; counts: Record<Approach, number>; total: number}[];
  ari: number;
  ariCountries: number;
  silhouette: number;
  sensitivity: {dimensions: string; algorithm: string; k: number; ariPublished: number; ariMain: number; silhouette: number; main: boolean}[];
  stability: {
    resamples: number;
    meanAdjustedRand: number;
    clusters: {cluster: number; approach: Approach; size: number; meanJaccard: number; recovered: number; dissolved: number}[];
  };
  topTen: {computed: {iso3: string; name: string; rank: number; score: number; published: boolean}[]; published: string[]; agree: number};
  method: {seed: number; restarts: number; k: number; resamples: number};
  model: ApproachModel;
  /** The rotated CATPCA components named from the indicators that load on them, with the areas' chance level. */
  naming: DimensionNamingFromLoadings & {areas: (DimensionNamingFromLoadings["areas"][number] & {areaName: string})[]};
  /** The 0–100 dimension scores' summary (the scores are in `countries[].dimensionScores`). */
  dimensionScores: {dimensions: DimensionScores["dimensions"]; weakest: string};
  /** The declared methods, the tuned classifiers and the ceiling, compared with the published approaches. */
  methods: Omit<MethodComparison, "declared" | "tuned" | "ceiling"> & {declared: MethodSummary[]; tuned: MethodSummary[]; ceiling: string; replicates: number};
  tenGroups: ReturnType<typeof tenGroups>["groups"];
}

/** A method's result without its per-country labels (those are in `countries[].methods`). */
export interface MethodSummary {
  id: string;
  label: string;
  rationale: string;
  tuned: boolean;
  ari: number;
  interval: [number, number];
  permutationP: number;
  nullMean: number;
  matches: number;
  compared: number;
  labels: Record<string, string | null>;
}

const METHOD_LABEL: Record<DimensionMethod, string> = {catpca: "CATPCA (ordinal)", pca: "PCA (standardized)"};
const ALGORITHM_LABEL: Record<ClusterAlgorithm, string> = {kmeans: "k-means", ward: "Ward (ward.D2)"};
const areaName = (id: AreaId) => AREAS.find((a) => a.id === id)?.name ?? id;

function summarize(fit: FittedDimensions): DimensionSummary {
  const m = fit.loadings.length;
  return {
    method: fit.method,
    label: METHOD_LABEL[fit.method],
    dimensions: fit.varianceAccountedFor.map((vaf, k) => ({
      dimension: k + 1,
      name: fit.naming.names[k],
      label: MIPEX_DIMENSION_LABELS[fit.naming.names[k]],
      varianceAccountedFor: vaf,
      varianceRatio: fit.varianceRatio[k],
      rotatedVariance: fit.rotatedVariance[k],
      rotatedRatio: fit.rotatedVariance[k] / m,
      dominantAreas: fit.naming.areas.filter((a) => a.dominant === k).map((a) => areaName(a.area))
    })),
    totalVarianceRatio: fit.varianceRatio.reduce((s, v) => s + v, 0),
    areas: fit.naming.areas.map((a) => ({
      area: a.area,
      areaName: areaName(a.area),
      indicators: a.indicators,
      mipexDimension: a.mipexDimension,
      mipexLabel: MIPEX_DIMENSION_LABELS[a.mipexDimension],
      dominantLabel: MIPEX_DIMENSION_LABELS[fit.naming.names[a.dominant]],
      agrees: a.agrees,
      meanLoading: a.meanLoading,
      meanSquaredLoading: a.meanSquaredLoading
    })),
    agreeingAreas: fit.naming.agreeing,
    iterations: fit.iterations,
    converged: fit.converged
  };
}

/**
 * Everything the dimensions page shows, computed from the tidy tables. It takes about half a second, so it
 * runs once per process for the build's frozen tables, and its result is frozen (see oncePerTables): the
 * page's loader, `mipex reproduce`, the tests and the examples of the methods below ask for it again.
 *
 * @example (needs the workbooks)
 * const analysis = dimensionsAnalysis(tables);
 * // The first CATPCA dimension explains 23 % of the variance; the four k-means clusters agree with the
 * // published approaches at ARI 0.53 (55 countries; Ukraine's published approach is a conflict).
 * [analysis.catpca.dimensions[0].varianceRatio, analysis.ari] // ≈ [0.232, 0.526]
 * analysis.confusion.map((row) => row.total) // [12, 9, 25, 9]
 */
export function dimensionsAnalysis(tables: WorkspaceTables): DimensionsAnalysis {
  return dimensionsAnalysisOnce(tables);
}

const dimensionsAnalysisOnce = oncePerTables(analyseDimensions);

function analyseDimensions(tables: WorkspaceTables): DimensionsAnalysis {
  const matrix = indicatorMatrix(tables, {edition: DIMENSIONS_EDITION, year: DIMENSIONS_YEAR});
  const fits = {catpca: fitDimensions(matrix, "catpca"), pca: fitDimensions(matrix, "pca")};
  const main = fits.catpca;
  const {model, labels} = trainApproachModel(main);
  const published = publishedApproaches(tables.approach_groups, DIMENSIONS_YEAR);
  const ranked = new Map(topTen(tables, {edition: DIMENSIONS_EDITION, year: DIMENSIONS_YEAR}).map((c) => [c.iso3, c]));
  const names = new Map(tables.countries.map((c) => [c.iso3, c.name]));
  const overall = new Map(
    tables.overall_scores
      .filter((r) => r.edition === DIMENSIONS_EDITION && r.year === DIMENSIONS_YEAR && r.variant === "with_health")
      .map((r) => [r.iso3, r.recomputed])
  );
  const allRanks = rankAll(overall);
  const clusterOfApproach = new Map(model.approaches.map((a, c) => [a, c]));
  const naming = nameFromLoadings(main.rotatedLoadings, matrix.indicators);
  const scores = dimensionScores(matrix.values, naming);
  if (scores.dimensions.length !== 3)
    throw new Error(
      `The loadings name ${scores.dimensions.length} of MIPEX's 3 dimensions (${naming.unnamed.join(", ")} unnamed); the approach methods need all three`
    );
  const areaScore = new Map(
    tables.area_scores.filter((r) => r.edition === DIMENSIONS_EDITION && r.year === DIMENSIONS_YEAR).map((r) => [`${r.iso3}|${r.area}`, r.recomputed])
  );
  const need = (value: number | null | undefined, what: string): number => {
    if (value === null || value === undefined) throw new Error(`dimensionsAnalysis: no recomputed ${what} for ${DIMENSIONS_YEAR}`);
    return value;
  };
  const methods = compareMethods(
    {
      countries: matrix.countries,
      dimensionScores: scores.scores,
      catpcaScores: main.scores,
      catpcaNames: main.naming.names,
      overall: matrix.countries.map((iso3) => need(overall.get(iso3), `overall score of ${iso3}`)),
      areaScores: matrix.countries.map((iso3) => AREA_IDS.map((a) => need(areaScore.get(`${iso3}|${a}`), `${a} score of ${iso3}`)))
    },
    new Map([...published].map(([iso3, p]) => [iso3, p.approach]))
  );
  const sourceOf = new Map(tables.approach_groups.filter((r) => r.reference_year === DIMENSIONS_YEAR).map((r) => [r.iso3, r.source_url]));
  const consensusOf = (i: number): Approach => {
    const votes = new Map<Approach, number>();
    for (const m of methods.declared) votes.set(m.labels[i]!, (votes.get(m.labels[i]!) ?? 0) + 1);
    const most = Math.max(...votes.values());
    return methods.declared.map((m) => m.labels[i]!).find((a) => votes.get(a) === most)!;
  };

  const countries: CountryPlacement[] = matrix.countries.map((iso3, i) => {
    const c = classifyScores(model, main.scores[i]);
    if (c.cluster !== labels[i]) throw new Error(`${iso3}: nearest centroid (${c.cluster}) differs from its k-means cluster (${labels[i]})`);
    const p = published.get(iso3);
    const publishedCluster = p?.approach ? clusterOfApproach.get(p.approach) : undefined;
    return {
      iso3,
      name: names.get(iso3) ?? iso3,
      dimensionScores: scores.scores[i],
      publishedSource: sourceOf.get(iso3) ?? null,
      consensus: consensusOf(i),
      methodsAgreeing: methods.agreeingMethods[iso3] ?? null,
      scores: main.scores[i],
      pcaScores: fits.pca.scores[i],
      cluster: c.cluster,
      approach: c.approach,
      published: p?.approach ?? null,
      publishedAlternatives: p ? p.alternatives.join(" / ") : "",
      publishedConfidence: p?.confidence ?? null,
      conflict: p?.conflict ?? false,
      status: p?.conflict || !p ? "conflict" : p.approach === c.approach ? "match" : "differs",
      topTen: ranked.has(iso3),
      publishedTopTen: p?.topTen ?? false,
      rank: allRanks.get(iso3) ?? NaN,
      overall: overall.get(iso3) ?? NaN,
      distanceOwn: c.distance,
      nearestOtherApproach: c.nearestOtherApproach,
      distanceNearestOther: c.nearestOtherDistance,
      margin: c.margin,
      distancePublished: publishedCluster === undefined ? null : distance(main.scores[i], model.centroids[publishedCluster])
    };
  });

  const {ari, countries: ariCountries} = agreementWithPublished(matrix.countries, labels, published);
  const compared = countries.filter((c) => c.published !== null);
  const table = confusionTable(
    compared.map((c) => c.approach),
    compared.map((c) => c.published as string)
  );
  const confusion = APPROACHES.map((computed) => {
    const r = table.rowLabels.indexOf(computed);
    const counts = Object.fromEntries(
      APPROACHES.map((a) => [a, r < 0 || table.columnLabels.indexOf(a) < 0 ? 0 : table.counts[r][table.columnLabels.indexOf(a)]])
    ) as Record<Approach, number>;
    return {computed, counts, total: Object.values(counts).reduce((s, v) => s + v, 0)};
  });

  const sensitivity: DimensionsAnalysis["sensitivity"] = [];
  for (const method of ["catpca", "pca"] as const) {
    for (const algorithm of ["kmeans", "ward"] as const) {
      for (const k of SENSITIVITY_K) {
        const {labels: l} = clusterScores(fits[method].scores, algorithm, k);
        sensitivity.push({
          dimensions: METHOD_LABEL[method],
          algorithm: ALGORITHM_LABEL[algorithm],
          k,
          ariPublished: agreementWithPublished(matrix.countries, l, published).ari,
          ariMain: adjustedRandIndex(labels, l),
          silhouette: silhouette(fits[method].scores, l).averageWidth,
          main: method === "catpca" && algorithm === "kmeans" && k === 4
        });
      }
    }
  }

  const boot = clusterStability(main.scores, {method: "kmeans", k: 4, resamples: STABILITY_RESAMPLES, seed: APPROACH_SEED, labels});
  // clusterStability renumbers labels by first appearance; map its clusters back to ours.
  const bootToOurs = new Map(boot.labels.map((l, i) => [l, labels[i]]));
  const stabilityClusters = boot.clusters
    .map((c) => {
      const ours = bootToOurs.get(c.label) as number;
      return {cluster: ours, approach: model.approaches[ours - 1], size: c.size, meanJaccard: c.meanJaccard, recovered: c.recovered, dissolved: c.dissolved};
    })
    .sort((a, b) => a.cluster - b.cluster);

  const computedTop = [...ranked.values()].map((c) => ({
    iso3: c.iso3,
    name: names.get(c.iso3) ?? c.iso3,
    rank: c.rank,
    score: c.score,
    published: published.get(c.iso3)?.topTen ?? false
  }));
  const publishedTop = [...published.values()]
    .filter((p) => p.topTen)
    .map((p) => p.iso3)
    .sort();

  return {
    edition: DIMENSIONS_EDITION,
    year: DIMENSIONS_YEAR,
    matrix: {
      countries: matrix.countries.length,
      indicators: matrix.indicators.length,
      missing: matrix.missing.length,
      missingCells: matrix.missing,
      coreIndicatorsPerMipex: 58
    },
    dimensionNames: main.naming.names,
    dimensionLabels: main.naming.names.map((n) => MIPEX_DIMENSION_LABELS[n]),
    catpca: summarize(main),
    pca: summarize(fits.pca),
    loadings: matrix.indicators.map((ind, j) => ({
      code: ind.code,
      area: ind.area,
      areaName: areaName(ind.area),
      title: ind.title,
      catpca: main.loadings[j],
      catpcaRotated: main.rotatedLoadings[j],
      pca: fits.pca.loadings[j],
      pcaRotated: fits.pca.rotatedLoadings[j]
    })),
    countries,
    clusters: model.approaches.map((approach, c) => ({
      cluster: c + 1,
      approach,
      size: labels.filter((l) => l === c + 1).length,
      centroid: model.centroids[c],
      stability: stabilityClusters.find((s) => s.cluster === c + 1)?.meanJaccard ?? null
    })),
    confusion,
    ari,
    ariCountries,
    silhouette: silhouette(main.scores, labels).averageWidth,
    sensitivity,
    stability: {resamples: boot.resamples, meanAdjustedRand: boot.meanAdjustedRand, clusters: stabilityClusters},
    topTen: {computed: computedTop, published: publishedTop, agree: computedTop.filter((c) => c.published).length},
    method: {seed: APPROACH_SEED, restarts: KMEANS_RESTARTS, k: 4, resamples: STABILITY_RESAMPLES},
    model,
    naming: {...naming, areas: naming.areas.map((a) => ({...a, areaName: areaName(a.area)}))},
    dimensionScores: {dimensions: scores.dimensions, weakest: scores.dimensions.reduce((a, b) => (b.mean < a.mean ? b : a)).dimension},
    methods: {
      compared: methods.compared,
      alwaysDifferent: methods.alwaysDifferent,
      agreeingMethods: methods.agreeingMethods,
      declared: methods.declared.map((m) => summarizeMethod(m, matrix.countries)),
      tuned: methods.tuned.map((m) => summarizeMethod(m, matrix.countries)),
      ceiling: methods.ceiling.id,
      replicates: AGREEMENT_REPLICATES
    },
    tenGroups: tenGroups({dimensionScores: scores.scores}).groups
  };
}

function summarizeMethod(m: MethodComparison["declared"][number], countries: readonly string[]): MethodSummary {
  return {
    id: m.id,
    label: m.label,
    rationale: m.rationale,
    tuned: m.tuned,
    ari: m.agreement.ari,
    interval: m.agreement.interval,
    permutationP: m.agreement.permutationP,
    nullMean: m.agreement.nullMean,
    matches: m.matches,
    compared: m.agreement.n,
    labels: Object.fromEntries(countries.map((iso3, i) => [iso3, m.labels[i]]))
  };
}

function distance(a: readonly number[], b: readonly number[]): number {
  return Math.sqrt(a.reduce((s, v, k) => s + (v - b[k]) ** 2, 0));
}

function rankAll(overall: ReadonlyMap<string, number | null>): Map<string, number> {
  const entries = [...overall].filter((e): e is [string, number] => e[1] !== null);
  const ranks = competitionRanks(entries.map(([, v]) => v));
  return new Map(entries.map(([iso3], i) => [iso3, ranks[i]]));
}
