import {beforeAll, describe, expect, it} from "vitest";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";
import {checkSummary} from "../../../loaders/mipex/check-summary.ts";
import type {WorkspaceTables} from "../../../lib/mipex/workspace-tables.ts";
import {haveSources, needing} from "../../have-sources.ts";

const SOURCES = ["mipex_core", "mipex_eu", "approach_groups"];
const haveData = haveSources(...SOURCES);

// The official workbooks in ../shared/data: the facts below were read off the workbooks in Excel terms
// (sheet and cell) and are what the rest of the workspace stands on.
describe.skipIf(!haveData)(needing("the official MIPEX workbooks", ...SOURCES), () => {
  let tables: WorkspaceTables;
  beforeAll(async () => {
    ({tables} = await cachedMipex());
  }, 120_000);

  it("hold 56 countries in the 2020 edition and the EU27 and Canada in the 2025 edition", () => {
    const summary = checkSummary(tables);
    expect(summary.countries).toBe(56);
    expect(summary.editions.map((e) => [e.edition, e.countries, e.years[0], e.years.at(-1)])).toEqual([
      ["2020", 56, 2007, 2020],
      ["2025", 28, 2020, 2024]
    ]);
  });

  it("publish Sweden's 2019 overall score with health in SE!B15, and it is recomputed exactly", () => {
    const sweden = tables.overall_scores.find((r) => r.iso3 === "SWE" && r.year === 2019 && r.edition === "2020" && r.variant === "with_health")!;
    expect(sweden.source_cell).toBe("SE!B15");
    expect(sweden.published).toBeCloseTo(86.39012896825398, 12);
    expect(sweden.recomputed).toBeCloseTo(86.39012896825398, 9);
  });

  it("agree with every recomputed 2020-edition area score; the 2025 edition has one formula error", () => {
    const summary = checkSummary(tables);
    expect(summary.editions[0].areaScores.mismatches).toBe(0);
    const mismatches = tables.area_scores.filter((r) => r.mismatch);
    expect(mismatches.map((r) => `${r.edition} ${r.iso3} ${r.year} ${r.area}`)).toEqual(["2025 SVN 2024 education"]);
    expect(mismatches[0].note).toMatch(/Z47/);
  });

  it("read a formula whose cached result is 0 as 0, not as empty (AE!N55, cb51 in 2014)", () => {
    const score = tables.indicator_scores.find((r) => r.iso3 === "ARE" && r.year === 2014 && r.indicator === "cb51");
    expect(score).toMatchObject({score: 0, source_cell: "AE!N55"});
  });

  it("weigh permanent residence by its four dimensions, as the workbooks' formula does", () => {
    const weights = tables.indicators.filter((i) => i.area === "permanent_residence" && i.level === "indicator").map((i) => [i.code, i.weight]);
    expect(weights.map(([, w]) => Number((w as number).toFixed(6)))).toEqual([0.25, 0.125, 0.125, 0.083333, 0.083333, 0.083333, 0.25]);
    for (const area of new Set(tables.indicators.map((i) => i.area))) {
      const sum = tables.indicators.filter((i) => i.area === area).reduce((s, i) => s + i.weight, 0);
      expect(sum).toBeCloseTo(1, 12);
    }
  });

  it("report the workbooks' inconsistencies as warnings with their cells, including the one erratum", () => {
    const erratum = tables.load_warnings.filter((w) => w.kind === "erratum");
    expect(erratum).toEqual([expect.objectContaining({file: "mipex_core_2007-2019.xlsx", sheet: "AR", cell: "AC73"})]);
    expect(tables.load_warnings.filter((w) => w.kind === "code-variant").length).toBeGreaterThan(0);
  });

  it("keep editions apart: 2020 appears in both, as two series", () => {
    const denmark2020 = tables.overall_scores.filter((r) => r.iso3 === "DNK" && r.year === 2020 && r.variant === "with_health");
    expect(denmark2020.map((r) => r.edition).sort()).toEqual(["2025"]);
    const uae2020 = tables.overall_scores.filter((r) => r.iso3 === "ARE" && r.year === 2020);
    expect(new Set(uae2020.map((r) => r.edition))).toEqual(new Set(["2020"]));
  });
});
