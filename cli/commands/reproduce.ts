import {parseArgs} from "node:util";

/** `mipex reproduce [--json] [--summary-markdown]`: every finding, computed beside published, with its basis and source. */
export async function run(args: string[]): Promise<number> {
  const {values} = parseArgs({args, options: {json: {type: "boolean", default: false}, "summary-markdown": {type: "boolean", default: false}}});
  const [{cachedMipex}, {allFindings}, {findingsSummaryMarkdown, findingsTable}, {loadOutcomes}, {loadPublishedSummaryFigures}] = await Promise.all([
    import("../../loaders/mipex/cached-tables.ts"),
    import("../../lib/findings/registry.ts"),
    import("../../lib/findings/findings-summary.ts"),
    import("../../loaders/outcomes/load-outcomes.ts"),
    import("../../loaders/mipex/published-summary-figures.ts")
  ]);
  const {tables} = await cachedMipex();
  const findings = allFindings({tables, outcomes: () => loadOutcomes(), summaryFigures: () => loadPublishedSummaryFigures()});
  if (values["summary-markdown"]) {
    console.log(findingsSummaryMarkdown(findings));
    return 0;
  }
  if (values.json) {
    console.log(
      JSON.stringify(
        findings.map(({id, description, computed, published, difference, status, basis, source}) => ({
          id,
          description,
          computed,
          published,
          difference,
          status,
          basis,
          source: source ?? null
        })),
        null,
        2
      )
    );
    return 0;
  }
  console.log(findingsTable(findings));
  return 0;
}
