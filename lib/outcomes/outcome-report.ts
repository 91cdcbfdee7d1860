import {valueColumnOf, type OutcomeFormat} from "./detect.ts";
import {describeFlag} from "./flags.ts";
import type {Conflict, Exclusion, Observation} from "./observation.ts";

/**
 * How much a finding about the outcome files matters to `mipex check`: an error (exit 1) must be resolved
 * before the numbers are whole; a warning (exit 1 with `--strict`) is read and reported; a note only informs.
 */
export type Severity = "error" | "warning" | "note";

/** One thing `mipex check` says about the outcome files, at a file, row and column (the message names them too). */
export interface OutcomeReport {
  severity: Severity;
  kind: "conflict-across-files" | "conflict" | "duplicate" | "unknown-geography" | "flag";
  file: string;
  row: number;
  column: string;
  message: string;
}

/** What the report is made from: the loader's result (loaders/outcomes/load-outcomes.ts) in plain fields. */
export interface OutcomeReportInput {
  observations: readonly Observation[];
  exclusions: readonly Exclusion[];
  conflicts: readonly Conflict[];
  files: readonly {label: string; format: OutcomeFormat}[];
}

const describeKey = (c: Conflict) => `${c.geo} ${c.year} ${c.indicator} [${c.group}]`;

/**
 * Every conflict, excluded row and flag in the outcome files, each at its file, row and column:
 * - a conflict between files is an error: a user file disagrees with another, and the value is left out of
 *   every statistic until one of the rows is removed;
 * - a conflict within one file is a warning (the press-reported files record disagreeing quotes on purpose),
 *   as are duplicates and rows of unknown geography, which are left out;
 * - flagged values (Eurostat b, u, ...) are notes, one per file and flag, with the first row and the count.
 *
 * @example (needs the workbooks)
 * import {cachedOutcomes} from "../../loaders/outcomes/cached-outcomes.ts";
 * outcomeReport(cachedOutcomes()).filter((r) => r.severity === "error") // [] (no two of the shared files disagree)
 */
export function outcomeReport({observations, exclusions, conflicts, files}: OutcomeReportInput): OutcomeReport[] {
  const reports: OutcomeReport[] = [];
  for (const c of conflicts) {
    const across = new Set(c.files).size > 1;
    const at = c.rows.map((row, i) => `${c.values[i] ?? "empty"} (${c.files[i]}, row ${row}, column "${c.columns[i]}")`).join(" vs ");
    reports.push({
      severity: across ? "error" : "warning",
      kind: across ? "conflict-across-files" : "conflict",
      file: c.files[0],
      row: c.rows[0],
      column: c.columns[0],
      message: `${c.files[0]}, row ${c.rows[0]}, column "${c.columns[0]}": ${describeKey(c)} has different values ${across ? "in different files" : "in one file"}: ${at}; left out of every statistic${across ? " until one of the rows is removed" : ""}`
    });
  }
  for (const e of exclusions) reports.push({severity: "warning", kind: e.reason, file: e.file, row: e.row, column: e.column, message: e.message});
  const formats = new Map(files.map((f) => [f.label, f.format]));
  const flagged = new Map<string, {file: string; flag: string; first: Observation; count: number}>();
  for (const o of observations) {
    if (!o.flag || o.derived) continue;
    const key = `${o.sourceFile}\0${o.flag}`;
    const seen = flagged.get(key);
    if (seen) seen.count++;
    else flagged.set(key, {file: o.sourceFile, flag: o.flag, first: o, count: 1});
  }
  for (const {file, flag, first, count} of flagged.values()) {
    const column = valueColumnOf(formats.get(file) ?? "tidy")(first);
    reports.push({
      severity: "note",
      kind: "flag",
      file,
      row: first.row,
      column,
      message: `${file}: ${count} value${count === 1 ? "" : "s"} flagged "${flag}" (${describeFlag(flag)}), the first at row ${first.row}, column "${column}"; kept with the flag`
    });
  }
  return reports;
}
