import {AREAS, type AreaId} from "../../mipex/areas.ts";
import type {StrengthsWeaknessesAnalysis} from "../strengths-weaknesses.ts";
import type {SummaryFigureRow} from "../summary-figures.ts";
import {AREA_GROUPS, PUBLISHED_WEAKNESSES, groupMember, weakestAreas, type AreaPoint, type AreaSummary, type IndicatorMean} from "./areas.ts";
import {areaMeanFindings} from "./findings.ts";

/** One country's area scores in a row, one column per area id (the table behind the strip chart). */
export type WideRow = {iso3: string; name: string} & Partial<Record<AreaId, number | null>>;

/** An area's summary as a row of the page's table, with its difference from the workbook and the countries at the extremes. */
export type SummaryRow = AreaSummary & {difference: number | null; lowestNames: string; highestNames: string};

/** An indicator of a weakness area as a row of the page's table, with its mean in each group. */
export interface IndicatorRow {
  area: string;
  indicator: string;
  title: string;
  mean: number;
  belowArea: number;
  atZero: number;
  atHundred: number;
  countries: number;
  eu27: number | null;
  oecd: number | null;
  traditional_destinations: number | null;
}

/** What the page shows for one group of countries (the group menu's choice). */
export interface GroupView {
  label: string;
  /** The group's area summaries in area order (the strip chart's boxes). */
  summaries: AreaSummary[];
  points: AreaPoint[];
  /** The group's countries by name, one column per area. */
  wide: WideRow[];
  /** The summaries in rank order, as table rows. */
  summaryRows: SummaryRow[];
}

/** What the strengths-and-weaknesses page (src/strengths-weaknesses.md) reads from data/strengths-weaknesses.json. */
export interface StrengthsWeaknessesPage {
  year: number;
  edition: string;
  areas: {id: AreaId; name: string}[];
  areaNames: Record<string, string>;
  /** Each group with its two weakest and its strongest areas, and whether the weakest are MIPEX's two. */
  groups: {group: string; label: string; weakest: AreaId[]; strongest: AreaId[]; weakestAreMipex: boolean}[];
  /** All countries: the strongest, the weakest and the second-weakest area by mean, and how many countries. */
  overall: {countries: number; strongest: AreaSummary; weakest: AreaSummary; secondWeakest: AreaSummary};
  /** The two weakest areas computed and as MIPEX names them, each alphabetically, and whether they agree. */
  weaknesses: {computed: AreaId[]; published: AreaId[]; agree: boolean; source: string};
  /** How many area means (all groups) are compared with the workbook's cached scores and how many match. */
  areaMeanChecks: {compared: number; matching: number};
  /** MIPEX's stated area averages: the rows, political participation's, the counts, and the largest mean − median. */
  statedAreaAverages: {rows: SummaryFigureRow[]; politicalParticipation: SummaryFigureRow; matching: number; meanAgrees: number; largestGap: SummaryFigureRow};
  byGroup: Record<string, GroupView>;
  /** Each area's mean and rank in each group: the by-group table with its columns and headers. */
  groupTable: {rows: Record<string, string | number | null>[]; columns: string[]; header: Record<string, string>};
  weaknessAreas: AreaId[];
  indicatorRows: IndicatorRow[];
  /** The lowest-scoring indicator of each weakness area. */
  worstIndicators: IndicatorRow[];
}

/**
 * The indicator rows of the weakness areas: each indicator's all-country statistics with its mean in each
 * group, the indicators that pull their area down most first within an area.
 *
 * @example (needs the workbooks)
 * import {indicatorMeans} from "./areas.ts";
 * // Access to higher education (ca49) averages 17.9, 22.5 below the education area's mean.
 * const {indicator, mean, belowArea} = indicatorRows(["education"], indicatorMeans(tables, ["education"]))[0];
 * indicator // "ca49"
 * [mean, belowArea] // ≈ [17.86, -22.52]
 */
export function indicatorRows(weakness: readonly AreaId[], means: readonly IndicatorMean[]): IndicatorRow[] {
  return weakness.flatMap((area) => {
    const inArea = means.filter((m) => m.area === area);
    return [...new Set(inArea.map((m) => m.indicator))]
      .map((code) => {
        const byGroup = Object.fromEntries(inArea.filter((m) => m.indicator === code).map((m) => [m.group, m]));
        const a = byGroup.all;
        return {
          area: a.areaName,
          indicator: code,
          title: a.title,
          mean: a.mean,
          belowArea: a.belowArea,
          atZero: a.atZero,
          atHundred: a.atHundred,
          countries: a.countries,
          eu27: byGroup.eu27?.mean ?? null,
          oecd: byGroup.oecd?.mean ?? null,
          traditional_destinations: byGroup.traditional_destinations?.mean ?? null
        };
      })
      .sort((x, y) => x.belowArea - y.belowArea);
  });
}

/**
 * One group's view: its summaries, points, countries' rows (by name) and the summaries as rank-ordered rows.
 *
 * @example (needs the workbooks)
 * import {areaPoints, areaSummaries} from "./areas.ts";
 * const points = areaPoints(tables);
 * groupView(points, areaSummaries(points), wideRows(points), "eu27").wide.length // 27
 */
export function groupView(points: readonly AreaPoint[], summaries: readonly AreaSummary[], wide: readonly WideRow[], group: string): GroupView {
  const label = AREA_GROUPS.find((g) => g.group === group)!.label;
  const groupPoints = points.filter(groupMember(group));
  const members = new Set(groupPoints.map((p) => p.iso3));
  const groupSummaries = summaries.filter((s) => s.group === group);
  return {
    label,
    summaries: groupSummaries,
    points: groupPoints,
    wide: wide.filter((r) => members.has(r.iso3)),
    summaryRows: [...groupSummaries]
      .sort((a, b) => a.rank - b.rank)
      .map((s) => ({
        ...s,
        difference: s.publishedMean === null ? null : s.mean - s.publishedMean,
        lowestNames: s.lowest.join(", "),
        highestNames: s.highest.join(", ")
      }))
  };
}

/**
 * Every country's area scores in one row each, by name.
 *
 * @example (needs the workbooks)
 * import {areaPoints} from "./areas.ts";
 * wideRows(areaPoints(tables))[0].name // "Albania"
 */
export function wideRows(points: readonly AreaPoint[]): WideRow[] {
  return [...new Set(points.map((p) => p.iso3))]
    .map((iso3) => {
      const mine = points.filter((p) => p.iso3 === iso3);
      return {iso3, name: mine[0].name, ...Object.fromEntries(AREAS.map((a) => [a.id, mine.find((p) => p.area === a.id)?.score ?? null]))};
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * MIPEX's stated area averages with the counts the page states.
 *
 * @throws Error when political participation's average (the one the page quotes) is not stated.
 * @example (needs the workbooks)
 * import {summaryFigureChecks, summaryFigureReport} from "../summary-figures.ts";
 * const {rows} = summaryFigureReport(summaryFigureChecks(tables, figures));
 * statedAreaAverages(rows, 2019).politicalParticipation.stated // 25
 */
export function statedAreaAverages(rows: readonly SummaryFigureRow[], year: number): StrengthsWeaknessesPage["statedAreaAverages"] {
  const politicalParticipation = rows.find((r) => r.id === `published_area_average.${year}.political_participation`);
  if (!politicalParticipation) throw new Error(`published_summary_figures.csv states no political participation average for ${year}`);
  return {
    rows: [...rows],
    politicalParticipation,
    matching: rows.filter((r) => r.status === "match").length,
    meanAgrees: rows.filter((r) => r.meanAgrees).length,
    largestGap: [...rows].sort((a, b) => Math.abs(b.meanMinusReproduction) - Math.abs(a.meanMinusReproduction))[0]
  };
}

/**
 * The page's data from the analysis: the statements of its opening, the views of each group, the
 * by-group and indicator tables.
 *
 * @example (needs the workbooks)
 * import {strengthsWeaknessesAnalysis} from "../strengths-weaknesses.ts";
 * strengthsWeaknessesPage(strengthsWeaknessesAnalysis(tables, figures)).weaknesses.agree // true
 */
export function strengthsWeaknessesPage(analysis: StrengthsWeaknessesAnalysis): StrengthsWeaknessesPage {
  const {year, points, summaries} = analysis;
  const all = summaries.filter((s) => s.group === "all").sort((a, b) => a.rank - b.rank);
  const published = [...PUBLISHED_WEAKNESSES.areas].sort();
  const computed = [all[all.length - 1].area, all[all.length - 2].area].sort();
  const wide = wideRows(points);
  const meanFindings = areaMeanFindings(analysis);
  const rows = indicatorRows(analysis.weaknessAreas, analysis.indicatorMeans);
  const nameOf = Object.fromEntries(AREAS.map((a) => [a.id, a.name]));
  const summaryOf = (group: string, area: AreaId) => summaries.find((x) => x.group === group && x.area === area);
  return {
    year,
    edition: analysis.edition,
    areas: AREAS.map(({id, name}) => ({id, name})),
    areaNames: nameOf,
    groups: AREA_GROUPS.map(({group, label}) => {
      const weakest = weakestAreas(summaries, group, 2);
      return {
        group,
        label,
        weakest,
        strongest: summaries.filter((s) => s.group === group && s.rank === 1).map((s) => s.area),
        weakestAreMipex: [...weakest].sort().join() === published.join()
      };
    }),
    overall: {countries: all[0].countries, strongest: all[0], weakest: all[all.length - 1], secondWeakest: all[all.length - 2]},
    weaknesses: {computed, published, agree: computed.join() === published.join(), source: PUBLISHED_WEAKNESSES.source},
    areaMeanChecks: {compared: meanFindings.length, matching: meanFindings.filter((f) => f.status === "match").length},
    statedAreaAverages: statedAreaAverages(analysis.statedAreaAverages, year),
    byGroup: Object.fromEntries(AREA_GROUPS.map(({group}) => [group, groupView(points, summaries, wide, group)])),
    groupTable: {
      rows: AREAS.map((a) => ({
        area: a.name,
        ...Object.fromEntries(AREA_GROUPS.map((g) => [g.group, summaryOf(g.group, a.id)?.mean ?? null])),
        ...Object.fromEntries(AREA_GROUPS.map((g) => [`${g.group}_rank`, summaryOf(g.group, a.id)?.rank ?? null]))
      })),
      columns: ["area", ...AREA_GROUPS.flatMap((g) => [g.group, `${g.group}_rank`])],
      header: {
        area: "Area",
        ...Object.fromEntries(
          AREA_GROUPS.flatMap((g) => [
            [g.group, `${g.label}: average`],
            [`${g.group}_rank`, "rank"]
          ])
        )
      }
    },
    weaknessAreas: analysis.weaknessAreas,
    indicatorRows: rows,
    worstIndicators: analysis.weaknessAreas.map((area) => rows.filter((r) => r.area === nameOf[area]).sort((a, b) => a.mean - b.mean)[0])
  };
}
