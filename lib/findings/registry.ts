import type {PublishedSummaryFigure} from "../mipex/published-summary-figures.ts";
import type {WorkspaceTables} from "../mipex/workspace-tables.ts";
import {areaFindings} from "./area-findings.ts";
import {countryFindings} from "./country-findings.ts";
import {dimensionFindings} from "./dimension-findings.ts";
import type {Finding} from "./finding.ts";
import {outcomeFindings, type OutcomeInput} from "./outcome-findings.ts";
import {overviewFindings} from "./overview-findings.ts";
import {summaryFigureFindings} from "./summary-figures.ts";
import {robustnessAnalysis, robustnessFindings} from "./robustness.ts";
import {panelFindings} from "./panel.ts";
import {topTenFindings} from "./top-ten.ts";
import {trendFindings} from "./trend-findings.ts";

/** What findings are computed from: the MIPEX tables, and the outcome tables for the pages that use them. */
export interface FindingInputs {
  tables: WorkspaceTables;
  /** Read only when a group needs them (loading every outcome file takes about a second). */
  outcomes: () => OutcomeInput;
  /** The summary figures MIPEX states in words (published_summary_figures.csv). */
  summaryFigures: () => PublishedSummaryFigure[];
}

/**
 * Every group of findings `mipex reproduce` prints, in page order. A page's findings module is added
 * here with one line.
 */
export const FINDING_GROUPS: readonly {page: string; findings: (inputs: FindingInputs) => Finding[]}[] = [
  {page: "overview", findings: ({tables}) => overviewFindings(tables)},
  {page: "overview (published summary figures)", findings: ({tables, summaryFigures}) => summaryFigureFindings(tables, summaryFigures())},
  {page: "overview (top ten)", findings: ({tables}) => topTenFindings(tables)},
  {page: "strengths-weaknesses", findings: ({tables}) => areaFindings(tables)},
  {page: "trends", findings: ({tables}) => trendFindings(tables)},
  {page: "dimensions", findings: ({tables}) => dimensionFindings(tables)},
  {page: "country profiles", findings: ({tables}) => countryFindings(tables)},
  {page: "policies-outcomes", findings: ({tables, outcomes}) => outcomeFindings(tables, outcomes())},
  {page: "robustness", findings: ({tables}) => robustnessFindings(robustnessAnalysis(tables))},
  {page: "panel", findings: ({tables, outcomes}) => panelFindings(tables, outcomes())}
];

/**
 * Every finding of every group, in page order.
 *
 * @throws Error when two findings share an id.
 */
export function allFindings(inputs: FindingInputs): Finding[] {
  const findings = FINDING_GROUPS.flatMap((group) => group.findings(inputs));
  const ids = new Set<string>();
  for (const f of findings) {
    if (ids.has(f.id)) throw new Error(`Two findings share the id ${f.id}`);
    ids.add(f.id);
  }
  return findings;
}
