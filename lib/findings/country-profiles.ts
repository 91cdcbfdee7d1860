/**
 * Country profiles (src/country/[iso3].md), the compare page's data (src/compare.md) and the what-if
 * simulator's data (src/what-if.md), computed at build time from the tidy tables. Each number comes from
 * a table row (recomputed beside published) or from a rule stated here:
 *  - ranks: competition ranks of the recomputed 2019 overall score with health among all 56 countries and
 *    within each group the country belongs to (EU27, OECD members in 2019, traditional destinations);
 *    for countries of the 2025 EU update also among the update's countries in its latest year;
 *  - approach: the trained classifier (lib/findings/approaches.ts: CATPCA + k-means, applied by
 *    lib/findings/approach-model.ts classifyApproach) beside the published approach (approach_groups);
 *  - changed indicators: scores that differ between 2014 and 2019 in the 2020 edition;
 *  - most similar countries: Euclidean distance between 2019 indicator vectors (level "indicator", the
 *    items with a weight, scores 0–100), k = 5; an indicator either country lacks is left out and the
 *    squared distance scaled by (indicators / indicators compared);
 *  - outcomes: every outcome series (catalogue entry) with a value for the country, at its latest year.
 */
import {AREAS, AREA_IDS, type AreaId} from "../mipex/areas.ts";
import type {Approach} from "../mipex/approach-groups.ts";
import type {Edition} from "../mipex/editions.ts";
import {scoreBand} from "../mipex/score-bands.ts";
import type {CountryRow, WorkspaceTables} from "../mipex/workspace-tables.ts";
import type {CatalogueEntry} from "../outcomes/catalogue.ts";
import type {Observation} from "../outcomes/observation.ts";
import {classifyApproach, MIPEX_DIMENSION_LABELS, type ApproachModel} from "./approach-model.ts";
import {fitDimensions, indicatorMatrix, publishedApproaches, trainApproachModel} from "./approaches.ts";
import {competitionRanks} from "../stats/rank.ts";
import {indicatorAnswerOptions, type AnswerOption, type WhatIfData} from "./what-if.ts";
import {round} from "../format/number.ts";

export const PROFILE_EDITION: Edition = "2020";
export const PROFILE_YEAR = 2019;
export const CHANGE_FROM_YEAR = 2014;
export const NEIGHBOURS_K = 5;

const AREA_NAME = new Map(AREAS.map((a) => [a.id, a.name]));

/** Measures a profile's series hold: the two overall variants and the eight areas. */
export type Measure = "overall_with_health" | "overall_without_health" | AreaId;

export const MEASURE_LABELS: Record<Measure, string> = {
  overall_with_health: "Overall (with health)",
  overall_without_health: "Overall (without health)",
  ...(Object.fromEntries(AREAS.map((a) => [a.id, a.name])) as Record<AreaId, string>)
};

/** The groups a country is ranked in, by a predicate on its countries row. */
export const RANK_GROUPS: readonly {group: string; label: string; member: (c: CountryRow) => boolean}[] = [
  {group: "all", label: "All 56 MIPEX countries", member: () => true},
  {group: "eu27", label: "EU27", member: (c) => c.eu27},
  {group: "oecd", label: "OECD (members in 2019)", member: (c) => c.oecd},
  {group: "traditional_destinations", label: "Traditional destinations", member: (c) => c.traditional_destination}
];

/**
 * The approach classifier the dimensions page trains (same method, same seed), so a profile and the
 * simulator classify with the model page and CLI use.
 */
export function trainedApproachModel(tables: Pick<WorkspaceTables, "indicators" | "indicator_scores">): ApproachModel {
  const matrix = indicatorMatrix(tables, {edition: PROFILE_EDITION, year: PROFILE_YEAR});
  return trainApproachModel(fitDimensions(matrix, "catpca")).model;
}

/**
 * The simulator's data: the 2019 indicators (level "indicator") with weights and parsed answer options,
 * every country's scores in that order.
 */
export function whatIfData(tables: Pick<WorkspaceTables, "indicators" | "indicator_scores" | "countries">): WhatIfData {
  const indicators = tables.indicators.filter((i) => i.level === "indicator");
  const answers = indicatorAnswerOptions(tables.indicators);
  const score = new Map(
    tables.indicator_scores.filter((r) => r.edition === PROFILE_EDITION && r.year === PROFILE_YEAR).map((r) => [`${r.iso3}|${r.indicator}`, r.score])
  );
  const iso3s = [...new Set(tables.indicator_scores.filter((r) => r.edition === PROFILE_EDITION && r.year === PROFILE_YEAR).map((r) => r.iso3))].sort();
  const names = new Map(tables.countries.map((c) => [c.iso3, c.name]));
  return {
    edition: PROFILE_EDITION,
    year: PROFILE_YEAR,
    indicators: indicators.map((i) => ({code: i.code, area: i.area, title: i.title, weight: i.weight, options: answers.get(i.code) ?? []})),
    countries: iso3s.map((iso3) => ({iso3, name: names.get(iso3) ?? iso3, scores: indicators.map((i) => score.get(`${iso3}|${i.code}`) ?? null)}))
  };
}

export interface SeriesRow {
  edition: Edition;
  year: number;
  measure: Measure;
  label: string;
  recomputed: number | null;
  published: number | null;
}

export interface RankRow {
  group: string;
  label: string;
  edition: Edition;
  year: number;
  rank: number;
  of: number;
  score: number;
}

export interface ProfileIndicator {
  code: string;
  area: AreaId;
  areaName: string;
  level: "indicator" | "sub-indicator";
  parent: string | null;
  title: string;
  weight: number;
  score2019: number | null;
  answer2019: string | null;
  latestScore: number | null;
  latestYear: number | null;
  latestEdition: Edition | null;
  latestAnswer: string | null;
}

export interface ProfileChange {
  code: string;
  area: AreaId;
  areaName: string;
  level: "indicator" | "sub-indicator";
  title: string;
  from: number;
  to: number;
  change: number;
}

export interface Neighbour {
  iso3: string;
  name: string;
  distance: number;
  indicatorsCompared: number;
  overall2019: number | null;
}

export interface ProfileOutcome {
  id: string;
  label: string;
  groupLabel: string;
  unit: string;
  year: number;
  value: number;
  source: string;
}

export interface CountryProfile {
  iso3: string;
  name: string;
  region: string;
  subregion: string;
  groups: {eu27: boolean; oecd: boolean; traditionalDestination: boolean};
  editions: Edition[];
  overall2019: number | null;
  published2019: number | null;
  bandLabel: string | null;
  series: SeriesRow[];
  ranks: RankRow[];
  approach: {
    computed: Approach;
    cluster: number;
    margin: number;
    nearestOtherApproach: Approach;
    published: Approach | null;
    publishedAlternatives: Approach[];
    publishedConfidence: string | null;
    publishedTopTen: boolean;
    publishedNote: string | null;
    /** "match", "differs", "conflict" (two published approaches) or "unpublished". */
    status: "match" | "differs" | "conflict" | "unpublished";
  };
  dimensions: {dimension: string; label: string; score: number; rank: number; of: number; min: number; max: number}[];
  /** Every country's dimension scores, for the position chart. */
  dimensionField: {iso3: string; name: string; label: string; score: number}[];
  indicators: ProfileIndicator[];
  changes: ProfileChange[];
  changeYears: [number, number];
  neighbours: Neighbour[];
  outcomes: ProfileOutcome[];
  method: {neighbours: string; ranks: string; approach: string};
}

export interface ProfileInputs {
  model: ApproachModel;
  /** Outcome observations and catalogue (loaders/outcomes loadOutcomes()); none when absent. */
  outcomes?: {observations: readonly Observation[]; catalogue: readonly CatalogueEntry[]};
}

function answerFor(options: readonly AnswerOption[], score: number | null): string | null {
  if (score === null) return null;
  return options.find((o) => Math.abs(o.score - score) < 0.5)?.label ?? null;
}

/**
 * Euclidean distance between two indicator vectors over the indicators both have, its square scaled to
 * the full vector length; null when they share none.
 *
 * @example
 * indicatorDistance([100, 50, null], [50, 50, 0]) // {distance: sqrt(2500 * 3/2), compared: 2}
 */
export function indicatorDistance(a: readonly (number | null)[], b: readonly (number | null)[]): {distance: number; compared: number} | null {
  let sum = 0;
  let compared = 0;
  for (let j = 0; j < a.length; j++) {
    if (a[j] === null || b[j] === null) continue;
    sum += (a[j]! - b[j]!) ** 2;
    compared++;
  }
  return compared === 0 ? null : {distance: Math.sqrt((sum * a.length) / compared), compared};
}

/**
 * One profile per country of the countries table, in ISO3 order.
 *
 * @example
 * countryProfiles(tables, {model: trainedApproachModel(tables)}).find((p) => p.iso3 === "SWE")?.ranks[0].rank // 1
 */
export function countryProfiles(tables: WorkspaceTables, {model, outcomes}: ProfileInputs): CountryProfile[] {
  const countries = [...tables.countries].sort((a, b) => a.iso3.localeCompare(b.iso3));
  const names = new Map(countries.map((c) => [c.iso3, c.name]));

  // Series: overall (two variants) and areas, every edition and year.
  const series = new Map<string, SeriesRow[]>();
  const push = (iso3: string, row: SeriesRow) => (series.get(iso3) ?? series.set(iso3, []).get(iso3)!).push(row);
  for (const r of tables.overall_scores) {
    if (r.variant !== "with_health" && r.variant !== "without_health") continue;
    const measure: Measure = r.variant === "with_health" ? "overall_with_health" : "overall_without_health";
    push(r.iso3, {edition: r.edition, year: r.year, measure, label: MEASURE_LABELS[measure], recomputed: r.recomputed, published: r.published});
  }
  for (const r of tables.area_scores)
    push(r.iso3, {edition: r.edition, year: r.year, measure: r.area, label: MEASURE_LABELS[r.area], recomputed: r.recomputed, published: r.published});
  const measureOrder = (m: Measure) => (m === "overall_with_health" ? -2 : m === "overall_without_health" ? -1 : AREA_IDS.indexOf(m));
  for (const rows of series.values())
    rows.sort((a, b) => a.edition.localeCompare(b.edition) || measureOrder(a.measure) - measureOrder(b.measure) || a.year - b.year);

  // Ranks.
  const overall = (edition: Edition, year: number) =>
    new Map(
      tables.overall_scores
        .filter((r) => r.edition === edition && r.year === year && r.variant === "with_health" && r.recomputed !== null)
        .map((r) => [r.iso3, r.recomputed as number])
    );
  const overall2019 = overall(PROFILE_EDITION, PROFILE_YEAR);
  const published2019 = new Map(
    tables.overall_scores
      .filter((r) => r.edition === PROFILE_EDITION && r.year === PROFILE_YEAR && r.variant === "with_health")
      .map((r) => [r.iso3, r.published])
  );
  const rankIn = (scores: ReadonlyMap<string, number>, members: readonly string[], iso3: string): {rank: number; of: number} | null => {
    const field = members.filter((m) => scores.has(m));
    const i = field.indexOf(iso3);
    if (i < 0) return null;
    return {rank: competitionRanks(field.map((m) => scores.get(m)!))[i], of: field.length};
  };
  const updateYears = [...new Set(tables.overall_scores.filter((r) => r.edition === "2025").map((r) => r.year))].sort((a, b) => a - b);

  // Approach and dimensions.
  const matrix = indicatorMatrix(tables, {edition: PROFILE_EDITION, year: PROFILE_YEAR});
  const published = publishedApproaches(tables.approach_groups, PROFILE_YEAR);
  const classified = new Map(
    matrix.countries.map((iso3, i) => [
      iso3,
      classifyApproach(
        model,
        model.indicators.map((code) => matrix.values[i][matrix.indicators.findIndex((ind) => ind.code === code)] ?? null)
      )
    ])
  );
  const dimensionLabels = model.dimensionNames.map((d) => MIPEX_DIMENSION_LABELS[d]);
  const dimensionField = matrix.countries.flatMap((iso3) =>
    classified.get(iso3)!.scores.map((score, k) => ({iso3, name: names.get(iso3) ?? iso3, label: dimensionLabels[k], score}))
  );

  // Indicators and answers.
  const options = indicatorAnswerOptions(tables.indicators);
  const scoreAt = new Map<string, number>();
  const latest = new Map<string, {score: number; year: number; edition: Edition}>();
  for (const r of tables.indicator_scores) {
    scoreAt.set(`${r.iso3}|${r.edition}|${r.year}|${r.indicator}`, r.score);
    const key = `${r.iso3}|${r.indicator}`;
    const prev = latest.get(key);
    // Latest: the most recent year; between editions, the 2025 update is the newer source.
    if (!prev || r.year > prev.year || (r.year === prev.year && r.edition > prev.edition)) latest.set(key, {score: r.score, year: r.year, edition: r.edition});
  }

  // Outcomes: per country, each catalogue series at its latest year with a value.
  const outcomeRows = new Map<string, Map<string, Observation>>();
  for (const o of outcomes?.observations ?? []) {
    if (o.iso3 === null || o.value === null || o.isAggregate) continue;
    const id = `${o.indicator}|${o.group}`;
    const byId = outcomeRows.get(o.iso3) ?? outcomeRows.set(o.iso3, new Map()).get(o.iso3)!;
    const prev = byId.get(id);
    if (!prev || o.year > prev.year) byId.set(id, o);
  }
  const catalogue = new Map((outcomes?.catalogue ?? []).map((c) => [c.id, c]));

  return countries.map((c) => {
    const iso3 = c.iso3;
    const ranks: RankRow[] = [];
    for (const g of RANK_GROUPS) {
      if (!g.member(c)) continue;
      const r = rankIn(
        overall2019,
        countries.filter(g.member).map((m) => m.iso3),
        iso3
      );
      if (r) ranks.push({group: g.group, label: g.label, edition: PROFILE_EDITION, year: PROFILE_YEAR, ...r, score: overall2019.get(iso3)!});
    }
    for (const year of [...updateYears].reverse()) {
      const scores = overall("2025", year);
      if (!scores.has(iso3)) continue;
      const r = rankIn(scores, [...scores.keys()].sort(), iso3)!;
      ranks.push({group: "eu_update", label: `Countries of the 2025 EU update scored in ${year}`, edition: "2025", year, ...r, score: scores.get(iso3)!});
      break;
    }

    const cls = classified.get(iso3);
    const pub = published.get(iso3);
    const approach: CountryProfile["approach"] | null = cls
      ? {
          computed: cls.approach,
          cluster: cls.cluster,
          margin: cls.margin,
          nearestOtherApproach: cls.nearestOtherApproach,
          published: pub?.approach ?? null,
          publishedAlternatives: pub?.alternatives ?? [],
          publishedConfidence: pub?.confidence ?? null,
          publishedTopTen: pub?.topTen ?? false,
          publishedNote: pub?.note ?? null,
          status: !pub ? "unpublished" : pub.conflict ? "conflict" : pub.approach === cls.approach ? "match" : "differs"
        }
      : null;
    if (!approach) throw new Error(`${iso3} has no ${PROFILE_YEAR} indicator scores to classify`);

    const dimensions = dimensionLabels.map((label, k) => {
      const all = matrix.countries.map((other) => classified.get(other)!.scores[k]);
      const own = cls!.scores[k];
      return {
        dimension: model.dimensionNames[k],
        label,
        score: own,
        rank: competitionRanks(all)[matrix.countries.indexOf(iso3)],
        of: all.length,
        min: Math.min(...all),
        max: Math.max(...all)
      };
    });

    const indicators: ProfileIndicator[] = tables.indicators.map((ind) => {
      const s2019 = scoreAt.get(`${iso3}|${PROFILE_EDITION}|${PROFILE_YEAR}|${ind.code}`) ?? null;
      const l = latest.get(`${iso3}|${ind.code}`) ?? null;
      const opts = options.get(ind.code)!;
      return {
        code: ind.code,
        area: ind.area,
        areaName: AREA_NAME.get(ind.area)!,
        level: ind.level,
        parent: ind.parent,
        title: ind.title,
        weight: ind.weight,
        score2019: s2019,
        answer2019: answerFor(opts, s2019),
        latestScore: l?.score ?? null,
        latestYear: l?.year ?? null,
        latestEdition: l?.edition ?? null,
        latestAnswer: answerFor(opts, l?.score ?? null)
      };
    });

    const changes: ProfileChange[] = [];
    for (const ind of tables.indicators) {
      const from = scoreAt.get(`${iso3}|${PROFILE_EDITION}|${CHANGE_FROM_YEAR}|${ind.code}`);
      const to = scoreAt.get(`${iso3}|${PROFILE_EDITION}|${PROFILE_YEAR}|${ind.code}`);
      if (from === undefined || to === undefined) continue;
      const change = round(to - from, 9);
      if (change !== 0)
        changes.push({code: ind.code, area: ind.area, areaName: AREA_NAME.get(ind.area)!, level: ind.level, title: ind.title, from, to, change});
    }
    changes.sort((a, b) => b.change - a.change || AREA_IDS.indexOf(a.area) - AREA_IDS.indexOf(b.area));

    const own = matrix.values[matrix.countries.indexOf(iso3)];
    const neighbours: Neighbour[] = matrix.countries
      .filter((other) => other !== iso3)
      .map((other) => {
        const d = indicatorDistance(own, matrix.values[matrix.countries.indexOf(other)]);
        return d
          ? {iso3: other, name: names.get(other) ?? other, distance: d.distance, indicatorsCompared: d.compared, overall2019: overall2019.get(other) ?? null}
          : null;
      })
      .filter((n): n is Neighbour => n !== null)
      .sort((a, b) => a.distance - b.distance || a.iso3.localeCompare(b.iso3))
      .slice(0, NEIGHBOURS_K);

    const profileOutcomes: ProfileOutcome[] = [...(outcomeRows.get(iso3)?.values() ?? [])]
      .map((o) => {
        const entry = catalogue.get(`${o.indicator}|${o.group}`);
        return {
          id: `${o.indicator}|${o.group}`,
          label: entry?.label ?? o.indicatorLabel,
          groupLabel: entry?.groupLabel ?? o.groupLabel,
          unit: entry?.unit ?? o.unit,
          year: o.year,
          value: o.value as number,
          source: entry?.source ?? o.source
        };
      })
      .sort((a, b) => a.label.localeCompare(b.label) || a.groupLabel.localeCompare(b.groupLabel));

    const score2019 = overall2019.get(iso3) ?? null;
    return {
      iso3,
      name: c.name,
      region: c.region,
      subregion: c.subregion,
      groups: {eu27: c.eu27, oecd: c.oecd, traditionalDestination: c.traditional_destination},
      editions: [...(c.in_edition_2020 ? ["2020" as const] : []), ...(c.in_edition_2025 ? ["2025" as const] : [])],
      overall2019: score2019,
      published2019: published2019.get(iso3) ?? null,
      bandLabel: score2019 === null ? null : scoreBand(score2019).label,
      series: series.get(iso3) ?? [],
      ranks,
      approach,
      dimensions,
      dimensionField,
      indicators,
      changes,
      changeYears: [CHANGE_FROM_YEAR, PROFILE_YEAR],
      neighbours,
      outcomes: profileOutcomes,
      method: {
        neighbours: `Euclidean distance between ${PROFILE_YEAR} indicator vectors (${matrix.indicators.length} indicators with a weight, scores 0–100), k = ${NEIGHBOURS_K}; an indicator either country lacks is left out and the squared distance scaled to all ${matrix.indicators.length}.`,
        ranks: `Competition ranks ("1224") of the recomputed ${PROFILE_YEAR} overall score with health.`,
        approach: `${model.method} on the ${PROFILE_YEAR} indicators, varimax-rotated and named by the areas that load on each dimension; k-means (k = 4) on the three dimension scores; the nearest centroid gives the approach.`
      }
    };
  });
}
