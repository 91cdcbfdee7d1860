/**
 * What the dimensions page (src/dimensions.md) shows beyond the analysis itself, derived here so that the
 * page only lays it out: counts and selections for its sentences, the rows of its sorted tables, and the
 * cells of its loading heatmaps. Every value comes from the analysis; nothing is recomputed.
 */
import {APPROACHES, type Approach} from "../../mipex/approach-groups.ts";
import type {CountryPlacement, DimensionsAnalysis, MethodSummary} from "./analysis.ts";
import type {AreaAgreement} from "./naming.ts";

/** One cell of a loadings heatmap (src/components/loadings-heatmap.ts). */
export interface LoadingCell {
  item: string;
  group: string;
  dimension: string;
  value: number;
}

export interface DimensionsPageView {
  /** The four approaches, in MIPEX's order (the charts' colour order). */
  approaches: readonly Approach[];
  /** Countries whose k-means approach is their published one. */
  matches: number;
  /** Countries whose k-means approach differs from their published one. */
  differences: number;
  /** Countries whose page gives two approaches, with what k-means gives them. */
  conflicts: {name: string; publishedAlternatives: string; approach: Approach}[];
  /** How many countries MIPEX puts in each approach. */
  publishedCounts: {approach: Approach; count: number}[];
  /** The dimension with the lowest mean score. */
  weakest: DimensionsAnalysis["dimensionScores"]["dimensions"][number];
  /** The declared method closest to the published approaches (ties: the first declared). */
  bestDeclared: MethodSummary;
  lowestDeclaredAri: number;
  /** The best leave-one-out classifier trained on the published labels. */
  ceiling: MethodSummary;
  /** The largest permutation p of any method, declared or tuned. */
  largestPermutationP: number;
  /** Countries no declared method gives their published approach, by name. */
  alwaysDifferent: string[];
  /** Areas that load most on a component not named after their MIPEX dimension, and that component's name. */
  disagreeingAreas: {areaName: string; loadsOn: string}[];
  /** Each area's mean rotated CATPCA loading on each component. */
  areaLoadingCells: LoadingCell[];
  /** Each indicator's rotated CATPCA loading on each component. */
  indicatorLoadingCells: LoadingCell[];
  /** Countries with a published approach that at most one declared method gives, in the analysis' order. */
  fewestAgreeing: {name: string; published: Approach; rank: number; agreeing: number}[];
  /** Per compared country: its label under every declared method and the ceiling; fewest agreeing methods first, then by name. */
  methodCountryRows: Record<string, string | number | null>[];
  /** The centre's mean over the three components, per k-means cluster (in `clusters` order). */
  clusterMeans: number[];
  /** Countries that differ, closest to a boundary (smallest margin) first. */
  differenceRows: {
    name: string;
    approach: Approach;
    published: Approach | null;
    confidence: string | null;
    own: number;
    toPublished: number | null;
    nearest: Approach;
    nearestDistance: number;
    margin: number;
  }[];
  /** Countries that differ whose nearest other cluster is their published approach, by name. */
  closeCalls: string[];
  /** The most common published → computed difference (ties: the first met), or null when none differ. */
  commonMove: {published: Approach; computed: Approach; count: number; names: string[]} | null;
  /** Lowest and highest ARI with the published approaches across the sensitivity choices. */
  sensitivityRange: [number, number];
  /** The sensitivity choice with the highest ARI (ties: the first). */
  bestSensitivity: DimensionsAnalysis["sensitivity"][number];
  /** Countries in the published Top Ten that are not among the ten highest scores. */
  topTenMissing: {name: string; rank: number; overall: number}[];
  /** Countries among the ten highest scores that the published Top Ten does not name. */
  topTenUnnamed: {name: string; rank: number}[];
}

const maxBy = <T>(items: readonly T[], value: (item: T) => number): T => items.reduce((a, b) => (value(b) > value(a) ? b : a));

/**
 * The page's derived values and sorted rows, from the analysis.
 *
 * @example (needs the workbooks)
 * import {dimensionsAnalysis} from "./analysis.ts";
 * const view = dimensionsPageView(dimensionsAnalysis(tables));
 * view.publishedCounts.map((c) => c.count) // [20, 8, 18, 9] (comprehensive, temporary, equality on paper, without integration)
 * view.matches // 45
 * // The country that differs by the smallest margin comes first.
 * view.differenceRows[0].name // "Turkey"
 * view.differenceRows[0].margin // ≈ 0.062
 */
export function dimensionsPageView(analysis: DimensionsAnalysis): DimensionsPageView {
  const {countries, methods, naming} = analysis;
  const nameOf = (iso3: string) => countries.find((c) => c.iso3 === iso3)?.name ?? iso3;
  const byIso3 = (iso3: string) => countries.find((c) => c.iso3 === iso3) as CountryPlacement;
  const differs = countries.filter((c) => c.status === "differs");
  const ceiling = methods.tuned.find((m) => m.id === methods.ceiling) as MethodSummary;
  const componentLabel = (component: number) => naming.components[component - 1].label;
  const dims = analysis.dimensionLabels;
  const namedAreas: (AreaAgreement & {areaName: string})[] = naming.areas;
  return {
    approaches: APPROACHES,
    matches: countries.filter((c) => c.status === "match").length,
    differences: differs.length,
    conflicts: countries
      .filter((c) => c.status === "conflict")
      .map((c) => ({name: c.name, publishedAlternatives: c.publishedAlternatives, approach: c.approach})),
    publishedCounts: APPROACHES.map((approach) => ({approach, count: countries.filter((c) => c.published === approach).length})),
    weakest: analysis.dimensionScores.dimensions.find((x) => x.dimension === analysis.dimensionScores.weakest)!,
    bestDeclared: maxBy(methods.declared, (m) => m.ari),
    lowestDeclaredAri: Math.min(...methods.declared.map((m) => m.ari)),
    ceiling,
    largestPermutationP: Math.max(...[...methods.declared, ...methods.tuned].map((m) => m.permutationP)),
    alwaysDifferent: methods.alwaysDifferent.map(nameOf),
    disagreeingAreas: namedAreas.filter((a) => !a.agrees).map((a) => ({areaName: a.areaName, loadsOn: componentLabel(a.dominantComponent)})),
    areaLoadingCells: analysis.catpca.areas.flatMap((a) =>
      dims.map((dimension, k) => ({item: a.areaName, group: a.mipexLabel, dimension, value: a.meanLoading[k]}))
    ),
    indicatorLoadingCells: analysis.loadings.flatMap((l) =>
      dims.map((dimension, k) => ({item: `${l.code} (${l.areaName})`, group: l.areaName, dimension, value: l.catpcaRotated[k]}))
    ),
    fewestAgreeing: Object.entries(methods.agreeingMethods)
      .filter(([, n]) => n <= 1)
      .map(([iso3, n]) => {
        const c = byIso3(iso3);
        return {name: c.name, published: c.published as Approach, rank: c.rank, agreeing: n};
      }),
    methodCountryRows: countries
      .filter((c) => c.published !== null)
      .map((c) => ({
        name: c.name,
        published: c.published,
        agreeing: c.methodsAgreeing,
        ...Object.fromEntries(methods.declared.map((m) => [m.id, m.labels[c.iso3]])),
        ceiling: ceiling.labels[c.iso3]
      }))
      .sort((a, b) => (a.agreeing as number) - (b.agreeing as number) || a.name.localeCompare(b.name)),
    clusterMeans: analysis.clusters.map((c) => c.centroid.reduce((s, v) => s + v, 0) / 3),
    differenceRows: differs
      .map((c) => ({
        name: c.name,
        approach: c.approach,
        published: c.published,
        confidence: c.publishedConfidence,
        own: c.distanceOwn,
        toPublished: c.distancePublished,
        nearest: c.nearestOtherApproach,
        nearestDistance: c.distanceNearestOther,
        margin: c.margin
      }))
      .sort((a, b) => a.margin - b.margin),
    closeCalls: differs.filter((c) => c.nearestOtherApproach === c.published).map((c) => c.name),
    commonMove: commonMove(differs),
    sensitivityRange: [Math.min(...analysis.sensitivity.map((s) => s.ariPublished)), Math.max(...analysis.sensitivity.map((s) => s.ariPublished))],
    bestSensitivity: maxBy(analysis.sensitivity, (s) => s.ariPublished),
    topTenMissing: analysis.topTen.published
      .filter((iso3) => !analysis.topTen.computed.some((c) => c.iso3 === iso3))
      .map((iso3) => {
        const c = byIso3(iso3);
        return {name: c.name, rank: c.rank, overall: c.overall};
      }),
    topTenUnnamed: analysis.topTen.computed.filter((c) => !c.published).map((c) => ({name: c.name, rank: c.rank}))
  };
}

/**
 * The most common published → computed move among countries that differ (ties: the first met).
 *
 * @example
 * commonMove([{name: "A", published: "Equality on paper", approach: "Temporary integration"}])
 * // {published: "Equality on paper", computed: "Temporary integration", count: 1, names: ["A"]}
 */
export function commonMove(
  differs: readonly Pick<CountryPlacement, "name" | "published" | "approach">[]
): {published: Approach; computed: Approach; count: number; names: string[]} | null {
  const moves = new Map<string, Pick<CountryPlacement, "name" | "published" | "approach">[]>();
  for (const c of differs) moves.set(`${c.published}→${c.approach}`, [...(moves.get(`${c.published}→${c.approach}`) ?? []), c]);
  const ranked = [...moves.values()]
    .map((group) => ({published: group[0].published as Approach, computed: group[0].approach, count: group.length, names: group.map((c) => c.name)}))
    .sort((a, b) => b.count - a.count);
  return ranked[0] ?? null;
}
