import type {WorkspaceTables} from "../mipex/workspace-tables.ts";
import {finding, type Finding} from "./finding.ts";
import {groupAverages} from "./group-averages.ts";
import {ranking} from "./ranking.ts";

/**
 * The overview's findings: every country's 2019 overall score (with and without health) and rank, and
 * the group means, each recomputed from the indicators beside the number the workbook's cached cells
 * give (basis "workbook cell": a check of the recomputation). What MIPEX states as a group's "average"
 * is the median, compared in lib/findings/summary-figures.ts.
 */
export function overviewFindings(tables: WorkspaceTables): Finding[] {
  const findings: Finding[] = [];
  for (const variant of ["with_health", "without_health"] as const) {
    const suffix = variant === "with_health" ? "" : ".without_health";
    const label = variant === "with_health" ? "with health" : "without health";
    const ranked = ranking(tables.overall_scores, tables.countries, {edition: "2020", year: 2019, variant});
    for (const c of ranked) {
      findings.push(
        finding(
          `overall.2019.${c.iso3}${suffix}`,
          `${c.name}: overall score 2019 (${label})`,
          c.score,
          c.published,
          `mipex_core_2007-2019.xlsx ${c.sourceCell}`,
          "workbook cell"
        )
      );
      findings.push(
        finding(
          `rank.2019.${c.iso3}${suffix}`,
          `${c.name}: rank 2019 (${label})`,
          c.rank,
          c.publishedRank,
          "rank of the workbook's cached overall scores (mipex_core_2007-2019.xlsx, Overall Scores block of each sheet)",
          "workbook cell"
        )
      );
    }
    for (const g of groupAverages(ranked)) {
      findings.push(
        finding(
          `overall_mean.2019.${g.group}${suffix}`,
          `${g.label}: mean overall score 2019 (${label}), ${g.countries} countries, beside the mean of the workbook's cached scores (MIPEX's stated "average" is the median: published_average.2019.*)`,
          g.mean,
          g.publishedMean,
          "mean of the workbook's cached overall scores, same countries",
          "workbook cell"
        )
      );
    }
  }
  return findings;
}
