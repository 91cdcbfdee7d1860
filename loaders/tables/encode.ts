import type {TableSpec} from "../../lib/mipex/table-specs.ts";
import {toArrow} from "./to-arrow.ts";
import {toCsv} from "./to-csv.ts";
import {toParquet} from "./to-parquet.ts";
import type {TableFormat} from "./workspace-tables.ts";

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
  if (format === "parquet") {
    const parquet = await toParquet(tables);
    return new Map([...parquet].map(([name, bytes]) => [`${name}.parquet`, bytes]));
  }
  const encoder = new TextEncoder();
  return new Map(tables.map(({spec, rows}) => [`${spec.name}.${format}`, format === "csv" ? encoder.encode(toCsv(spec, rows)) : toArrow(spec, rows)]));
}
