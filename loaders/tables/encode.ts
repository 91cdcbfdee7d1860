import type {TableSpec} from "../../lib/mipex/table-specs.ts";
import {toArrow} from "./to-arrow.ts";
import {toCsv} from "./to-csv.ts";
import {toParquet} from "./to-parquet.ts";
import type {TableFormat} from "./workspace-tables.ts";

const ENCODERS: Record<TableFormat, (spec: TableSpec, rows: readonly Record<string, unknown>[]) => Uint8Array> = {
  csv: (spec, rows) => new TextEncoder().encode(toCsv(spec, rows)),
  arrow: toArrow,
  parquet: toParquet
};

/**
 * Encodes tables in one format: file name → bytes, each file named after its table.
 *
 * @example
 * await encodeTables(tables, "csv") // Map {"countries.csv" => Uint8Array, ...}
 */
export async function encodeTables(
  tables: readonly {spec: TableSpec; rows: readonly Record<string, unknown>[]}[],
  format: TableFormat
): Promise<Map<string, Uint8Array>> {
  return new Map(tables.map(({spec, rows}) => [`${spec.name}.${format}`, ENCODERS[format](spec, rows)]));
}
