#!/usr/bin/env -S npx tsx
import {mkdirSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {parseArgs} from "node:util";
import type {Finding} from "../lib/findings/finding.ts";
import {FINDING_GROUPS} from "../lib/findings/registry.ts";
import {checkSummary, type CheckSummary} from "../loaders/mipex/check-summary.ts";
import {cachedMipex} from "../loaders/mipex/cached-tables.ts";
import {loadOutcomes} from "../loaders/outcomes/load-outcomes.ts";
import {encodeTables} from "../loaders/tables/encode.ts";
import {TABLE_FORMATS, assertUniqueKeys, specsWithRows, type TableFormat} from "../loaders/tables/workspace-tables.ts";

const USAGE = `Usage: npm run mipex -- <command> [options]

Commands:
  tables --out DIR [--format csv|parquet|arrow]   write every tidy table to DIR, one file per table
  reproduce [--json]                              print every finding: computed beside published
  check [--json] [--quiet]                        validate all sources and print a summary (--quiet: only
                                                  errors; the build uses it to fill the table cache)

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
  const {values} = parseArgs({args, options: {json: {type: "boolean", default: false}, quiet: {type: "boolean", default: false}}});
  const {tables, sources} = await cachedMipex();
  for (const {spec, rows} of specsWithRows(tables)) assertUniqueKeys(spec, rows);
  const summary = checkSummary(tables);
  if (values.quiet) return 0;
  if (values.json) {
    console.log(JSON.stringify({sources: sources.map(({id, file, knownVersion}) => ({id, file, knownVersion})), ...summary}, null, 2));
    return 0;
  }
  console.log(formatSummary(summary, sources));
  return 0;
}

async function reproduce(args: string[]): Promise<number> {
  const {values} = parseArgs({args, options: {json: {type: "boolean", default: false}}});
  const {tables} = await cachedMipex();
  const findings: Finding[] = [];
  const outcomes = () => loadOutcomes();
  for (const group of FINDING_GROUPS) findings.push(...group.findings({tables, outcomes}));
  const ids = new Set<string>();
  for (const f of findings) {
    if (ids.has(f.id)) throw new Error(`Two findings share the id ${f.id}`);
    ids.add(f.id);
  }
  if (values.json) {
    console.log(JSON.stringify(findings.map(({id, description, computed, published, difference, status}) => ({id, description, computed, published, difference, status})), null, 2));
    return 0;
  }
  console.log(formatFindings(findings));
  return 0;
}

function formatFindings(findings: readonly Finding[]): string {
  const cell = (v: number | string | null) => (v === null ? "—" : typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(4)) : v);
  const rows = findings.map((f) => [f.id, f.description, cell(f.computed), cell(f.published), f.difference === null ? "—" : f.difference.toExponential(2), f.status]);
  const header = ["id", "description", "computed", "published", "difference", "status"];
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (r: string[]) => r.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join("  ");
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line), "", `${findings.length} findings: ${[...counts].map(([s, n]) => `${n} ${s}`).join(", ")}`].join("\n");
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

// A reader who pipes the output into `head` closes the pipe early: that is the end of the output, not an
// error, so stop quietly (as cat and grep do) instead of printing Node's EPIPE stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

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
