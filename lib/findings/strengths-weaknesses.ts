import type {PublishedSummaryFigure} from "../mipex/published-summary-figures.ts";
import type {WorkspaceTables} from "../mipex/workspace-tables.ts";
import {findingsModule} from "./findings-module.ts";
import {summaryFigureChecks, summaryFigureReport, type SummaryFigureRow} from "./summary-figures.ts";
import {areaPoints, areaSummaries, indicatorMeans, weaknessAreas, type AreaOptions} from "./strengths-weaknesses/areas.ts";
import {areaFindings, type AreaAnalysis} from "./strengths-weaknesses/findings.ts";
import {strengthsWeaknessesPage} from "./strengths-weaknesses/page.ts";

/**
 * Strengths and weaknesses (src/strengths-weaknesses.md): how each of the eight policy areas scores
 * across the MIPEX countries in one year, which areas are strongest and weakest, and which indicators
 * pull the weakest areas down — overall and by country group. The pieces are in
 * lib/findings/strengths-weaknesses/.
 */

/** The year's area scores and their statistics, computed once, with MIPEX's stated area averages reproduced. */
export interface StrengthsWeaknessesAnalysis extends AreaAnalysis {
  edition: string;
  /** The two weakest areas by mean, and any area MIPEX names as a weakness. */
  weaknessAreas: ReturnType<typeof weaknessAreas>;
  /** MIPEX's stated area "averages" beside their reproduction (rows of lib/findings/summary-figures.ts). */
  statedAreaAverages: SummaryFigureRow[];
}

/**
 * The analysis for one edition and year (2020 edition, 2019 by default).
 *
 * @example (needs the workbooks)
 * strengthsWeaknessesAnalysis(tables, figures).weaknessAreas // ["political_participation", "education"]
 */
export function strengthsWeaknessesAnalysis(
  tables: WorkspaceTables,
  figures: readonly PublishedSummaryFigure[],
  {edition = "2020", year = 2019}: AreaOptions = {}
): StrengthsWeaknessesAnalysis {
  const points = areaPoints(tables, {edition, year});
  const summaries = areaSummaries(points);
  const weak = weaknessAreas(summaries);
  return {
    year,
    edition,
    points,
    summaries,
    weaknessAreas: weak,
    indicatorMeans: indicatorMeans(tables, weak, {edition, year}),
    statedAreaAverages: summaryFigureReport(summaryFigureChecks(tables, figures)).rows.filter((r) => r.figure === "area_average")
  };
}

/**
 * The Strengths and weaknesses module: page src/strengths-weaknesses.md, loader src/data/strengths-weaknesses.json.ts.
 *
 * @example (needs the workbooks)
 * // analyse reads inputs.summaryFigures() too.
 * strengthsWeaknesses.findings(strengthsWeaknesses.analyse(inputs))[0].id // "area_mean.2019.labour_market_mobility"
 */
export const strengthsWeaknesses = findingsModule({
  stem: "strengths-weaknesses",
  title: "Strengths and weaknesses",
  idPrefixes: ["area_mean", "area_rank", "area_weakest", "indicator_mean"],
  analyse: ({tables, summaryFigures}) => strengthsWeaknessesAnalysis(tables, summaryFigures()),
  findings: areaFindings,
  pageData: strengthsWeaknessesPage
});
