import {finding, type Finding} from "../finding.ts";
import {BOOTSTRAP_REPLICATES, type ChangeAnalysis} from "./change.ts";
import type {TrendAnalyses} from "./comparisons.ts";
import type {EditionCheck} from "./edition-check.ts";

/** What the findings are made from: the comparisons, each country's workbook cells per comparison, the edition check. */
export interface TrendFindingsInput {
  analyses: TrendAnalyses;
  /** Per comparison key, per ISO3: "file FROM-CELL → TO-CELL". */
  cells: Record<string, Record<string, string>>;
  editionCheck: EditionCheck[];
}

/**
 * The page's findings. Means and counts cover every country the workbook scores in both waves, a score
 * that cannot be recomputed counting as published (flagged in the description); the variant over the
 * recomputable countries only is beside them (`….recomputed_only`, nothing published to compare with).
 * Compared values are the workbook's cached cells: MIPEX's stated "average" change is compared in
 * lib/findings/summary-figures.ts.
 *
 * @example (needs the workbooks)
 * import {trendsAnalysis} from "../trends.ts";
 * const mean = trendFindings(trendsAnalysis(tables, figures)).find((f) => f.id === "change.2014_2019.mean")!;
 * [mean.status, mean.basis] // ["match", "workbook cell"]
 */
export function trendFindings({analyses, cells, editionCheck: checks}: TrendFindingsInput): Finding[] {
  const {main, withoutHealth, since2007, update, areas} = analyses;
  const findings: Finding[] = [];
  const meanSource = "mean of the changes of the workbook's cached scores, same countries";
  const countSource = "count over the changes of the workbook's cached scores, same countries";
  const flagged = (c: ChangeAnalysis) =>
    c.publishedScoresUsed.length > 0 ? `; published score used where it cannot be recomputed: ${c.publishedScoresUsed.join(", ")}` : "";
  for (const c of [main, withoutHealth, since2007, update]) {
    const what = c.label;
    findings.push(
      finding(`change.${c.key}.mean`, `${what}: mean change (${c.n} countries${flagged(c)})`, c.mean, c.publishedMean, meanSource, basisOf(c.publishedMean))
    );
    findings.push(finding(`change.${c.key}.mean_ci95_lower`, `${what}: 95% t-interval of the mean change, lower`, c.ci95[0], null, undefined, "none"));
    findings.push(finding(`change.${c.key}.mean_ci95_upper`, `${what}: 95% t-interval of the mean change, upper`, c.ci95[1], null, undefined, "none"));
    if (c.bootstrap95) {
      findings.push(
        finding(
          `change.${c.key}.mean_bootstrap95_lower`,
          `${what}: 95% percentile bootstrap interval (${BOOTSTRAP_REPLICATES} resamples), lower`,
          c.bootstrap95[0],
          null,
          undefined,
          "none"
        )
      );
      findings.push(
        finding(`change.${c.key}.mean_bootstrap95_upper`, `${what}: 95% percentile bootstrap interval, upper`, c.bootstrap95[1], null, undefined, "none")
      );
    }
    const at = c.sensitivity.find((s) => s.threshold === c.threshold)!;
    findings.push(
      finding(
        `change.${c.key}.improved_count`,
        `${what}: countries that improved by more than ${c.threshold} point${flagged(c)}`,
        c.improved,
        at.publishedImproved,
        countSource,
        basisOf(at.publishedImproved)
      )
    );
    findings.push(
      finding(
        `change.${c.key}.undermined_count`,
        `${what}: countries that lost more than ${c.threshold} point${flagged(c)}`,
        c.undermined,
        at.publishedUndermined,
        countSource,
        basisOf(at.publishedUndermined)
      )
    );
    if (c.publishedScoresUsed.length > 0) {
      const r = c.recomputedOnly;
      const only = `only the ${r.n} countries whose change can be recomputed`;
      findings.push(finding(`change.${c.key}.mean.recomputed_only`, `${what}: mean change over ${only}`, r.mean, null, undefined, "none"));
      findings.push(
        finding(
          `change.${c.key}.improved_count.recomputed_only`,
          `${what}: countries that improved by more than ${c.threshold} point, ${only}`,
          r.improved,
          null,
          undefined,
          "none"
        )
      );
      findings.push(
        finding(
          `change.${c.key}.undermined_count.recomputed_only`,
          `${what}: countries that lost more than ${c.threshold} point, ${only}`,
          r.undermined,
          null,
          undefined,
          "none"
        )
      );
    }
    if (c === withoutHealth) continue;
    for (const country of c.countries) {
      // A country's own finding compares the recomputation: where a score cannot be recomputed it is
      // not computable here, while the page's counts and means use the published change.
      const note = country.publishedScoreYears.length > 0 ? ` (${country.note}; the counts and means use the published change)` : "";
      findings.push(
        finding(
          `change.${c.key}.${country.iso3}`,
          `${country.name}: ${what}${note}`,
          country.recomputedChange,
          country.publishedChange,
          cells[c.key]?.[country.iso3],
          basisOf(country.publishedChange)
        )
      );
    }
  }
  for (const a of areas) {
    findings.push(
      finding(
        `change_area.2014_2019.${a.measure}`,
        `${a.label}: mean change in the area score (${a.n} countries${flagged(a)})`,
        a.mean,
        a.publishedMean,
        meanSource,
        basisOf(a.publishedMean)
      )
    );
  }
  const identical = checks.filter((c) => c.difference === 0).length;
  findings.push(
    finding(
      "edition_check.2020.identical_count",
      `Countries whose 2020 score in the 2025 EU update equals their 2019 score in the 2020 edition (of ${checks.length})`,
      identical,
      null,
      undefined,
      "none"
    )
  );
  return findings;
}

function basisOf(published: number | null): "workbook cell" | "none" {
  return published === null ? "none" : "workbook cell";
}
