/**
 * The compare page's data and URL state: group averages over a fixed membership (no average for a
 * year, area or indicator where a member is not scored), on crafted rows and on the real MIPEX tables
 * (skipped when the data are not on this machine), and the selection in the URL, empty included.
 */
import {describe, expect, it} from "vitest";
import {compareData, completeMean, compareQuery, parseCompareQuery, restoreCompareSelection, unknownCompareIds} from "../../../lib/findings/compare.ts";
import type {Edition} from "../../../lib/mipex/editions.ts";
import type {CountryRow, WorkspaceTables} from "../../../lib/mipex/workspace-tables.ts";
import {haveSources, needing} from "../../have-sources.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";

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

const haveData = haveSources("mipex_core");

describe.skipIf(!haveData)(needing("compareData on the MIPEX tables", "mipex_core"), async () => {
  const {tables} = haveData ? await cachedMipex() : ({} as never);
  const data = haveData ? compareData(tables) : ({} as never);
  const group = (id: string) => data.entities.find((e) => e.id === id)!;
  const averaged = (id: string) =>
    group(id)
      .trend.filter((t) => t.overall !== null)
      .map((t) => `${t.edition}/${t.year}`);

  it("the all-56 average has a point only where all 56 are scored: 2019 (Argentina lacks 2014; 2015–2018 and 2020 have few)", () => {
    expect(group("all").members).toHaveLength(56);
    expect(averaged("all")).toEqual(["2020/2019"]);
    const y2014 = group("all").trend.find((t) => t.edition === "2020" && t.year === 2014)!;
    expect([y2014.overall, y2014.n, y2014.of]).toEqual([null, 55, 56]);
    expect(y2014.note).toBe("no average: Argentina not scored");
    expect(group("oecd").trend.find((t) => t.edition === "2020" && t.year === 2015)!.note).toMatch(/^no average: \d+ members not scored$/);
    for (const year of [2015, 2016, 2017, 2018, 2020]) {
      const t = group("all").trend.find((p) => p.edition === "2020" && p.year === year)!;
      expect(t.overall, String(year)).toBeNull();
      expect(t.n, String(year)).toBeLessThan(56);
    }
  });

  it("the OECD average has 2014 and 2019 only; EU27 has no 2024 point (the 2025 update scored 14 of 27 that year)", () => {
    expect(averaged("oecd")).toEqual(["2020/2014", "2020/2019"]);
    expect(averaged("eu27")).toEqual(["2020/2014", "2020/2019", "2025/2020", "2025/2021", "2025/2022", "2025/2023"]);
    const eu2024 = group("eu27").trend.find((t) => t.edition === "2025" && t.year === 2024)!;
    expect([eu2024.overall, eu2024.of]).toEqual([null, 27]);
    expect(eu2024.n).toBeLessThan(27);
    // Every average there is is the plain mean of all members' scores that year.
    for (const g of ["eu27", "oecd", "all"]) {
      for (const t of group(g).trend.filter((p) => p.overall !== null)) {
        const scores = group(g).members.map(
          (m) => tables.overall_scores.find((r) => r.iso3 === m && r.edition === t.edition && r.year === t.year && r.variant === "with_health")!.recomputed!
        );
        expect(t.overall!).toBeCloseTo(scores.reduce((s, v) => s + v, 0) / scores.length, 9);
        expect(t.n).toBe(group(g).members.length);
      }
    }
  });

  it("the 2019 area and indicator averages are complete for every group", () => {
    for (const g of ["eu27", "oecd", "all"]) {
      expect(group(g).overall2019, g).not.toBeNull();
      expect(
        group(g).areas2019.filter((v) => v === null),
        g
      ).toEqual([]);
      expect(
        group(g).indicators2019.filter((v) => v === null),
        g
      ).toEqual([]);
      expect(group(g).indicators2019).toHaveLength(tables.indicators.length);
    }
  });

  it("each edition's years come from the data", () => {
    const years = (edition: string) =>
      tables.overall_scores.filter((r) => r.edition === edition && r.variant === "with_health" && r.recomputed !== null).map((r) => r.year);
    for (const e of data.editions) {
      expect(e.first).toBe(Math.min(...years(e.edition)));
      expect(e.last).toBe(Math.max(...years(e.edition)));
    }
  });
});

describe("compare URL state", () => {
  const known = {countries: ["SWE", "FIN", "DEU"], groups: ["eu27", "oecd", "all"]};
  const fallback = {countries: ["SWE", "DEU"], groups: ["eu27"]};

  it("restores ?c=SWE,FIN&g=eu27 in URL order, keeping only known ids", () => {
    expect(parseCompareQuery("?c=swe,FIN,XXX,SWE&g=EU27,nope", known)).toEqual({countries: ["SWE", "FIN"], groups: ["eu27"]});
    expect(parseCompareQuery("", known)).toEqual({countries: [], groups: []});
    expect(unknownCompareIds("?c=swe,FIN,XXX,SWE,xxx&g=EU27,nope", known)).toEqual(["XXX", "xxx", "nope"]);
    expect(unknownCompareIds("?c=SWE&g=eu27", known)).toEqual([]);
  });

  it("writes the selection back; an empty selection is ?c=&g=", () => {
    expect(compareQuery({countries: ["SWE", "FIN"], groups: ["eu27"]})).toBe("?c=SWE,FIN&g=eu27");
    expect(compareQuery({countries: [], groups: ["all"]})).toBe("?g=all");
    expect(compareQuery({countries: [], groups: []})).toBe("?c=&g=");
    expect(parseCompareQuery(compareQuery({countries: ["DEU"], groups: ["oecd", "all"]}), known)).toEqual({countries: ["DEU"], groups: ["oecd", "all"]});
  });

  it("a bare address gets the default; an explicitly empty one stays empty", () => {
    expect(restoreCompareSelection("", fallback, known)).toEqual(fallback);
    expect(restoreCompareSelection("?other=1", fallback, known)).toEqual(fallback);
    expect(restoreCompareSelection("?c=&g=", fallback, known)).toEqual({countries: [], groups: []});
    expect(restoreCompareSelection(compareQuery({countries: [], groups: []}), fallback, known)).toEqual({countries: [], groups: []});
    expect(restoreCompareSelection("?g=all", fallback, known)).toEqual({countries: [], groups: ["all"]});
    expect(restoreCompareSelection("?c=FIN", fallback, known)).toEqual({countries: ["FIN"], groups: []});
  });
});
