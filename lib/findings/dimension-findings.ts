/**
 * The dimensions-and-approaches page (src/dimensions.md): MIPEX 2020's three dimensions recomputed by
 * categorical PCA, the five approaches re-derived by the method in lib/findings/approaches.ts, and
 * their comparison with the published classification. `dimensionsAnalysis` gives the page its data;
 * `dimensionFindings` gives `mipex reproduce` its findings.
 */
import {AREAS, type AreaId} from "../mipex/areas.ts";
import {APPROACHES, type Approach} from "../mipex/approach-groups.ts";
import type {WorkspaceTables} from "../mipex/workspace-tables.ts";
import {adjustedRandIndex} from "../stats/adjusted-rand.ts";
import {clusterStability} from "../stats/cluster-stability.ts";
import {confusionTable} from "../stats/confusion.ts";
import {silhouette} from "../stats/silhouette.ts";
import {classifyScores, MIPEX_DIMENSION_LABELS, type ApproachModel, type MipexDimension} from "./approach-model.ts";
import {
  agreementWithPublished,
  APPROACH_SEED,
  clusterScores,
  fitDimensions,
  indicatorMatrix,
  KMEANS_RESTARTS,
  publishedApproaches,
  topTen,
  trainApproachModel,
  type ClusterAlgorithm,
  type DimensionMethod,
  type FittedDimensions
} from "./approaches.ts";
import {finding, type Finding} from "./finding.ts";

export const DIMENSIONS_EDITION = "2020" as const;
export const DIMENSIONS_YEAR = 2019;
export const STABILITY_RESAMPLES = 200;
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
  areas: {area: AreaId; areaName: string; indicators: number; mipexDimension: MipexDimension; mipexLabel: string; dominantLabel: string; agrees: boolean; meanLoading: number[]; meanSquaredLoading: number[]}[];
  agreeingAreas: number;
  iterations: number | null;
  converged: boolean | null;
}

export interface CountryPlacement {
  iso3: string;
  name: string;
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
  stability: {resamples: number; meanAdjustedRand: number; clusters: {cluster: number; approach: Approach; size: number; meanJaccard: number; recovered: number; dissolved: number}[]};
  topTen: {computed: {iso3: string; name: string; rank: number; score: number; published: boolean}[]; published: string[]; agree: number};
  method: {seed: number; restarts: number; k: number; resamples: number};
  model: ApproachModel;
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
 * Everything the dimensions page shows, computed from the tidy tables.
 *
 * @example
 * const analysis = dimensionsAnalysis(tables);
 * analysis.catpca.dimensions[0].varianceRatio; analysis.ari; analysis.confusion;
 */
export function dimensionsAnalysis(tables: WorkspaceTables): DimensionsAnalysis {
  const matrix = indicatorMatrix(tables, {edition: DIMENSIONS_EDITION, year: DIMENSIONS_YEAR});
  const fits = {catpca: fitDimensions(matrix, "catpca"), pca: fitDimensions(matrix, "pca")};
  const main = fits.catpca;
  const {model, labels} = trainApproachModel(main);
  const published = publishedApproaches(tables.approach_groups, DIMENSIONS_YEAR);
  const ranked = new Map(topTen(tables, {edition: DIMENSIONS_EDITION, year: DIMENSIONS_YEAR}).map((c) => [c.iso3, c]));
  const names = new Map(tables.countries.map((c) => [c.iso3, c.name]));
  const overall = new Map(
    tables.overall_scores.filter((r) => r.edition === DIMENSIONS_EDITION && r.year === DIMENSIONS_YEAR && r.variant === "with_health").map((r) => [r.iso3, r.recomputed])
  );
  const allRanks = rankAll(overall);
  const clusterOfApproach = new Map(model.approaches.map((a, c) => [a, c]));

  const countries: CountryPlacement[] = matrix.countries.map((iso3, i) => {
    const c = classifyScores(model, main.scores[i]);
    if (c.cluster !== labels[i]) throw new Error(`${iso3}: nearest centroid (${c.cluster}) differs from its k-means cluster (${labels[i]})`);
    const p = published.get(iso3);
    const publishedCluster = p?.approach ? clusterOfApproach.get(p.approach) : undefined;
    return {
      iso3,
      name: names.get(iso3) ?? iso3,
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
  const table = confusionTable(compared.map((c) => c.approach), compared.map((c) => c.published as string));
  const confusion = APPROACHES.map((computed) => {
    const r = table.rowLabels.indexOf(computed);
    const counts = Object.fromEntries(APPROACHES.map((a) => [a, r < 0 || table.columnLabels.indexOf(a) < 0 ? 0 : table.counts[r][table.columnLabels.indexOf(a)]])) as Record<Approach, number>;
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
  const stabilityClusters = boot.clusters.map((c) => {
    const ours = bootToOurs.get(c.label) as number;
    return {cluster: ours, approach: model.approaches[ours - 1], size: c.size, meanJaccard: c.meanJaccard, recovered: c.recovered, dissolved: c.dissolved};
  }).sort((a, b) => a.cluster - b.cluster);

  const computedTop = [...ranked.values()].map((c) => ({iso3: c.iso3, name: names.get(c.iso3) ?? c.iso3, rank: c.rank, score: c.score, published: published.get(c.iso3)?.topTen ?? false}));
  const publishedTop = [...published.values()].filter((p) => p.topTen).map((p) => p.iso3).sort();

  return {
    edition: DIMENSIONS_EDITION,
    year: DIMENSIONS_YEAR,
    matrix: {countries: matrix.countries.length, indicators: matrix.indicators.length, missing: matrix.missing.length, missingCells: matrix.missing, coreIndicatorsPerMipex: 58},
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
    model
  };
}

function distance(a: readonly number[], b: readonly number[]): number {
  return Math.sqrt(a.reduce((s, v, k) => s + (v - b[k]) ** 2, 0));
}

function rankAll(overall: ReadonlyMap<string, number | null>): Map<string, number> {
  const entries = [...overall].filter((e): e is [string, number] => e[1] !== null);
  return new Map(entries.map(([iso3, v]) => [iso3, 1 + entries.filter(([, w]) => Number(w.toFixed(9)) > Number(v.toFixed(9))).length]));
}

/**
 * The dimensions page's findings for `mipex reproduce`: each country's computed approach beside the
 * published one, the ARI, the variance accounted for by each CATPCA dimension, and the Top Ten.
 */
export function dimensionFindings(tables: WorkspaceTables): Finding[] {
  return findingsFrom(dimensionsAnalysis(tables));
}

/** The findings of an analysis already computed (the page's loader reuses its analysis). */
export function findingsFrom(analysis: DimensionsAnalysis): Finding[] {
  const findings: Finding[] = [];
  const source = "approach_groups_published.csv (mipex.eu country pages)";
  for (const c of analysis.countries) {
    const description = c.conflict
      ? `${c.name}: approach 2019 (k-means on CATPCA dimensions); the source gives two approaches (${c.publishedAlternatives}), not compared`
      : `${c.name}: approach 2019 (k-means on CATPCA dimensions)${c.publishedConfidence === "low" ? "; published value of low confidence" : ""}`;
    findings.push(finding(`approach.${c.iso3}`, description, c.approach, c.published, source));
  }
  findings.push(finding("approach.ari", `Adjusted Rand index, computed approaches vs published, ${analysis.ariCountries} countries (conflicts left out)`, analysis.ari, null, source));
  analysis.catpca.dimensions.forEach((d) => {
    findings.push(finding(`dimension.variance.${d.dimension}`, `CATPCA (ordinal) dimension ${d.dimension}: share of the ${analysis.matrix.indicators} indicators' variance accounted for`, d.varianceRatio, null));
  });
  const computed = analysis.topTen.computed.map((c) => c.iso3).sort();
  for (const iso3 of [...new Set([...computed, ...analysis.topTen.published])].sort()) {
    const name = analysis.countries.find((c) => c.iso3 === iso3)?.name ?? iso3;
    findings.push(finding(`top_ten.${iso3}`, `${name}: in the Top Ten`, computed.includes(iso3) ? "yes" : "no", analysis.topTen.published.includes(iso3) ? "yes" : "no", source));
  }
  return findings;
}
