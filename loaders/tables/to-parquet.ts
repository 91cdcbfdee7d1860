import {tableToIPC} from "apache-arrow";
import {Compression, Table as WasmTable, WriterPropertiesBuilder, writeParquet} from "parquet-wasm/node";
import type {TableSpec} from "../../lib/mipex/table-specs.ts";
import {arrowTable} from "./to-arrow.ts";

type Row = Record<string, unknown>;

/**
 * A table as a zstd-compressed Parquet file, written by parquet-wasm from the same typed Arrow table as
 * the Arrow IPC file (to-arrow.ts), so every column keeps its spec's type (text columns stay
 * dictionary-encoded; readers such as DuckDB read them as strings). The SQL console's result downloads
 * are written by the same library in the browser (src/components/parquet-writer.ts). Parquet is for
 * downloads: DuckDB-WASM reads Arrow in the browser because it has no Parquet extension offline.
 * An empty text in a nullable column is written as null, as the CSV (and the Parquet files written from
 * it before) has it: the downloads agree with one another.
 *
 * @example
 * toParquet(spec, rows) // Uint8Array, readable by DuckDB's read_parquet
 */
export function toParquet(spec: TableSpec, rows: readonly Row[]): Uint8Array {
  const table = WasmTable.fromIPCStream(tableToIPC(arrowTable(spec, withCsvNulls(spec, rows)), "stream"));
  const properties = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).setCreatedBy("MIPEX Workspace (parquet-wasm)").build();
  return writeParquet(table, properties);
}

/** `rows` with empty text in nullable text columns as null (CSV writes both as an empty cell). */
function withCsvNulls(spec: TableSpec, rows: readonly Row[]): readonly Row[] {
  const columns = spec.columns.filter((c) => c.type === "string" && c.nullable).map((c) => c.name);
  if (!columns.some((c) => rows.some((row) => row[c] === ""))) return rows;
  return rows.map((row) =>
    columns.some((c) => row[c] === "") ? {...row, ...Object.fromEntries(columns.filter((c) => row[c] === "").map((c) => [c, null]))} : row
  );
}
