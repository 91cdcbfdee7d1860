import {describe, expect, it} from "vitest";
import {TABLE_SPECS} from "../../../lib/mipex/table-specs.ts";
import {assertUniqueKeys, specsWithRows} from "../../../loaders/tables/workspace-tables.ts";
import type {WorkspaceTables} from "../../../loaders/mipex/load-mipex.ts";

const spec = (name: string) => TABLE_SPECS.find((s) => s.name === name)!;

describe("assertUniqueKeys", () => {
  const score = (iso3: string, year: number) => ({iso3, year, edition: 2020, area: "education"});

  it("accepts one row per key", () => {
    expect(() => assertUniqueKeys(spec("countries"), [{iso3: "SWE"}, {iso3: "NOR"}])).not.toThrow();
    expect(() => assertUniqueKeys(spec("area_scores"), [score("SWE", 2018), score("SWE", 2019)])).not.toThrow();
  });

  it("names the table, both rows (1-based) and the repeated key", () => {
    expect(() => assertUniqueKeys(spec("countries"), [{iso3: "SWE"}, {iso3: "NOR"}, {iso3: "SWE"}])).toThrow(
      "countries: rows 1 and 3 share the key iso3 = SWE"
    );
    expect(() => assertUniqueKeys(spec("area_scores"), [score("SWE", 2019), score("SWE", 2019)])).toThrow(
      "area_scores: rows 1 and 2 share the key iso3, year, edition, area = SWE | 2019 | 2020 | education"
    );
  });
});

describe("specsWithRows", () => {
  it("refuses tables that lack one of the specs", () => {
    expect(() => specsWithRows({} as WorkspaceTables)).toThrow('The loaders produced no table "countries"');
  });
});
