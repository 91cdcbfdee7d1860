import {finding, type Finding} from "../finding.ts";
import {
  AREA_GROUPS,
  PUBLISHED_WEAKNESSES,
  groupMember,
  publishedAreaOrder,
  weakestAreas,
  type AreaPoint,
  type AreaSummary,
  type IndicatorMean
} from "./areas.ts";

/** What the findings are made from: the year's area scores, their summaries and the weakest areas' indicator means. */
export interface AreaAnalysis {
  year: number;
  points: AreaPoint[];
  summaries: AreaSummary[];
  indicatorMeans: IndicatorMean[];
}

/**
 * Each area's mean (overall and by group) beside the mean of the workbook's cached area scores.
 *
 * @example (needs the workbooks)
 * import {strengthsWeaknessesAnalysis} from "../strengths-weaknesses.ts";
 * areaMeanFindings(strengthsWeaknessesAnalysis(tables, figures)).length // 32 (8 areas × 4 groups)
 */
export function areaMeanFindings({year, summaries}: Pick<AreaAnalysis, "year" | "summaries">): Finding[] {
  const findings: Finding[] = [];
  for (const s of summaries) {
    const suffix = s.group === "all" ? "" : `.${s.group}`;
    findings.push(
      finding(
        `area_mean.${year}.${s.area}${suffix}`,
        `${s.areaName}: mean area score ${year}, ${s.groupLabel} (${s.countries} countries), beside the mean of the workbook's cached area scores (MIPEX's stated "average" is the median: published_area_average.${year}.*)`,
        s.mean,
        s.publishedMean,
        "mean of the workbook's cached area scores, same countries",
        "workbook cell"
      )
    );
  }
  return findings;
}

/**
 * The page's findings for one year: each area's mean (overall and by group) beside the mean of the
 * published area scores, the order of the areas, whether the two weakest areas are the ones MIPEX 2020
 * names, and the indicator means in the weakest areas.
 *
 * @example (needs the workbooks)
 * import {strengthsWeaknessesAnalysis} from "../strengths-weaknesses.ts";
 * const weakest = areaFindings(strengthsWeaknessesAnalysis(tables, figures)).find((f) => f.id === "area_weakest.2019")!;
 * [weakest.computed, weakest.status, weakest.basis] // ["education, political_participation", "match", "published statement"]
 */
export function areaFindings(analysis: AreaAnalysis): Finding[] {
  const {year, points, summaries} = analysis;
  const findings: Finding[] = [...areaMeanFindings(analysis)];
  for (const {group, label} of AREA_GROUPS) {
    const suffix = group === "all" ? "" : `.${group}`;
    const ordered = summaries.filter((s) => s.group === group).sort((a, b) => a.rank - b.rank || a.mean - b.mean);
    const published = [...points.filter(groupMember(group))];
    const publishedOrder = publishedAreaOrder(published);
    ordered.forEach((s, i) => {
      findings.push(
        finding(
          `area_rank.${year}.${i + 1}${suffix}`,
          `${label}: area ranked ${i + 1} of ${ordered.length} by mean score ${year} (1 = strongest)`,
          s.area,
          publishedOrder?.[i] ?? null,
          publishedOrder ? "order of the means of the workbook's cached area scores" : undefined,
          publishedOrder ? "workbook cell" : "none"
        )
      );
    });
  }
  const weakest = weakestAreas(summaries, "all", PUBLISHED_WEAKNESSES.areas.length);
  findings.push(
    finding(
      `area_weakest.${year}`,
      `The ${PUBLISHED_WEAKNESSES.areas.length} weakest areas ${year} (lowest means across all countries), alphabetically`,
      [...weakest].sort().join(", "),
      [...PUBLISHED_WEAKNESSES.areas].sort().join(", "),
      PUBLISHED_WEAKNESSES.source,
      "published statement"
    )
  );
  const drivers = analysis.indicatorMeans.filter((m) => m.group === "all");
  for (const m of drivers) {
    findings.push(
      finding(
        `indicator_mean.${year}.${m.indicator}`,
        `${m.areaName} indicator "${m.title}": mean score ${year} across ${m.countries} countries`,
        m.mean,
        null,
        undefined,
        "none"
      )
    );
  }
  return findings;
}
