/**
 * The dimensions page's analysis on the official workbook (skipped when the data are not on this
 * machine): the matrix is what the page says, and the serialized classifier applied to each country's
 * raw indicator scores gives the same approach as the k-means clustering.
 */
import {describe, expect, it} from "vitest";
import {classifyApproach, type ApproachModel} from "../../../lib/findings/approach-model.ts";
import {indicatorMatrix} from "../../../lib/findings/approaches.ts";
import {dimensionsAnalysis, findingsFrom} from "../../../lib/findings/dimension-findings.ts";
import {haveSources, needing} from "../../have-sources.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";

const haveData = haveSources("mipex_core", "approach_groups");

describe.skipIf(!haveData)(needing("dimensions analysis on the MIPEX 2020 workbook", "mipex_core", "approach_groups"), async () => {
  const {tables} = haveData ? await cachedMipex() : ({} as never);
  const analysis = haveData ? dimensionsAnalysis(tables) : ({} as never);

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
});
