import {describe, expect, it} from "vitest";
import {dataPackage, tableSchema} from "../../../lib/site/datapackage.ts";
import {tableSpec} from "../../../lib/mipex/table-specs.ts";

const source = {
  id: "mipex_core",
  path: "mipex/mipex_core_2007-2019.xlsx",
  title: "MIPEX 2020 workbook",
  sha256: "abc",
  actualSha256: "abc",
  download: "https://www.mipex.eu (download page)",
  licence: "© CIDOB and MPG",
  citation: "Solano and Huddleston (2020)"
};

describe("data package", () => {
  it("maps column types and keys to a Table Schema; nullable columns are not required", () => {
    const schema = tableSchema(tableSpec("area_scores")) as {fields: {name: string; type: string; constraints?: unknown}[]; primaryKey: string[]};
    expect(schema.primaryKey).toEqual(["iso3", "year", "edition", "area"]);
    expect(schema.fields.find((f) => f.name === "year")).toMatchObject({type: "integer", constraints: {required: true}});
    expect(schema.fields.find((f) => f.name === "published")).toMatchObject({type: "number"});
    expect(schema.fields.find((f) => f.name === "published")?.constraints).toBeUndefined();
    expect(schema.fields.find((f) => f.name === "mismatch")?.type).toBe("boolean");
  });

  it("describes each table as a tabular resource with its file, hash, sources and licences", () => {
    const pkg = dataPackage({
      tables: [{spec: tableSpec("countries"), rows: 56, folder: "mipex", csv: {bytes: 1234, sha256: "f00"}, sources: ["mipex_core"]}],
      sources: [source],
      version: "0.1.0"
    });
    expect(pkg.profile).toBe("tabular-data-package");
    expect(pkg.created).toBeUndefined();
    expect(pkg.resources[0]).toMatchObject({name: "countries", path: "mipex/countries.csv", profile: "tabular-data-resource"});
    expect(JSON.stringify(pkg.licenses)).toContain("© CIDOB and MPG");
  });

  it("refuses a table whose source is unknown", () => {
    expect(() =>
      dataPackage({
        tables: [{spec: tableSpec("countries"), rows: 1, folder: "mipex", csv: {bytes: 1, sha256: "x"}, sources: ["nope"]}],
        sources: [source],
        version: "0"
      })
    ).toThrow(/unknown source "nope"/);
  });
});
