// MIPEX 2020's summary figures (published_summary_figures.csv) beside the statistics that reproduce them,
// with each group's membership, for the Overview, Strengths and weaknesses, Trends and Methods pages
// (lib/findings/summary-figures.ts, lib/findings/summary-groups.ts).
import {BASIS_MEANING} from "../../lib/findings/findings-summary.ts";
import {summaryFigureChecks, summaryFigureFindings, summaryFigureReport} from "../../lib/findings/summary-figures.ts";
import {SUMMARY_GROUPS} from "../../lib/findings/summary-groups.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {loadPublishedSummaryFigures} from "../../loaders/mipex/published-summary-figures.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {tables} = await cachedMipex();
  const figures = loadPublishedSummaryFigures();
  const names = new Map(tables.countries.map((c) => [c.iso3, c.name]));
  const membersOf = (member: (c: (typeof tables.countries)[number]) => boolean) => tables.countries.filter(member).map((c) => names.get(c.iso3)!).sort();
  return JSON.stringify({
    ...summaryFigureReport(summaryFigureChecks(tables, figures)),
    groups: SUMMARY_GROUPS.map((g) => ({
      id: g.id,
      label: g.label,
      membership: g.membership,
      countries: membersOf(g.member),
      alternatives: g.alternatives.map((a) => ({label: a.label, membership: a.membership, countries: membersOf(a.member)}))
    })),
    basisMeaning: BASIS_MEANING,
    findings: summaryFigureFindings(tables, figures)
  });
});
