import type {WorkspaceTables} from "../mipex/workspace-tables.ts";
import {dimensionFindings} from "./dimension-findings.ts";
import type {Finding} from "./finding.ts";
import {overviewFindings} from "./overview-findings.ts";

/**
 * Every group of findings `mipex reproduce` prints, in page order. A page's findings module is added
 * here with one line.
 */
export const FINDING_GROUPS: readonly {page: string; findings: (tables: WorkspaceTables) => Finding[] | Promise<Finding[]>}[] = [
  {page: "overview", findings: overviewFindings},
  {page: "dimensions", findings: dimensionFindings},
  {page: "overview (top ten)", findings: async (tables) => (await import("./top-ten.ts")).topTenFindings(tables)},
  {page: "strengths-weaknesses", findings: async (tables) => (await import("./area-findings.ts")).areaFindings(tables)},
  {page: "trends", findings: async (tables) => (await import("./trend-findings.ts")).trendFindings(tables)},
  {page: "country profiles", findings: async (tables) => (await import("./country-findings.ts")).countryFindings(tables)},
  {page: "policies-outcomes", findings: async (tables) => (await import("./outcome-findings.ts")).outcomeFindings(tables, (await import("../../loaders/outcomes/load-outcomes.ts")).loadOutcomes())}
];
