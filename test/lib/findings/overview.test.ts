import {beforeAll, describe, expect, it} from "vitest";
import {overview, overviewAnalysis, overviewPage, type OverviewAnalysis, type OverviewPage} from "../../../lib/findings/overview.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";
import {loadPublishedSummaryFigures} from "../../../loaders/mipex/published-summary-figures.ts";
import {haveSources, needing} from "../../have-sources.ts";

const SOURCES = ["mipex_core", "mipex_eu", "approach_groups", "published_summary_figures"];

describe.skipIf(!haveSources(...SOURCES))(needing("the overview, 2019", ...SOURCES), () => {
  let analysis: OverviewAnalysis;
  let page: OverviewPage;
  beforeAll(async () => {
    const {tables} = await cachedMipex();
    analysis = overviewAnalysis(tables, loadPublishedSummaryFigures({warn: () => {}}));
    page = overviewPage(analysis);
  }, 120_000);

  it("makes its findings in reproduce's order: scores and ranks, the stated summary figures, then the Top Ten", () => {
    const prefixes = [...new Set(overview.findings(analysis).map((f) => f.id.split(".")[0]))];
    expect(prefixes).toEqual(["overall", "rank", "overall_mean", "published_average", "published_change", "published_area_average", "top_ten"]);
  });

  it("names the leader and counts the recomputed scores equal to the published ones", () => {
    expect(page.lead).toBe(page.ranking[0]);
    const byHand = page.ranking.filter((c) => c.published !== null && Math.abs(c.published - c.score) < 1e-6).length;
    expect(page.matchesPublished).toBe(byHand);
    expect(page.matchesPublished).toBeGreaterThan(0);
  });

  it("shows only the bands that hold a country, and their counts add up to every country", () => {
    expect(page.occupiedBands.every((b) => b.countries > 0)).toBe(true);
    expect(page.occupiedBands.reduce((s, b) => s + b.countries, 0)).toBe(page.ranking.length);
  });

  it("names the Top Ten's countries in the same order as their codes", () => {
    const name = (iso3: string) => page.ranking.find((c) => c.iso3 === iso3)!.name;
    expect(page.topTen.publishedNames).toEqual(page.topTen.published.map(name));
    expect(page.topTenWithoutHealth.onlyComputedNames).toEqual(page.topTenWithoutHealth.onlyComputed.map(name));
  });

  it("picks the stated overall figures and the all-country average, with each group's other readings", () => {
    expect(page.statedAverage.id).toBe("published_average.2019.all");
    expect(page.overallFigures.every((r) => r.figure === "overall_average" || r.figure === "overall_change")).toBe(true);
    expect(page.overallFiguresUsingPublished.every((r) => r.publishedScoresUsed !== "")).toBe(true);
    expect(page.largestMeanDistance.size).toBe(Math.abs(page.largestMeanDistance.distance));
    expect(page.groupMemberships.map((g) => g.label)).toEqual(analysis.summaryFigures.groups.map((g) => g.label));
  });
});
