import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import type {ColumnType, TableSpec} from "../../lib/mipex/table-specs.ts";
import {toCsv} from "./to-csv.ts";

type Row = Record<string, unknown>;

const DUCKDB_TYPES: Record<ColumnType, string> = {string: "VARCHAR", float: "DOUBLE", int: "INTEGER", bool: "BOOLEAN"};

/**
 * Tables as Parquet files, written by DuckDB from typed CSV so every column keeps its spec's type.
 * Parquet is for downloads: DuckDB-WASM reads Arrow in the browser because it has no Parquet extension
 * offline.
 *
 * @example
 * await toParquet([{spec, rows}]) // Map {"area_scores" => Uint8Array}
 */
export async function toParquet(tables: readonly {spec: TableSpec; rows: readonly Row[]}[]): Promise<Map<string, Uint8Array>> {
  const dir = mkdtempSync(join(tmpdir(), "mipex-parquet-"));
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const out = new Map<string, Uint8Array>();
    for (const {spec, rows} of tables) {
      const csv = join(dir, `${spec.name}.csv`);
      const parquet = join(dir, `${spec.name}.parquet`);
      writeFileSync(csv, toCsv(spec, rows));
      const columns = spec.columns.map((c) => `'${c.name}': '${DUCKDB_TYPES[c.type]}'`).join(", ");
      await connection.run(
        `COPY (SELECT * FROM read_csv('${csv}', header = true, columns = {${columns}}, quote = '"', escape = '"', nullstr = '')) ` +
          `TO '${parquet}' (FORMAT parquet, COMPRESSION zstd)`
      );
      out.set(spec.name, new Uint8Array(readFileSync(parquet)));
    }
    return out;
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(dir, {recursive: true, force: true});
  }
}
