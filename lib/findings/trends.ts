import type {PublishedSummaryFigure} from "../mipex/published-summary-figures.ts";
import type {WorkspaceTables} from "../mipex/workspace-tables.ts";
import {findingsModule} from "./findings-module.ts";
import {summaryFigureChecks, summaryFigureReport, type SummaryFigureRow} from "./summary-figures.ts";
import {changeCells} from "./trends/change.ts";
import {trendAnalyses, type TrendAnalyses} from "./trends/comparisons.ts";
import {editionCheck, type EditionCheck} from "./trends/edition-check.ts";
import {trendFindings} from "./trends/findings.ts";
import {indicatorChanges, type IndicatorChange} from "./trends/indicator-changes.ts";
import {trendsPage} from "./trends/page.ts";
import {panelAverages, seriesPoints, type AveragePoint, type SeriesPoint} from "./trends/series.ts";

/**
 * Trends (src/trends.md): MIPEX scores over time per country and on average, who improved and who
 * undermined policy between two waves, by how much on average (with a t and a bootstrap interval), by
 * area, which indicators changed, and how the 2025 EU update's 2020 scores line up with the 2020
 * edition's. The two editions are never joined into one series. The pieces are in lib/findings/trends/.
 */

/** Everything the trends page and its findings are made from, computed once. */
export interface TrendsAnalysis {
  points: SeriesPoint[];
  averages: AveragePoint[];
  analyses: TrendAnalyses;
  /** Per comparison key (main, since 2007, update), per ISO3: the workbook cells of its two scores. */
  cells: Record<string, Record<string, string>>;
  indicatorChanges: IndicatorChange[];
  editionCheck: EditionCheck[];
  /** The countries with a series, in the tables' order. */
  countries: {iso3: string; name: string; eu27: boolean}[];
  /** How many countries have a recomputable 2007 score in each variant (why the 2007 comparison leaves out education). */
  coverage2007: {without_health: number; without_health_education: number};
  /** MIPEX's stated "average" changes (overall and by area), reproduced: rows of lib/findings/summary-figures.ts. */
  statedChanges: SummaryFigureRow[];
}

/**
 * The trends analysis: series, panel averages, the comparisons between waves, the indicator changes,
 * the edition check and the stated changes, each computed once.
 *
 * @example (needs the workbooks)
 * trendsAnalysis(tables, figures).analyses.main.n // 56
 */
export function trendsAnalysis(tables: WorkspaceTables, figures: readonly PublishedSummaryFigure[]): TrendsAnalysis {
  const points = seriesPoints(tables);
  const analyses = trendAnalyses(tables);
  const scored = new Set(points.map((p) => p.iso3));
  const coverage = (variant: "without_health" | "without_health_education") =>
    tables.overall_scores.filter((r) => r.edition === "2020" && r.year === 2007 && r.variant === variant && r.recomputed !== null).length;
  return {
    points,
    averages: panelAverages(points, tables.countries),
    analyses,
    cells: Object.fromEntries([analyses.main, analyses.since2007, analyses.update].map((c) => [c.key, changeCells(tables, c)])),
    indicatorChanges: indicatorChanges(tables, 2014, 2019),
    editionCheck: editionCheck(tables),
    countries: tables.countries.filter((c) => scored.has(c.iso3)).map(({iso3, name, eu27}) => ({iso3, name, eu27})),
    coverage2007: {without_health: coverage("without_health"), without_health_education: coverage("without_health_education")},
    statedChanges: summaryFigureReport(summaryFigureChecks(tables, figures)).rows.filter((r) => r.figure === "overall_change" || r.figure === "area_change")
  };
}

/**
 * The Trends module: page src/trends.md, loader src/data/trends.json.ts.
 *
 * @example (needs the workbooks)
 * // analyse reads inputs.summaryFigures() too.
 * trends.findings(trends.analyse(inputs))[0].id // "change.2014_2019.mean"
 */
export const trends = findingsModule({
  stem: "trends",
  title: "Trends",
  idPrefixes: ["change", "change_area", "edition_check"],
  analyse: ({tables, summaryFigures}) => trendsAnalysis(tables, summaryFigures()),
  findings: trendFindings,
  pageData: trendsPage
});
