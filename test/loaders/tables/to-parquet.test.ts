// The Parquet downloads, written by parquet-wasm from the typed Arrow table, read back by DuckDB: the
// same rows, every column with its spec's type, an empty text in a nullable column as null (as the CSV).
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {afterAll, describe, expect, it} from "vitest";
import type {TableSpec} from "../../../lib/mipex/table-specs.ts";
import {encodeTables} from "../../../loaders/tables/encode.ts";
import {toParquet} from "../../../loaders/tables/to-parquet.ts";

const spec: TableSpec = {
  name: "example",
  description: "A table for the Parquet writer's tests",
  key: ["iso3", "year"],
  columns: [
    {name: "iso3", type: "string", description: "Country"},
    {name: "year", type: "int", description: "Year"},
    {name: "score", type: "float", description: "Score", nullable: true},
    {name: "scored", type: "bool", description: "Whether scored", nullable: true},
    {name: "note", type: "string", description: "Free text", nullable: true}
  ]
};
const rows = [
  {iso3: "SWE", year: 2019, score: 85.96491228070175, scored: true, note: 'a note, with a comma and "quotes"'},
  {iso3: "SWE", year: 2014, score: null, scored: null, note: null},
  {iso3: "FIN", year: 2019, score: -0.5, scored: false, note: ""},
  {iso3: "FIN", year: 2014, score: 1e-12, scored: true, note: "ünïcödé — …"}
];

const dir = mkdtempSync(join(tmpdir(), "mipex-parquet-test-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

async function readBack(bytes: Uint8Array): Promise<{types: string[]; rows: Record<string, unknown>[]}> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.parquet`);
  writeFileSync(path, bytes);
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  try {
    const types = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path}')`)).getRowObjects().map((r) => String(r.column_type));
    const read = (await connection.runAndReadAll(`SELECT * FROM read_parquet('${path}')`)).getRowObjects();
    return {types, rows: read};
  } finally {
    connection.closeSync();
  }
}

describe("toParquet", () => {
  it("writes rows DuckDB reads back unchanged, typed by the spec", async () => {
    const back = await readBack(toParquet(spec, rows));
    expect(back.types).toEqual(["VARCHAR", "INTEGER", "DOUBLE", "BOOLEAN", "VARCHAR"]);
    expect(back.rows).toEqual(rows.map((row) => ({...row, note: row.note === "" ? null : row.note})));
  });
  it("keeps the types of an empty table", async () => {
    const back = await readBack(toParquet(spec, []));
    expect(back).toEqual({types: ["VARCHAR", "INTEGER", "DOUBLE", "BOOLEAN", "VARCHAR"], rows: []});
  });
  it("is what encodeTables writes for the parquet format", async () => {
    const files = await encodeTables([{spec, rows}], "parquet");
    expect([...files.keys()]).toEqual(["example.parquet"]);
    expect((await readBack(files.get("example.parquet")!)).rows).toHaveLength(rows.length);
  });
});
