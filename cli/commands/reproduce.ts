import {parseArgs} from "node:util";

/** `mipex reproduce [--json] [--summary-markdown]`: every finding, computed beside published, with its basis and source. */
export async function run(args: string[]): Promise<number> {
  const {values} = parseArgs({args, options: {json: {type: "boolean", default: false}, "summary-markdown": {type: "boolean", default: false}}});
  const [{findingInputs}, {allFindings}, {findingsSummaryMarkdown, findingsTable}] = await Promise.all([
    import("../../loaders/findings-loader.ts"),
    import("../../lib/findings/registry.ts"),
    import("../../lib/findings/findings-summary.ts")
  ]);
  // The build's inputs, each read once however many modules ask for it (the outcome files: policies and
  // outcomes, and the panel).
  const findings = allFindings(await findingInputs());
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
