/**
 * The trend findings on the real MIPEX tables, checked against values recomputed here by hand from
 * overall_scores and indicator_scores.
 */
import {beforeAll, describe, expect, it} from "vitest";
import type {Finding} from "../../../lib/findings/finding.ts";
import {trends, trendsAnalysis} from "../../../lib/findings/trends.ts";
import {changeAnalysis} from "../../../lib/findings/trends/change.ts";
import {trendAnalyses} from "../../../lib/findings/trends/comparisons.ts";
import {editionCheck} from "../../../lib/findings/trends/edition-check.ts";
import {indicatorChanges} from "../../../lib/findings/trends/indicator-changes.ts";
import {panelAverages, seriesPoints} from "../../../lib/findings/trends/series.ts";
import type {WorkspaceTables} from "../../../lib/mipex/workspace-tables.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";
import {haveSources, needing} from "../../have-sources.ts";

const SOURCES = ["mipex_core", "mipex_eu", "approach_groups"];
const haveData = haveSources(...SOURCES);

let tables: WorkspaceTables;
let findings: Finding[];
beforeAll(async () => {
  if (!haveData) return;
  ({tables} = await cachedMipex());
  // The module's findings, its analysis run once (no summary figures: they only feed the page).
  findings = trends.findings(trendsAnalysis(tables, []));
}, 120_000);

const overall = (iso3: string, year: number, variant: string, edition = "2020") =>
  tables.overall_scores.find((r) => r.iso3 === iso3 && r.year === year && r.variant === variant && r.edition === edition)!;

describe.skipIf(!haveData)(needing("change 2014 → 2019 (with health)", ...SOURCES), () => {
  it("gives Sweden's change as its 2019 minus its 2014 overall score", () => {
    const byHand = overall("SWE", 2019, "with_health").recomputed! - overall("SWE", 2014, "with_health").recomputed!;
    const f = findings.find((x) => x.id === "change.2014_2019.SWE")!;
    expect(f.computed as number).toBeCloseTo(byHand, 8);
    expect(f.published as number).toBeCloseTo(overall("SWE", 2019, "with_health").published! - overall("SWE", 2014, "with_health").published!, 8);
  });

  it("averages all 56 countries, Argentina's 2014 score (not recomputable) counting as published, with a t interval on 55 df", () => {
    const {main} = trendAnalyses(tables);
    const changes = main.countries.filter((c) => c.change !== null);
    expect(changes).toHaveLength(56);
    const arg = main.countries.find((c) => c.iso3 === "ARG")!;
    expect(arg.publishedScoreYears).toEqual([2014]);
    expect(arg.recomputedChange).toBeNull();
    expect(arg.change!).toBeCloseTo(overall("ARG", 2019, "with_health").recomputed! - overall("ARG", 2014, "with_health").published!, 8);
    expect(arg.note).toMatch(/^the published 2014 score is used: it cannot be recomputed/);
    expect(main.publishedScoresUsed).toEqual(["Argentina 2014"]);
    const n = changes.length;
    const m = changes.reduce((s, c) => s + c.change!, 0) / n;
    const sd = Math.sqrt(changes.reduce((s, c) => s + (c.change! - m) ** 2, 0) / (n - 1));
    const half = (2.004044783 * sd) / Math.sqrt(n); // R: qt(0.975, 55)
    expect(main.mean).toBeCloseTo(m, 10);
    expect(main.ci95[0]).toBeCloseTo(m - half, 6);
    expect(main.ci95[1]).toBeCloseTo(m + half, 6);
    expect(main.bootstrap95![0]).toBeLessThan(m);
    expect(main.bootstrap95![1]).toBeGreaterThan(m);
  });

  it("counts 9 countries that undermined policy (Argentina among them), 8 in the variant without it", () => {
    const {main} = trendAnalyses(tables);
    expect(main.undermined).toBe(9);
    expect(main.countries.find((c) => c.iso3 === "ARG")!.category).toBe("undermined");
    expect(main.recomputedOnly).toMatchObject({n: 55, undermined: 8});
    const byId = (id: string) => findings.find((f) => f.id === id)!;
    expect(byId("change.2014_2019.undermined_count")).toMatchObject({computed: 9, published: 9, status: "match", basis: "workbook cell"});
    expect(byId("change.2014_2019.undermined_count").description).toContain("Argentina 2014");
    expect(byId("change.2014_2019.undermined_count.recomputed_only")).toMatchObject({computed: 8, published: null, basis: "none"});
    // Argentina's own change compares the recomputation, which the unscored indicator prevents.
    expect(byId("change.2014_2019.ARG")).toMatchObject({
      computed: null,
      status: "not_computable",
      basis: "workbook cell",
      source: "mipex_core_2007-2019.xlsx AR!B10 → AR!B15"
    });
  });

  it("keeps Czechia 2007 in the comparison since 2007, with its published score flagged", () => {
    const {since2007} = trendAnalyses(tables);
    expect(since2007.n).toBe(30);
    expect(since2007.publishedScoresUsed).toEqual(["Czechia 2007"]);
    expect(since2007.recomputedOnly.n).toBe(29);
    const points = seriesPoints(tables).filter((p) => p.iso3 === "CZE" && p.measure === "overall_without_health_education" && p.year === 2007);
    expect(points).toMatchObject([{usesPublished: true, value: overall("CZE", 2007, "without_health_education").published}]);
  });

  it("counts improvers and decliners above the ±1 point threshold, with the sensitivity to it", () => {
    const {main} = trendAnalyses(tables);
    const changes = main.countries.filter((c) => c.change !== null).map((c) => c.change!);
    expect(main.improved).toBe(changes.filter((c) => c > 1).length);
    expect(main.undermined).toBe(changes.filter((c) => c < -1).length);
    const at0 = main.sensitivity.find((s) => s.threshold === 0)!;
    expect(at0.improved + at0.undermined + at0.unchanged).toBe(56);
    expect(at0.improved).toBeGreaterThanOrEqual(main.improved);
  });
});

describe.skipIf(!haveData)(needing("other comparisons", ...SOURCES), () => {
  it("compares 2007 with 2019 without health and education for the 30 countries scored in 2007", () => {
    const c = changeAnalysis(tables, {
      edition: "2020",
      measure: "overall_without_health_education",
      from: 2007,
      to: 2019,
      key: "x",
      label: "x",
      bootstrap: false
    });
    expect(c.countries).toHaveLength(30);
    expect(c.n).toBe(30);
    const fin = c.countries.find((x) => x.iso3 === "FIN")!;
    expect(fin.change!).toBeCloseTo(
      overall("FIN", 2019, "without_health_education").recomputed! - overall("FIN", 2007, "without_health_education").recomputed!,
      8
    );
  });

  it("keeps the 2025 update's change to the EU countries scored in both 2020 and 2024", () => {
    const {update} = trendAnalyses(tables);
    expect(update.edition).toBe("2025");
    expect(update.countries.every((c) => c.eu27)).toBe(true);
    expect(update.countries.map((c) => c.iso3)).not.toContain("CAN");
    expect(update.n).toBe(14);
  });

  it("lists the indicators that changed, each with its 2014 and 2019 score", () => {
    const changes = indicatorChanges(tables, 2014, 2019);
    const one = changes[0];
    const before = tables.indicator_scores.find((s) => s.edition === "2020" && s.year === 2014 && s.iso3 === one.iso3 && s.indicator === one.indicator)!;
    const after = tables.indicator_scores.find((s) => s.edition === "2020" && s.year === 2019 && s.iso3 === one.iso3 && s.indicator === one.indicator)!;
    expect([one.from, one.to]).toEqual([before.score, after.score]);
    expect(changes.every((c) => c.from !== c.to)).toBe(true);
    // Turkey gained most overall; some of its indicators must have changed.
    expect(changes.some((c) => c.iso3 === "TUR")).toBe(true);
  });

  it("never mixes editions in one series and averages a balanced panel", () => {
    const points = seriesPoints(tables);
    expect(points.some((p) => p.edition === "2020" && p.year > 2019)).toBe(false);
    expect(points.some((p) => p.edition === "2025" && p.year < 2020)).toBe(false);
    const averages = panelAverages(points, tables.countries).filter((a) => a.measure === "overall_without_health_education" && a.edition === "2020");
    expect(averages.map((a) => a.year)).toEqual([2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    expect(new Set(averages.map((a) => a.countries)).size).toBe(1);
    expect(averages[0].panel).toMatch(/^the \d+ countries scored in every year 2007–2019$/);
    // Health is scored only in 2014 and 2019: a panel of two years is "both", not "every year".
    const withHealth = panelAverages(points, tables.countries).find((a) => a.measure === "overall_with_health" && a.edition === "2020")!;
    expect(withHealth.panel).toMatch(/^the \d+ countries scored in both 2014 and 2019$/);
  });

  it("names a basis for every finding: the workbook's cached cells, or none", () => {
    for (const f of findings) {
      expect(["workbook cell", "none"], f.id).toContain(f.basis);
      expect(f.basis === "none", f.id).toBe(f.published === null);
      if (f.basis === "workbook cell") expect(f.source, f.id).toBeTruthy();
    }
  });

  it("checks the 2025 update's 2020 scores against the 2020 edition's 2019 scores", () => {
    const checks = editionCheck(tables);
    expect(checks).toHaveLength(28);
    const swe = checks.find((c) => c.iso3 === "SWE")!;
    expect(swe.difference!).toBeCloseTo(overall("SWE", 2020, "with_health", "2025").recomputed! - overall("SWE", 2019, "with_health").recomputed!, 8);
  });
});
