import {createHash} from "node:crypto";
import {describe, expect, it} from "vitest";
import {tableSchemaErrors, type TableSchema} from "../../../lib/site/table-schema-check.ts";
import {haveSources, needing} from "../../have-sources.ts";

const schema: TableSchema = {
  fields: [
    {name: "code", type: "string", constraints: {required: true}},
    {name: "n", type: "integer", constraints: {required: true}},
    {name: "x", type: "number"},
    {name: "ok", type: "boolean", trueValues: ["true"], falseValues: ["false"], constraints: {required: true}}
  ],
  primaryKey: ["code"],
  missingValues: [""]
};

describe("the Table Schema check", () => {
  it("accepts what the schema allows: nulls in optional fields, exponents, INF", () => {
    expect(tableSchemaErrors(schema, "code,n,x,ok\na,1,,true\nb,-2,1e-7,false\nc,3,-INF,true\n", "t.csv")).toEqual([]);
  });

  it("names file, row and field for each broken constraint", () => {
    const csv = 'code,n,x,ok\n"",1,2,true\nb,1.5,two,yes\nb,2,3,false\n';
    expect(tableSchemaErrors(schema, csv, "t.csv")).toEqual([
      't.csv, row 2, field "code": required, but empty',
      't.csv, row 3, field "n": "1.5" is not an integer',
      't.csv, row 3, field "x": "two" is not a number',
      't.csv, row 3, field "ok": "yes" is not a boolean',
      "t.csv, row 4: primary key code repeats row 3"
    ]);
  });

  it("refuses a header that is not the fields, and keywords it does not check", () => {
    const loose = {fields: [{name: "a", type: "date"}, {name: "b", type: "string", format: "email"} as never]};
    expect(tableSchemaErrors(loose, "a,c\n", "t.csv")).toEqual([
      't.csv: field "a" has type "date", which this validator does not check',
      't.csv: field "b" uses format, which this validator does not check',
      "t.csv, row 1: header a,c is not the schema's fields a,b"
    ]);
  });
});

describe.skipIf(!haveSources("mipex_core", "mipex_eu", "approach_groups"))(
  needing("the workspace's data package", "mipex_core", "mipex_eu", "approach_groups"),
  () => {
    it("holds data that keeps every constraint its schemas declare, and the bytes and hashes it states", async () => {
      const [{default: build}, {cachedMipex}, {cachedOutcomeTables}, {encodeTables}, {specsWithRows}] = await Promise.all([
        import("../../../src/data/datapackage.json.ts"),
        import("../../../loaders/mipex/cached-tables.ts"),
        import("../../../loaders/outcomes/cached-outcomes.ts"),
        import("../../../loaders/tables/encode.ts"),
        import("../../../loaders/tables/workspace-tables.ts")
      ]);
      const descriptor = JSON.parse(String(await build())) as {resources: {path: string; bytes: number; hash: string; schema: TableSchema}[]};
      const {tables} = await cachedMipex();
      const csv = new Map<string, Uint8Array>();
      for (const [name, bytes] of await encodeTables(specsWithRows(tables), "csv")) csv.set(`mipex/${name}`, bytes);
      for (const [name, bytes] of await encodeTables(cachedOutcomeTables(), "csv")) csv.set(`outcomes/${name}`, bytes);
      expect(descriptor.resources.map((r) => r.path).sort()).toEqual([...csv.keys()].sort());
      for (const resource of descriptor.resources) {
        const bytes = csv.get(resource.path)!;
        expect(resource.bytes, resource.path).toBe(bytes.length);
        expect(resource.hash, resource.path).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
        expect(tableSchemaErrors(resource.schema, new TextDecoder().decode(bytes), resource.path)).toEqual([]);
      }
    }, 300_000);
  }
);
