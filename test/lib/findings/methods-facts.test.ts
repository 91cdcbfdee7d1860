import {existsSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import type {IndicatorRow} from "../../../lib/mipex/build-tables.ts";
import {areaWeights, CODE_FILES, fraction, publishedOnlyScores, warningKinds} from "../../../lib/findings/methods-facts.ts";

const row = (code: string, area: IndicatorRow["area"], weight: number, level: IndicatorRow["level"] = "indicator"): IndicatorRow => ({
  code,
  area,
  level,
  parent: null,
  position: 0,
  weight,
  title: code,
  description: "",
  answer_options: ""
});

describe("methods facts", () => {
  it("counts warnings by kind, largest first, with examples", () => {
    const w = (kind: string, cell: string) => ({kind, file: "f.xlsx", sheet: "SE", cell, message: `${kind} at ${cell}`});
    const kinds = warningKinds([w("erratum", "A1"), w("formula-error", "B1"), w("formula-error", "B2"), w("formula-error", "B3")], 2);
    expect(kinds.map((k) => [k.kind, k.count])).toEqual([
      ["formula-error", 3],
      ["erratum", 1]
    ]);
    expect(kinds[0].examples.map((e) => e.cell)).toEqual(["B1", "B2"]);
    expect(kinds[0].meaning).toMatch(/Excel error/);
  });

  it("tells plain means from averages of sub-means and sums weights by code prefix", () => {
    const areas = areaWeights([
      row("da1", "political_participation", 0.5),
      row("db2", "political_participation", 0.5),
      row("ea80", "permanent_residence", 0.5),
      row("eb84", "permanent_residence", 0.25),
      row("eb85", "permanent_residence", 0.25),
      row("eb85a", "permanent_residence", 0, "sub-indicator")
    ]);
    expect(areas.map((a) => [a.area, a.plainMean])).toEqual([
      ["political_participation", true],
      ["permanent_residence", false]
    ]);
    expect(areas[1].groups).toEqual([
      {prefix: "ea", items: 1, weight: 0.5, fraction: "1/2"},
      {prefix: "eb", items: 2, weight: 0.5, fraction: "1/2"}
    ]);
    expect(areas[1].subIndicators).toBe(1);
  });

  it("writes weights as fractions", () => {
    expect(fraction(1 / 12)).toBe("1/12");
    expect(fraction(1 / 24)).toBe("1/24");
    expect(fraction(0.3141)).toBe("0.3141");
  });

  it("links only to files that exist", () => {
    for (const {file} of CODE_FILES) expect(existsSync(join(import.meta.dirname, "..", "..", "..", file)), file).toBe(true);
  });

  it("lists the published scores that cannot be recomputed, years joined into runs", () => {
    const r = (iso3: string, year: number, recomputed: number | null, published: number | null = 1) =>
      ({iso3, year, edition: "2020", variant: "with_health", published, recomputed, mismatch: null, note: null, source_cell: null}) as const;
    const rows = [
      r("CZE", 2007, null),
      r("CZE", 2008, null),
      r("CZE", 2009, null),
      r("CZE", 2012, null),
      r("ARG", 2014, null),
      r("SWE", 2014, 5),
      r("FIN", 2014, null, null)
    ];
    expect(
      publishedOnlyScores(rows, [
        {iso3: "CZE", name: "Czechia"},
        {iso3: "ARG", name: "Argentina"}
      ])
    ).toEqual(["Argentina 2014", "Czechia 2007–2009, 2012"]);
  });
});
