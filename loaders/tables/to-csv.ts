import {csvFormatBody, csvFormatRows} from "d3-dsv";
import type {TableSpec} from "../../lib/mipex/table-specs.ts";

type Row = Record<string, unknown>;

/**
 * A table as CSV: header row first, columns in the spec's order, empty cells for nulls, booleans as
 * true/false, numbers at full precision (published MIPEX scores are unrounded).
 *
 * @example
 * toCsv(spec, [{iso3: "SWE", year: 2019}]) // "iso3,year\nSWE,2019\n"
 */
export function toCsv(spec: TableSpec, rows: readonly Row[]): string {
  const names = spec.columns.map((c) => c.name);
  const header = csvFormatRows([names]);
  if (rows.length === 0) return `${header}\n`;
  const body = csvFormatBody(
    rows.map((row) => Object.fromEntries(names.map((n) => [n, row[n] === null || row[n] === undefined ? "" : String(row[n])]))),
    names
  );
  return `${header}\n${body}\n`;
}
