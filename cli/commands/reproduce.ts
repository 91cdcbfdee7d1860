import {parseArgs} from "node:util";
import type {Finding} from "../../lib/findings/finding.ts";

/** Findings already computed in this process, by the frozen tables and outcomes they were computed from. */
const computed = new WeakMap<object, WeakMap<object, {figures: string; findings: Finding[]}>>();

/**
 * Every finding of the cached tables, outcomes and published summary figures, computed once per process for
 * the same inputs: computing them takes seconds (the Sobol indices most), and the tests run `reproduce
 * --json` and `--summary-markdown` (README's figures) in one process. Tables and outcomes are frozen
 * (cachedMipex, cachedOutcomes), so the same objects are the same data; the summary figures are read again
 * and compared.
 *
 * @example (needs the workbooks)
 * (await reproduceFindings()).length > 0 // true
 */
export async function reproduceFindings(): Promise<Finding[]> {
  const [{cachedMipex}, {allFindings}, {cachedOutcomes}, {loadPublishedSummaryFigures}] = await Promise.all([
    import("../../loaders/mipex/cached-tables.ts"),
    import("../../lib/findings/registry.ts"),
    import("../../loaders/outcomes/cached-outcomes.ts"),
    import("../../loaders/mipex/published-summary-figures.ts")
  ]);
  const {tables} = await cachedMipex();
  const outcomes = cachedOutcomes();
  const summaryFigures = loadPublishedSummaryFigures();
  const figures = JSON.stringify(summaryFigures);
  const byOutcomes = computed.get(tables) ?? new WeakMap();
  computed.set(tables, byOutcomes);
  const earlier = byOutcomes.get(outcomes);
  if (earlier?.figures === figures) return earlier.findings;
  const findings = allFindings({tables, outcomes: () => outcomes, summaryFigures: () => summaryFigures});
  byOutcomes.set(outcomes, {figures, findings});
  return findings;
}

/** `mipex reproduce [--json] [--summary-markdown]`: every finding, computed beside published, with its basis and source. */
export async function run(args: string[]): Promise<number> {
  const {values} = parseArgs({args, options: {json: {type: "boolean", default: false}, "summary-markdown": {type: "boolean", default: false}}});
  const [{findingsSummaryMarkdown, findingsTable}, findings] = await Promise.all([import("../../lib/findings/findings-summary.ts"), reproduceFindings()]);
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
