#!/usr/bin/env -S npx tsx
import {mkdirSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {parseArgs} from "node:util";
import {findingsSummaryMarkdown, findingsTable} from "../lib/findings/findings-summary.ts";
import {allFindings} from "../lib/findings/registry.ts";
import {checkSummary, type CheckSummary} from "../loaders/mipex/check-summary.ts";
import {cachedMipex} from "../loaders/mipex/cached-tables.ts";
import {loadPublishedSummaryFigures} from "../loaders/mipex/published-summary-figures.ts";
import {loadOutcomes, type LoadedOutcomes} from "../loaders/outcomes/load-outcomes.ts";
import {outcomeReport, type OutcomeReport} from "../lib/outcomes/outcome-report.ts";
import {encodeTables} from "../loaders/tables/encode.ts";
import {TABLE_FORMATS, assertUniqueKeys, specsWithRows, type TableFormat} from "../loaders/tables/workspace-tables.ts";

const USAGE = `Usage: npm run mipex -- <command> [options]

Commands:
  tables --out DIR [--format csv|parquet|arrow]   write every tidy table to DIR, one file per table
  reproduce [--json] [--summary-markdown]         print every finding: computed beside published, its basis
                                                  and source (--summary-markdown: the README's paragraph)
  check [--json] [--quiet] [--strict]             validate all sources (workbooks and outcome files), list the
                                                  files read with their sha256, print a summary and every
                                                  outcome conflict, duplicate, unknown geography and flag at
                                                  its file, row and column; exit 1 on errors (--strict: also
                                                  on outcome warnings; --quiet: print only those)
  robustness [--draws N] [--seed S] [--json]      rank intervals, Top Ten probabilities and Sobol indices over
                                                  alternative choices of the index (see --help robustness)

Sources are found in $MIPEX_DATA_DIR, data/raw/ or ../shared/data (see README).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h") {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === "tables") return tables(rest);
  if (command === "check") return check(rest);
  if (command === "reproduce") return reproduce(rest);
  if (command === "robustness") return (await import("./robustness.ts")).robustnessCommand(rest);
  console.error(`Unknown command "${command}".\n\n${USAGE}`);
  return 2;
}

async function tables(args: string[]): Promise<number> {
  const {values} = parseArgs({args, options: {out: {type: "string"}, format: {type: "string", default: "csv"}}});
  if (!values.out) {
    console.error(`tables needs --out DIR.\n\n${USAGE}`);
    return 2;
  }
  const format = values.format as TableFormat;
  if (!TABLE_FORMATS.includes(format)) {
    console.error(`Unknown format "${values.format}"; use one of ${TABLE_FORMATS.join(", ")}.`);
    return 2;
  }
  const {tables} = await cachedMipex();
  const all = specsWithRows(tables);
  for (const {spec, rows} of all) assertUniqueKeys(spec, rows);
  const out = resolve(values.out);
  mkdirSync(out, {recursive: true});
  for (const [name, bytes] of await encodeTables(all, format)) {
    writeFileSync(join(out, name), bytes);
    console.log(`${join(out, name)}  ${all.find((t) => name.startsWith(`${t.spec.name}.`))!.rows.length} rows`);
  }
  return 0;
}

async function check(args: string[]): Promise<number> {
  const {values} = parseArgs({args, options: {json: {type: "boolean", default: false}, quiet: {type: "boolean", default: false}, strict: {type: "boolean", default: false}}});
  const {tables, sources} = await cachedMipex();
  for (const {spec, rows} of specsWithRows(tables)) assertUniqueKeys(spec, rows);
  const summary = checkSummary(tables);
  // Read here too, so that check reports a bad row of the summary figures before a build does.
  const summaryFigures = loadPublishedSummaryFigures().length;
  const outcomes = loadOutcomes();
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
    console.log([formatFiles(files), formatSummary(summary, sources), `Published summary figures (published_summary_figures.csv): ${summaryFigures} rows`, formatOutcomeReports(outcomes, reports, values.strict)].join("\n\n"));
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

async function reproduce(args: string[]): Promise<number> {
  const {values} = parseArgs({args, options: {json: {type: "boolean", default: false}, "summary-markdown": {type: "boolean", default: false}}});
  const {tables} = await cachedMipex();
  const findings = allFindings({tables, outcomes: () => loadOutcomes(), summaryFigures: () => loadPublishedSummaryFigures()});
  if (values["summary-markdown"]) {
    console.log(findingsSummaryMarkdown(findings));
    return 0;
  }
  if (values.json) {
    console.log(JSON.stringify(findings.map(({id, description, computed, published, difference, status, basis, source}) => ({id, description, computed, published, difference, status, basis, source: source ?? null})), null, 2));
    return 0;
  }
  console.log(findingsTable(findings));
  return 0;
}

function formatSummary(s: CheckSummary, sources: {id: string; file: string; knownVersion: boolean}[]): string {
  const lines = ["Sources:"];
  for (const src of sources) lines.push(`  ${src.id.padEnd(16)} ${src.file}${src.knownVersion ? "" : "  (a different version from the one checked: see warning)"}`);
  lines.push("", `Countries: ${s.countries}`);
  lines.push(`Indicators: ${s.indicators.indicator} indicators and ${s.indicators.subIndicator} sub-indicators (${Object.entries(s.indicators.byArea).map(([a, n]) => `${a} ${n}`).join(", ")})`);
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

// exitCode, not exit(): exiting at once would cut off output still being written to a pipe.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(`mipex: ${error.message}`);
    process.exitCode = 1;
  }
);
