import {existsSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import type {IndicatorRow} from "../../../lib/mipex/build-tables.ts";
import {
  areaWeights,
  CODE_FILES,
  fraction,
  lowConfidenceList,
  methodsFacts,
  publishedOnlyScores,
  scoreAgreement,
  warningKinds
} from "../../../lib/findings/methods.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";
import {checkSummary} from "../../../loaders/mipex/check-summary.ts";
import {haveSources, needing} from "../../have-sources.ts";

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

describe("the methods page's derived facts", () => {
  it("counts rows with both scores of one edition and those that agree", () => {
    const r = (edition: string, published: number | null, recomputed: number | null, mismatch: boolean | null) => ({edition, published, recomputed, mismatch});
    expect(scoreAgreement([r("2020", 1, 1, false), r("2020", 1, 2, true), r("2020", 1, null, null), r("2025", 1, 1, false)], "2020")).toEqual({
      compared: 2,
      agree: 1
    });
  });

  it("lists a low-confidence country once, naming a conflict's two rows", () => {
    expect(lowConfidenceList(["UKR 2019", "MLT 2019", "UKR 2019", "IND 2019", "IND 2019"], ["UKR 2019"])).toEqual([
      "UKR 2019 (both of its 2 rows, one per conflicting approach)",
      "MLT 2019",
      "IND 2019 (2 rows)"
    ]);
  });

  const haveData = haveSources("mipex_core", "mipex_eu", "approach_groups");
  it.skipIf(!haveData)(
    needing(
      "gathers the page's rows from the workbooks: two agreement rows per edition, weights and warnings flattened",
      "mipex_core",
      "mipex_eu",
      "approach_groups"
    ),
    async () => {
      const {tables} = await cachedMipex();
      const facts = methodsFacts({tables, sources: [], summary: checkSummary(tables), largestMeanDistance: -2.5});
      expect(facts.agreementRows).toHaveLength(2 * facts.editions.length);
      const e2020 = facts.editions.find((e) => e.edition === "2020")!;
      expect([e2020.firstYear, e2020.lastYear]).toEqual([Math.min(...e2020.years), Math.max(...e2020.years)]);
      expect(e2020.firstYear).toBe(2007);
      expect(facts.agreementRows[0]).toMatchObject({edition: facts.editions[0].edition, level: "area scores", compared: facts.editions[0].area.compared});
      expect(facts.areaWeightRows).toHaveLength(facts.areas.reduce((s, a) => s + a.weights.length, 0));
      expect(facts.plainMeanAreas + facts.subMeanAreas.length).toBe(facts.areas.length);
      expect(facts.warningExamples.length).toBe(facts.warnings.reduce((s, w) => s + w.examples.length, 0));
      expect(facts.largestMeanDistance).toBe(2.5);
    }
  );
});
