import {parseArgs} from "node:util";
import type {CheckSummary} from "../../loaders/mipex/check-summary.ts";
import type {LoadedOutcomes} from "../../loaders/outcomes/load-outcomes.ts";
import type {OutcomeReport} from "../../lib/outcomes/outcome-report.ts";

/**
 * `mipex check [--json] [--quiet] [--strict] [--summary-markdown]`: validate every source (workbooks, summary
 * figures, outcome files) and print a summary; `--summary-markdown` prints README's tables section instead.
 */
export async function run(args: string[]): Promise<number> {
  const {values} = parseArgs({
    args,
    options: {
      json: {type: "boolean", default: false},
      quiet: {type: "boolean", default: false},
      strict: {type: "boolean", default: false},
      "summary-markdown": {type: "boolean", default: false}
    }
  });
  const [{cachedMipex}, {checkSummary}, {loadPublishedSummaryFigures}, {cachedOutcomes}, {outcomeReport}] = await Promise.all([
    import("../../loaders/mipex/cached-tables.ts"),
    import("../../loaders/mipex/check-summary.ts"),
    import("../../loaders/mipex/published-summary-figures.ts"),
    import("../../loaders/outcomes/cached-outcomes.ts"),
    import("../../lib/outcomes/outcome-report.ts")
  ]);
  // cachedMipex asserts every table's unique key when it reads the workbooks (a warm cache was checked then).
  const {tables, sources} = await cachedMipex();
  if (values["summary-markdown"]) {
    const {tablesSummaryMarkdown} = await import("../../loaders/mipex/tables-summary-markdown.ts");
    console.log(tablesSummaryMarkdown(tables));
    return 0;
  }
  const summary = checkSummary(tables);
  // Read here too, so that check reports a bad row of the summary figures before a build does.
  const summaryFigures = loadPublishedSummaryFigures().length;
  // Every file is read and hashed; only its parsing is cached, by that hash (a malformed file is never cached).
  const outcomes = cachedOutcomes();
  const reports = outcomeReport(outcomes);
  const failing = reports.filter((r) => r.severity === "error" || (values.strict && r.severity === "warning"));
  const files = [
    ...sources.map(({id, file, actualSha256, knownVersion}) => ({path: file, sha256: actualSha256, what: id, knownVersion})),
    ...outcomes.files.map((f) => ({path: f.path, sha256: f.sha256, what: `outcomes, ${f.format}`, knownVersion: true}))
  ];
  const code = failing.length > 0 ? 1 : 0;
  if (values.quiet) {
    for (const r of failing) console.error(`${r.severity}: ${r.message}`);
  } else if (values.json) {
    console.log(JSON.stringify({files, ...summary, summaryFigures, outcomes: {files: outcomes.files.length, reports}}, null, 2));
  } else {
    console.log(
      [
        formatFiles(files),
        formatSummary(summary, sources),
        `Published summary figures (published_summary_figures.csv): ${summaryFigures} rows`,
        formatOutcomeReports(outcomes, reports, values.strict)
      ].join("\n\n")
    );
  }
  return code;
}

function formatFiles(files: {path: string; sha256: string; what: string; knownVersion: boolean}[]): string {
  const lines = [`Files read (${files.length}), with their sha256:`];
  for (const f of files) lines.push(`  ${f.sha256}  ${f.path}  (${f.what}${f.knownVersion ? "" : "; a different version from the one checked: see warning"})`);
  return lines.join("\n");
}

function formatOutcomeReports(outcomes: LoadedOutcomes, reports: readonly OutcomeReport[], strict: boolean): string {
  const count = (severity: OutcomeReport["severity"]) => reports.filter((r) => r.severity === severity).length;
  const lines = [
    `Outcome files: ${outcomes.files.length} read, ${outcomes.observations.filter((o) => !o.derived).length} observations; ` +
      `${count("error")} errors, ${count("warning")} warnings${strict ? " (--strict: warnings fail)" : ""}, ${count("note")} notes`
  ];
  for (const severity of ["error", "warning", "note"] as const) {
    for (const r of reports.filter((x) => x.severity === severity)) lines.push(`  ${severity.padEnd(7)} ${r.kind.padEnd(22)} ${r.message}`);
  }
  return lines.join("\n");
}

function formatSummary(s: CheckSummary, sources: {id: string; file: string; knownVersion: boolean}[]): string {
  const lines = ["Sources:"];
  for (const src of sources)
    lines.push(`  ${src.id.padEnd(16)} ${src.file}${src.knownVersion ? "" : "  (a different version from the one checked: see warning)"}`);
  lines.push("", `Countries: ${s.countries}`);
  lines.push(
    `Indicators: ${s.indicators.indicator} indicators and ${s.indicators.subIndicator} sub-indicators (${Object.entries(s.indicators.byArea)
      .map(([a, n]) => `${a} ${n}`)
      .join(", ")})`
  );
  for (const e of s.editions) {
    lines.push(
      "",
      `Edition ${e.edition}: ${e.countries} countries, years ${e.years[0]}–${e.years.at(-1)} (${e.years.length}), ${e.indicatorScores} indicator scores`,
      `  area scores:    ${e.areaScores.published} published, ${e.areaScores.recomputed} recomputed, ${e.areaScores.mismatches} mismatches, ${e.areaScores.notRecomputable} published but not recomputable`,
      `  overall scores: ${e.overallScores.published} published, ${e.overallScores.recomputed} recomputed, ${e.overallScores.mismatches} mismatches, ${e.overallScores.notRecomputable} published but not recomputable`
    );
  }
  lines.push("", "Workbook inconsistencies loaded with warnings (see the load_warnings table):");
  for (const [kind, n] of Object.entries(s.warnings)) lines.push(`  ${kind.padEnd(16)} ${n}`);
  lines.push("", `Published approach classifications: ${s.approachGroups} rows`);
  return lines.join("\n");
}
