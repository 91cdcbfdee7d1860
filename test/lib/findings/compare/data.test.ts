/**
 * The compare page's data: group averages over a fixed membership (no average for a year, area or
 * indicator where a member is not scored), on crafted rows.
 */
import {describe, expect, it} from "vitest";
import {compareData, completeMean} from "../../../../lib/findings/compare/data.ts";
import type {Edition} from "../../../../lib/mipex/editions.ts";
import type {CountryRow, WorkspaceTables} from "../../../../lib/mipex/workspace-tables.ts";

describe("completeMean", () => {
  it("averages only when every member has a value", () => {
    expect(completeMean([50, 60])).toEqual({mean: 55, n: 2, of: 2});
    expect(completeMean([50, null, 70])).toEqual({mean: null, n: 2, of: 3});
    expect(completeMean([50, undefined])).toEqual({mean: null, n: 1, of: 2});
    expect(completeMean([])).toEqual({mean: null, n: 0, of: 0});
  });
});

describe("compareData on crafted rows", () => {
  const country = (iso3: string, name: string, eu27: boolean): CountryRow => ({
    iso3,
    iso2: iso3.slice(0, 2),
    iso_numeric: "000",
    name,
    region: "Europe",
    subregion: "",
    eu27,
    oecd: false,
    oecd_since: null,
    traditional_destination: false,
    in_edition_2020: true,
    in_edition_2025: eu27
  });
  const overall = (iso3: string, edition: Edition, year: number, recomputed: number | null) => ({
    iso3,
    year,
    edition,
    variant: "with_health" as const,
    published: recomputed,
    recomputed,
    mismatch: false,
    note: null,
    source_cell: null
  });
  // AAA and BBB are the EU27 group; CCC is outside it. BBB has no 2015 score, and no 2025-edition 2024 score.
  const tables = {
    countries: [country("AAA", "Aland", true), country("BBB", "Bland", true), country("CCC", "Cland", false)],
    indicators: [],
    indicator_scores: [],
    area_scores: [],
    overall_scores: [
      overall("AAA", "2020", 2014, 40),
      overall("BBB", "2020", 2014, 60),
      overall("CCC", "2020", 2014, 10),
      overall("AAA", "2020", 2015, 90),
      overall("CCC", "2020", 2015, 20),
      overall("AAA", "2025", 2024, 50),
      overall("BBB", "2025", 2024, null)
    ]
  } as unknown as Pick<WorkspaceTables, "countries" | "indicators" | "indicator_scores" | "area_scores" | "overall_scores">;
  const data = compareData(tables);
  const eu27 = data.entities.find((e) => e.id === "eu27")!;
  const all = data.entities.find((e) => e.id === "all")!;

  it("averages a year only when every member is scored; otherwise a gap with the count and the reason", () => {
    expect(eu27.members).toEqual(["AAA", "BBB"]);
    expect(eu27.trend).toEqual([
      {edition: "2020", year: 2014, overall: 50, n: 2, of: 2, note: null},
      {edition: "2020", year: 2015, overall: null, n: 1, of: 2, note: "no average: Bland not scored"},
      {edition: "2025", year: 2024, overall: null, n: 1, of: 2, note: "no average: Bland not scored"}
    ]);
    expect(all.trend.map((t) => [t.year, t.overall, t.n, t.of])).toEqual([
      [2014, (40 + 60 + 10) / 3, 3, 3],
      [2015, null, 2, 3],
      [2024, null, 1, 3]
    ]);
  });

  it("gives a country its own scored years only, and each edition's years", () => {
    expect(data.entities.find((e) => e.id === "BBB")!.trend.map((t) => [t.edition, t.year, t.overall, t.n, t.of])).toEqual([["2020", 2014, 60, 1, 1]]);
    expect(data.editions).toEqual([
      {edition: "2020", first: 2014, last: 2015},
      {edition: "2025", first: 2024, last: 2024}
    ]);
  });
});
