import {AREAS, type AreaId} from "../../mipex/areas.ts";
import type {Edition} from "../../mipex/editions.ts";
import type {CountryRow, WorkspaceTables} from "../../mipex/workspace-tables.ts";
import {round} from "../../format/number.ts";
import {mean} from "../../stats/mean.ts";

/**
 * The statistics of Strengths and weaknesses (src/strengths-weaknesses.md, lib/findings/strengths-weaknesses.ts):
 * each area's scores across the MIPEX countries in one year, their distribution by group, which areas are
 * strongest and weakest, and the indicator means that pull the weakest areas down.
 */

/**
 * The groups the page compares, as predicates on a country.
 *
 * @example
 * AREA_GROUPS.map((g) => g.group) // ["all", "eu27", "oecd", "traditional_destinations"]
 */
export const AREA_GROUPS: readonly {group: string; label: string; member: (c: CountryRow) => boolean}[] = [
  {group: "all", label: "All MIPEX countries", member: () => true},
  {group: "eu27", label: "EU27", member: (c) => c.eu27},
  {group: "oecd", label: "OECD (members in 2019)", member: (c) => c.oecd},
  {group: "traditional_destinations", label: "Traditional destinations (AUS, CAN, NZL, USA)", member: (c) => c.traditional_destination}
];

/**
 * MIPEX 2020's statement of the international weaknesses, the only published figure this module types
 * in. Compared with the two lowest area means computed from the workbook.
 *
 * @example
 * PUBLISHED_WEAKNESSES.areas // ["education", "political_participation"]
 */
export const PUBLISHED_WEAKNESSES = {
  areas: ["education", "political_participation"] as AreaId[],
  source: "MIPEX 2020 key findings (Solano and Huddleston 2020, mipex.eu): education and political participation named as the international weaknesses"
};

/** One country's score in one area. */
export interface AreaPoint {
  area: AreaId;
  areaName: string;
  iso3: string;
  name: string;
  /** Recomputed from the indicators. */
  score: number;
  published: number | null;
  eu27: boolean;
  oecd: boolean;
  traditionalDestination: boolean;
}

/** Distribution of one area's scores in one group of countries. */
export interface AreaSummary {
  area: AreaId;
  areaName: string;
  group: string;
  groupLabel: string;
  countries: number;
  mean: number;
  /** Mean of the workbook's published area scores of the same countries (null if any is missing). */
  publishedMean: number | null;
  median: number;
  /** Quartiles (R's default type 7). */
  q1: number;
  q3: number;
  min: number;
  max: number;
  /** Names of the countries at the minimum / maximum. */
  lowest: string[];
  highest: string[];
  standardDeviation: number;
  /** 1 = strongest area (highest mean) within the group; competition ranks. */
  rank: number;
}

/** The mean score of one indicator across a group's countries. */
export interface IndicatorMean {
  indicator: string;
  title: string;
  area: AreaId;
  areaName: string;
  group: string;
  countries: number;
  mean: number;
  /** Countries scoring 0 / 100 on it. */
  atZero: number;
  atHundred: number;
  /** Weight in the area score. */
  weight: number;
  /** The indicator's mean minus its area's mean in the group: negative = pulls the area down. */
  belowArea: number;
}

export interface AreaOptions {
  edition?: Edition;
  year?: number;
}

/**
 * Every country's recomputed score in every area for one edition and year.
 *
 * @example (needs the workbooks)
 * areaPoints(tables, {year: 2019}).length // 448 (56 countries × 8 areas)
 * @throws Error when an area score cannot be recomputed (the page would silently drop a country).
 */
export function areaPoints(tables: WorkspaceTables, {edition = "2020", year = 2019}: AreaOptions = {}): AreaPoint[] {
  const byIso3 = new Map(tables.countries.map((c) => [c.iso3, c]));
  const names = new Map(AREAS.map((a) => [a.id, a.name]));
  const rows = tables.area_scores.filter((r) => r.edition === edition && r.year === year);
  if (rows.length === 0) throw new Error(`No area scores for ${year} in the ${edition} edition`);
  return rows.map((r) => {
    if (r.recomputed === null) throw new Error(`${r.iso3} has no recomputed ${r.area} score for ${year}: ${r.note ?? "unknown reason"}`);
    const c = byIso3.get(r.iso3);
    if (!c) throw new Error(`${r.iso3} is not in the countries table`);
    return {
      area: r.area,
      areaName: names.get(r.area)!,
      iso3: r.iso3,
      name: c.name,
      score: r.recomputed,
      published: r.published,
      eu27: c.eu27,
      oecd: c.oecd,
      traditionalDestination: c.traditional_destination
    };
  });
}

/**
 * Whether a country's area score belongs to a group of {@link AREA_GROUPS}.
 *
 * @throws Error naming the groups when `group` is not one of them.
 * @example
 * groupMember("eu27")({eu27: true} as AreaPoint) // true
 */
export function groupMember(group: string): (p: AreaPoint) => boolean {
  switch (group) {
    case "all":
      return () => true;
    case "eu27":
      return (p) => p.eu27;
    case "oecd":
      return (p) => p.oecd;
    case "traditional_destinations":
      return (p) => p.traditionalDestination;
    default:
      throw new Error(`Unknown group "${group}"; groups are ${AREA_GROUPS.map((g) => g.group).join(", ")}`);
  }
}

/**
 * Mean, median, quartiles, range and rank of each area's scores, for each group (areas in report order
 * within a group; `rank` orders them by mean).
 *
 * @example (needs the workbooks)
 * const strongest = areaSummaries(areaPoints(tables)).find((s) => s.group === "all" && s.rank === 1)!;
 * [strongest.area, strongest.countries, strongest.lowest] // ["anti_discrimination", 56, ["Jordan"]]
 * [strongest.mean, strongest.median] // ≈ [68.16, 69.79]
 */
export function areaSummaries(points: readonly AreaPoint[]): AreaSummary[] {
  const out: AreaSummary[] = [];
  for (const {group, label} of AREA_GROUPS) {
    const member = groupMember(group);
    const summaries: Omit<AreaSummary, "rank">[] = [];
    for (const a of AREAS) {
      const rows = points.filter((p) => p.area === a.id && member(p));
      if (rows.length === 0) continue;
      const scores = rows.map((p) => p.score).sort((x, y) => x - y);
      const published = rows.map((p) => p.published);
      const min = scores[0];
      const max = scores[scores.length - 1];
      const m = mean(scores);
      summaries.push({
        area: a.id,
        areaName: a.name,
        group,
        groupLabel: label,
        countries: rows.length,
        mean: m,
        publishedMean: published.every((p) => p !== null) ? mean(published as number[]) : null,
        median: quantileType7(scores, 0.5),
        q1: quantileType7(scores, 0.25),
        q3: quantileType7(scores, 0.75),
        min,
        max,
        lowest: rows
          .filter((p) => p.score === min)
          .map((p) => p.name)
          .sort(),
        highest: rows
          .filter((p) => p.score === max)
          .map((p) => p.name)
          .sort(),
        standardDeviation: scores.length > 1 ? Math.sqrt(scores.reduce((s, v) => s + (v - m) ** 2, 0) / (scores.length - 1)) : 0
      });
    }
    const means = summaries.map((s) => round(s.mean, 9));
    summaries.forEach((s, i) => out.push({...s, rank: 1 + means.filter((v) => v > means[i]).length}));
  }
  return out;
}

/**
 * The areas of a group ordered from weakest (lowest mean) up, `count` of them.
 *
 * @example (needs the workbooks)
 * weakestAreas(areaSummaries(areaPoints(tables)), "all", 2) // ["political_participation", "education"]
 */
export function weakestAreas(summaries: readonly AreaSummary[], group: string, count: number): AreaId[] {
  return summaries
    .filter((s) => s.group === group)
    .sort((a, b) => a.mean - b.mean)
    .slice(0, count)
    .map((s) => s.area);
}

/**
 * Mean score of each indicator (not sub-indicator) of the given areas across each group's countries,
 * with how far it sits below its area's mean: the indicators that drive an area's weakness.
 *
 * @example (needs the workbooks)
 * indicatorMeans(tables, ["education"], {year: 2019}).filter((m) => m.group === "all").length // 7
 */
export function indicatorMeans(tables: WorkspaceTables, areas: readonly AreaId[], {edition = "2020", year = 2019}: AreaOptions = {}): IndicatorMean[] {
  const byIso3 = new Map(tables.countries.map((c) => [c.iso3, c]));
  const names = new Map(AREAS.map((a) => [a.id, a.name]));
  const indicators = tables.indicators.filter((i) => i.level === "indicator" && areas.includes(i.area));
  const scores = tables.indicator_scores.filter((s) => s.edition === edition && s.year === year && s.level === "indicator" && areas.includes(s.area));
  const areaRows = tables.area_scores.filter((r) => r.edition === edition && r.year === year && areas.includes(r.area));
  const out: IndicatorMean[] = [];
  for (const {group, member} of AREA_GROUPS) {
    const inGroup = (iso3: string) => {
      const c = byIso3.get(iso3);
      return c !== undefined && member(c);
    };
    for (const area of areas) {
      const areaScores = areaRows.filter((r) => r.area === area && inGroup(r.iso3) && r.recomputed !== null).map((r) => r.recomputed as number);
      if (areaScores.length === 0) continue;
      const areaMean = mean(areaScores);
      for (const ind of indicators.filter((i) => i.area === area)) {
        const values = scores.filter((s) => s.indicator === ind.code && inGroup(s.iso3)).map((s) => s.score);
        if (values.length === 0) continue;
        const m = mean(values);
        out.push({
          indicator: ind.code,
          title: ind.title,
          area,
          areaName: names.get(area)!,
          group,
          countries: values.length,
          mean: m,
          atZero: values.filter((v) => v === 0).length,
          atHundred: values.filter((v) => v === 100).length,
          weight: ind.weight,
          belowArea: m - areaMean
        });
      }
    }
  }
  return out;
}

/**
 * The areas whose indicators the page breaks down: the two weakest by computed mean, plus any area
 * MIPEX names as a weakness (so a disagreement is visible, not hidden).
 *
 * @example (needs the workbooks)
 * weaknessAreas(areaSummaries(areaPoints(tables))) // ["political_participation", "education"]
 */
export function weaknessAreas(summaries: readonly AreaSummary[]): AreaId[] {
  const computed = weakestAreas(summaries, "all", PUBLISHED_WEAKNESSES.areas.length);
  return [...new Set([...computed, ...PUBLISHED_WEAKNESSES.areas])];
}

/**
 * Areas ordered by the mean of their published scores, or null if a published score is missing.
 *
 * @example (needs the workbooks)
 * publishedAreaOrder(areaPoints(tables)) // ["anti_discrimination", "permanent_residence", "family_reunification", "health", "labour_market_mobility", "access_to_nationality", "education", "political_participation"]
 */
export function publishedAreaOrder(points: readonly AreaPoint[]): AreaId[] | null {
  if (points.some((p) => p.published === null)) return null;
  const means = AREAS.map((a) => ({area: a.id, values: points.filter((p) => p.area === a.id).map((p) => p.published as number)}))
    .filter((a) => a.values.length > 0)
    .map((a) => ({area: a.area, mean: mean(a.values)}));
  return means.sort((a, b) => b.mean - a.mean).map((a) => a.area);
}

/**
 * Quantile of sorted values by linear interpolation between order statistics (R's default, type 7).
 *
 * @example
 * quantileType7([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantileType7(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error("quantile of no values");
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
