/**
 * The dimensions page's analysis on the official workbook (skipped when the data are not on this
 * machine): the matrix is what the page says, and the serialized classifier applied to each country's
 * raw indicator scores gives the same approach as the k-means clustering.
 */
import {describe, expect, it} from "vitest";
import {classifyApproach, type ApproachModel} from "../../../lib/findings/approach-model.ts";
import {indicatorMatrix} from "../../../lib/findings/approaches.ts";
import {dimensionsAnalysis, findingsFrom} from "../../../lib/findings/dimension-findings.ts";
import {haveSources} from "../../have-sources.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";

const haveData = haveSources("mipex_core", "approach_groups");

describe.skipIf(!haveData)("dimensions analysis on the MIPEX 2020 workbook", async () => {
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
    for (const id of ["approach.SWE", "approach.ari", "dimension.variance.1", "dimension.variance.2", "dimension.variance.3", "top_ten.SWE"]) expect(ids).toContain(id);
    expect(findingsFrom(analysis).find((f) => f.id === "approach.UKR")?.status).toBe("computed");
  });
});
