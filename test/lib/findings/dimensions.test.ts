/**
 * The dimensions page's analysis on the official workbook (skipped when the data are not on this
 * machine): the matrix is what the page says, and the serialized classifier applied to each country's
 * raw indicator scores gives the same approach as the k-means clustering; the findings and the page's
 * derived values come from one analysis.
 */
import {describe, expect, it} from "vitest";
import {dimensions} from "../../../lib/findings/dimensions.ts";
import {classifyApproach, type ApproachModel} from "../../../lib/findings/dimensions/classifier.ts";
import {indicatorMatrix} from "../../../lib/findings/dimensions/indicator-matrix.ts";
import type {DimensionsPageView} from "../../../lib/findings/dimensions/page-view.ts";
import {haveSources, needing} from "../../have-sources.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";

const haveData = haveSources("mipex_core", "approach_groups");

describe.skipIf(!haveData)(needing("dimensions analysis on the MIPEX 2020 workbook", "mipex_core", "approach_groups"), async () => {
  const {tables} = haveData ? await cachedMipex() : ({} as never);
  const analysis = haveData ? dimensions.analyse({tables} as never) : ({} as never);
  const findingsFrom = dimensions.findings;

  it("uses 56 countries × 59 indicators for 2019 and counts the missing cells", () => {
    expect(analysis.matrix).toMatchObject({countries: 56, indicators: 59});
    expect(analysis.matrix.missing).toBe(analysis.matrix.missingCells.length);
    expect(analysis.catpca.converged).toBe(true);
  });

  it("classifies every country's raw indicator scores with the JSON model as k-means did", () => {
    const model = JSON.parse(JSON.stringify(analysis.model)) as ApproachModel;
    const matrix = indicatorMatrix(tables, {edition: "2020", year: 2019});
    matrix.countries.forEach((iso3, i) => {
      const placed = analysis.countries.find((c) => c.iso3 === iso3)!;
      expect(classifyApproach(model, matrix.values[i]).approach, iso3).toBe(placed.approach);
    });
  });

  it("reports an ARI in [−1, 1], four approaches and the findings ids reproduce prints", () => {
    expect(analysis.ari).toBeGreaterThanOrEqual(-1);
    expect(analysis.ari).toBeLessThanOrEqual(1);
    expect(new Set(analysis.countries.map((c) => c.approach)).size).toBe(4);
    const ids = findingsFrom(analysis).map((f) => f.id);
    for (const id of [
      "approach.SWE",
      "approach.loo_ceiling",
      "approach.method.kmeans_catpca.ari",
      "dimension.name.1",
      "dimension_score_mean.equal_opportunities",
      "dimension.variance.1",
      "approach.top_ten.SWE"
    ])
      expect(ids).toContain(id);
    expect(ids).not.toContain("approach.ari");
    expect(findingsFrom(analysis).find((f) => f.id === "approach.UKR")).toMatchObject({status: "computed", basis: "none"});
  });

  it("compares each country with its published approach as a published statement, sourced from its mipex.eu page", () => {
    const sweden = findingsFrom(analysis).find((f) => f.id === "approach.SWE")!;
    expect(sweden).toMatchObject({published: "Comprehensive integration", basis: "published statement"});
    expect(sweden.source).toMatch(/mipex\.eu\/sweden/);
  });

  it("reports every declared method with a bootstrap interval and a permutation p, and the leave-one-out ceiling", () => {
    expect(analysis.methods.declared.map((m) => m.id)).toHaveLength(7);
    for (const m of [...analysis.methods.declared, ...analysis.methods.tuned]) {
      expect(m.interval[0], m.id).toBeLessThanOrEqual(m.ari);
      expect(m.interval[1], m.id).toBeGreaterThanOrEqual(m.ari);
      expect(m.permutationP, m.id).toBeGreaterThan(0);
      expect(m.compared, m.id).toBe(analysis.ariCountries);
    }
    // The k-means method is the page's former classification.
    expect(analysis.methods.declared.find((m) => m.id === "kmeans_catpca")!.ari).toBeCloseTo(analysis.ari, 12);
    const ceiling = findingsFrom(analysis).find((f) => f.id === "approach.loo_ceiling")!;
    expect(ceiling.computed).toBe(Math.max(...analysis.methods.tuned.map((m) => m.ari)));
    expect(ceiling.description).toMatch(/bootstrap 95 % interval/);
  });

  it("names the three components from their loadings and scores each dimension from its indicators", () => {
    const names = analysis.naming.components.map((c) => c.name);
    expect(new Set(names).size).toBe(3);
    expect(analysis.naming.components.reduce((s, c) => s + c.indicators.length, 0)).toBe(59);
    expect(analysis.naming.chance.expected).toBeLessThan(analysis.naming.agreeing);
    for (const d of analysis.dimensionScores.dimensions) {
      const mean = analysis.countries.reduce((s, c) => s + c.dimensionScores[analysis.dimensionScores.dimensions.indexOf(d)], 0) / analysis.countries.length;
      expect(d.mean, d.dimension).toBeCloseTo(mean, 10);
    }
  });

  it("sends the page the analysis with its derived values, and the findings from the same analysis", () => {
    const page = dimensions.pageData!(analysis) as typeof analysis & {view: DimensionsPageView};
    expect(page.model).toBe(analysis.model);
    const {view} = page;
    const statuses = analysis.countries.map((c) => c.status);
    expect(view.matches + view.differences + view.conflicts.length).toBe(analysis.countries.length);
    expect(view.matches).toBe(statuses.filter((s) => s === "match").length);
    expect(view.conflicts.map((c) => c.name)).toContain("Ukraine");
    expect(view.publishedCounts.reduce((s, c) => s + c.count, 0)).toBe(analysis.countries.length - view.conflicts.length);
    expect(view.weakest.dimension).toBe(analysis.dimensionScores.weakest);
    expect(view.bestDeclared.ari).toBe(Math.max(...analysis.methods.declared.map((m) => m.ari)));
    expect(view.lowestDeclaredAri).toBeLessThanOrEqual(view.bestDeclared.ari);
    expect(view.ceiling.id).toBe(analysis.methods.ceiling);
    expect(view.areaLoadingCells).toHaveLength(8 * 3);
    expect(view.indicatorLoadingCells).toHaveLength(59 * 3);
    expect(view.indicatorLoadingCells[4]).toEqual({
      item: `${analysis.loadings[1].code} (${analysis.loadings[1].areaName})`,
      group: analysis.loadings[1].areaName,
      dimension: analysis.dimensionLabels[1],
      value: analysis.loadings[1].catpcaRotated[1]
    });
    const margins = view.differenceRows.map((r) => r.margin);
    expect(margins).toEqual([...margins].sort((a, b) => a - b));
    expect(view.differenceRows).toHaveLength(view.differences);
    const agreeing = view.methodCountryRows.map((r) => r.agreeing as number);
    expect(agreeing).toEqual([...agreeing].sort((a, b) => a - b));
    expect(view.methodCountryRows).toHaveLength(analysis.ariCountries);
    expect(view.fewestAgreeing.every((c) => c.agreeing <= 1)).toBe(true);
    expect(view.clusterMeans[0]).toBeCloseTo(analysis.clusters[0].centroid.reduce((s, v) => s + v, 0) / 3, 12);
    expect(view.sensitivityRange[0]).toBeLessThanOrEqual(view.bestSensitivity.ariPublished);
    expect(view.bestSensitivity.ariPublished).toBe(view.sensitivityRange[1]);
    expect(view.topTenMissing.length + analysis.topTen.agree).toBe(analysis.topTen.published.length);
  });
});
