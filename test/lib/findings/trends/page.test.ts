import {describe, expect, it} from "vitest";
import type {ChangeAnalysis, CountryChange} from "../../../../lib/findings/trends/change.ts";
import type {EditionCheck} from "../../../../lib/findings/trends/edition-check.ts";
import {comparisonRow, editionSummary, sloveniaUpdate, statedChanges} from "../../../../lib/findings/trends/page.ts";
import type {SummaryFigureRow} from "../../../../lib/findings/summary-figures.ts";

const country = (iso3: string, change: number | null, publishedChange: number | null): CountryChange =>
  ({iso3, name: iso3, eu27: true, change, publishedChange, recomputedChange: change}) as CountryChange;

describe("Slovenia's 2020 → 2024 change (the sentence explaining why the update's mean differs)", () => {
  const update = (countries: CountryChange[]) => ({countries}) as ChangeAnalysis;
  it("is given when its recomputed and published changes differ", () => {
    expect(sloveniaUpdate(update([country("AUT", 0, 0), country("SVN", 1.25, 3)]))).toEqual({change: 1.25, publishedChange: 3});
  });
  it("is left out when they agree to 1e-6, when one is missing, or when Slovenia is not in the comparison", () => {
    expect(sloveniaUpdate(update([country("SVN", 3, 3 + 1e-9)]))).toBeNull();
    expect(sloveniaUpdate(update([country("SVN", null, 3)]))).toBeNull();
    expect(sloveniaUpdate(update([country("SVN", 3, null)]))).toBeNull();
    expect(sloveniaUpdate(update([country("AUT", 1, 2)]))).toBeNull();
  });
});

describe("the edition check's summary", () => {
  const check = (difference: number | null, edition2020Year2020: number | null = null) => ({difference, edition2020Year2020}) as EditionCheck;
  it("counts identical scores and averages the absolute differences over the countries that have one", () => {
    expect(editionSummary([check(0), check(-3), check(1), check(null)])).toEqual({identical: 1, meanAbsoluteDifference: 4 / 3, has2020: false});
  });
  it("says whether any country has a 2020 score in the 2020 edition", () => {
    expect(editionSummary([check(0), check(1, 55)]).has2020).toBe(true);
  });
});

describe("the stated changes", () => {
  const row = (figure: string, medianOfChanges: number, meanAgrees: boolean) => ({figure, medianOfChanges, meanAgrees}) as SummaryFigureRow;
  it("picks the overall change and counts the changes whose median is 0 and whose mean agrees", () => {
    const rows = [row("area_change", 0, true), row("overall_change", 0.5, false), row("area_change", 0, false)];
    const stated = statedChanges(rows);
    expect(stated.overall).toBe(rows[1]);
    expect(stated.medianOfChangesZero).toBe(2);
    expect(stated.meanAgrees).toBe(1);
  });
  it("refuses figures without an overall change", () => {
    expect(() => statedChanges([row("area_change", 0, true)])).toThrow(/no overall change/);
  });
});

describe("a comparison as a table row", () => {
  const base = {
    label: "L",
    n: 2,
    mean: 1.5,
    ci95: [0, 3],
    bootstrap95: null,
    publishedMean: 1,
    improved: 1,
    undermined: 0,
    unchanged: 1,
    recomputedOnly: {n: 1, mean: 2, improved: 1, undermined: 0, unchanged: 0}
  };
  it("gives the difference from the published mean, the countries without a score, and no recomputed-only summary when none is needed", () => {
    const r = comparisonRow({...base, publishedScoresUsed: [], countries: [country("AUT", 1, 1), country("BEL", null, null)]} as unknown as ChangeAnalysis);
    expect(r).toMatchObject({comparison: "L", countries: 2, difference: 0.5, publishedScoresUsed: "—", recomputedOnly: null, notComputable: "BEL"});
  });
  it("keeps the recomputed-only summary when a published score stands in", () => {
    const r = comparisonRow({
      ...base,
      publishedMean: null,
      publishedScoresUsed: ["Argentina 2014"],
      countries: [country("ARG", 1, 1)]
    } as unknown as ChangeAnalysis);
    expect(r).toMatchObject({difference: null, publishedScoresUsed: "Argentina 2014", recomputedOnly: {n: 1, mean: 2}, notComputable: "—"});
  });
});
