// The methods page's facts, all computed: sources with their sha256, load warnings by kind, errata,
// area weights from the workbooks' own formulas, published-vs-recomputed agreement (checkSummary) and
// the code file behind each step.
import {areaWeights, CODE_FILES, publishedOnlyScores, warningKinds} from "../../lib/findings/methods-facts.ts";
import {ERRATA} from "../../lib/mipex/errata.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {checkSummary} from "../../loaders/mipex/check-summary.ts";
import {dataLoader} from "../../loaders/data-loader.ts";
import {locateSource} from "../../loaders/data-sources.ts";

export default dataLoader(import.meta.url, async () => {
  const {tables, sources: mipexSources} = await cachedMipex();
  // The summary figures MIPEX states are read by their own loader, not with the tables: listed here too.
  const sources = [...mipexSources, locateSource("published_summary_figures")];
  const summary = checkSummary(tables);
  type Compared = {edition: string; published: number | null; recomputed: number | null; mismatch: boolean | null};
  /** Rows with both a published and a recomputed score, and how many of them agree within 1e-6. */
  const agreement = (rows: readonly Compared[], edition: string) => {
    const both = rows.filter((r) => r.edition === edition && r.published !== null && r.recomputed !== null);
    return {compared: both.length, agree: both.filter((r) => r.mismatch === false).length};
  };
  const editions = summary.editions.map((e) => ({
    ...e,
    firstYear: Math.min(...e.years),
    lastYear: Math.max(...e.years),
    area: agreement(tables.area_scores, e.edition),
    overall: agreement(tables.overall_scores, e.edition)
  }));

  return JSON.stringify({
    sources: sources.map(({id, title, path, edition, citation, download, licence, sha256, actualSha256, knownVersion}) => ({
      id,
      title,
      path,
      edition,
      citation,
      download,
      licence,
      manifestSha256: sha256,
      sha256: actualSha256,
      knownVersion
    })),
    summary,
    editions,
    warnings: warningKinds(tables.load_warnings, 2),
    warningTotal: tables.load_warnings.length,
    errata: ERRATA,
    areas: areaWeights(tables.indicators),
    approachGroups: {
      rows: tables.approach_groups.length,
      byYear: Object.entries(Object.fromEntries([...new Set(tables.approach_groups.map((r) => r.reference_year))].sort().map((y) => [y, tables.approach_groups.filter((r) => r.reference_year === y).length]))),
      lowConfidence: tables.approach_groups.filter((r) => r.confidence === "low").map((r) => `${r.country} ${r.reference_year}`),
      conflicts: [...new Set(tables.approach_groups.filter((r) => r.conflict).map((r) => `${r.country} ${r.reference_year}`))]
    },
    publishedOnlyScores: publishedOnlyScores(tables.overall_scores.filter((r) => r.edition === "2020"), tables.countries),
    codeFiles: CODE_FILES
  });
});
