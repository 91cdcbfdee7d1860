/**
 * A profile's score series: the two overall variants and the eight area scores, every edition and year,
 * recomputed beside published, and the chart rows the profile page draws from them.
 */
import {AREAS, AREA_IDS, type AreaId} from "../../mipex/areas.ts";
import type {Edition} from "../../mipex/editions.ts";
import type {WorkspaceTables} from "../../mipex/workspace-tables.ts";

/** Measures a profile's series hold: the two overall variants and the eight areas. */
export type Measure = "overall_with_health" | "overall_without_health" | AreaId;

/**
 * Each measure's label, as the profile's tables and chart legends show it.
 *
 * @example
 * MEASURE_LABELS.overall_with_health // "Overall (with health)"
 */
export const MEASURE_LABELS: Record<Measure, string> = {
  overall_with_health: "Overall (with health)",
  overall_without_health: "Overall (without health)",
  ...(Object.fromEntries(AREAS.map((a) => [a.id, a.name])) as Record<AreaId, string>)
};

/**
 * The two overall measures (the first chart); every other measure is an area (the second chart).
 *
 * @example (needs the workbooks)
 * seriesHistory(scoreSeries(tables).get("SWE")!, OVERALL_MEASURES).map((p) => p.series)[0] // "Overall (with health)"
 */
export const OVERALL_MEASURES: readonly Measure[] = ["overall_with_health", "overall_without_health"];

export interface SeriesRow {
  edition: Edition;
  year: number;
  measure: Measure;
  label: string;
  recomputed: number | null;
  published: number | null;
}

/** One point of a profile chart: a series (the measure's label), its edition, year and recomputed score. */
export interface HistoryPoint {
  series: string;
  edition: Edition;
  year: number;
  score: number;
}

/**
 * Every country's series rows, by ISO3: overall (with and without health) and the eight areas, ordered
 * by edition, then measure (overall first, areas in AREA_IDS order), then year.
 *
 * @example (needs the workbooks)
 * // Health was first scored in 2014: Sweden's overall score with health starts there.
 * const {edition, year, measure, recomputed} = scoreSeries(tables).get("SWE")![0];
 * [edition, year, measure] // ["2020", 2014, "overall_with_health"]
 * recomputed // ≈ 87.12
 */
export function scoreSeries(tables: Pick<WorkspaceTables, "overall_scores" | "area_scores">): Map<string, SeriesRow[]> {
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
  return series;
}

/**
 * The chart points of some measures: the rows with a recomputed score, in series order.
 *
 * @example
 * const rows = [
 *   {edition: "2020", year: 2014, measure: "overall_with_health", label: "Overall (with health)", recomputed: 87.1, published: 87.1},
 *   {edition: "2020", year: 2014, measure: "health", label: "Health", recomputed: 83.4, published: null}
 * ];
 * seriesHistory(rows, OVERALL_MEASURES) // [{series: "Overall (with health)", edition: "2020", year: 2014, score: 87.1}]
 */
export function seriesHistory(rows: readonly SeriesRow[], measures: readonly Measure[]): HistoryPoint[] {
  return rows
    .filter((r) => measures.includes(r.measure) && r.recomputed !== null)
    .map((r) => ({series: r.label, edition: r.edition, year: r.year, score: r.recomputed as number}));
}

/**
 * The area measures a country's series hold, in the order they first appear.
 *
 * @example (needs the workbooks)
 * areaMeasures(scoreSeries(tables).get("SWE")!).slice(0, 2) // ["labour_market_mobility", "family_reunification"]
 */
export function areaMeasures(rows: readonly SeriesRow[]): Measure[] {
  return [...new Set(rows.map((r) => r.measure))].filter((m) => !OVERALL_MEASURES.includes(m));
}
