/**
 * The strengths-and-weaknesses findings on the real MIPEX tables, with values recomputed here
 * independently from the tidy tables.
 */
import {beforeAll, describe, expect, it} from "vitest";
import {strengthsWeaknesses, strengthsWeaknessesAnalysis} from "../../../lib/findings/strengths-weaknesses.ts";
import {areaPoints, areaSummaries, indicatorMeans, quantileType7, weakestAreas} from "../../../lib/findings/strengths-weaknesses/areas.ts";
import type {WorkspaceTables} from "../../../lib/mipex/workspace-tables.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";
import {haveSources, needing} from "../../have-sources.ts";

const SOURCES = ["mipex_core", "mipex_eu", "approach_groups"];
const haveData = haveSources(...SOURCES);

let tables: WorkspaceTables;
beforeAll(async () => {
  if (!haveData) return;
  ({tables} = await cachedMipex());
}, 120_000);

describe.skipIf(!haveData)(needing("area findings, 2019", ...SOURCES), () => {
  it("has every one of the 56 countries in each of the 8 areas", () => {
    const points = areaPoints(tables);
    expect(points).toHaveLength(56 * 8);
    expect(new Set(points.map((p) => p.iso3)).size).toBe(56);
  });

  it("averages education over the 56 countries as the area_scores table does", () => {
    const rows = tables.area_scores.filter((r) => r.edition === "2020" && r.year === 2019 && r.area === "education");
    const byHand = rows.reduce((s, r) => s + r.recomputed!, 0) / rows.length;
    const summary = areaSummaries(areaPoints(tables)).find((s) => s.group === "all" && s.area === "education")!;
    expect(summary.countries).toBe(56);
    expect(summary.mean).toBeCloseTo(byHand, 10);
    const sorted = rows.map((r) => r.recomputed!).sort((a, b) => a - b);
    expect(summary.median).toBeCloseTo((sorted[27] + sorted[28]) / 2, 10);
    expect(summary.min).toBe(sorted[0]);
  });

  it("finds anti-discrimination strongest and political participation weakest, agreeing with the published scores", () => {
    const findings = strengthsWeaknesses.findings(strengthsWeaknessesAnalysis(tables, []));
    const get = (id: string) => findings.find((f) => f.id === id)!;
    expect(get("area_rank.2019.1").computed).toBe("anti_discrimination");
    expect(get("area_rank.2019.8").computed).toBe("political_participation");
    expect(get("area_mean.2019.political_participation").computed).toBeCloseTo(33.125, 9);
    expect(get("area_mean.2019.education").status).toBe("match");
    expect(get("area_weakest.2019").computed).toBe("education, political_participation");
    expect(get("area_weakest.2019").status).toBe("match");
  });

  it("breaks the weakest areas down into indicator means that average back to the area mean where weights are equal", () => {
    const summaries = areaSummaries(areaPoints(tables));
    expect(weakestAreas(summaries, "all", 2)).toEqual(["political_participation", "education"]);
    const means = indicatorMeans(tables, ["political_participation"]).filter((m) => m.group === "all");
    expect(means).toHaveLength(5);
    // Political participation is a plain mean of its 5 indicators, so their means average to the area mean.
    const average = means.reduce((s, m) => s + m.mean, 0) / means.length;
    expect(average).toBeCloseTo(33.125, 9);
  });

  it("computes R's type-7 quantiles", () => {
    expect(quantileType7([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileType7([1, 2, 3, 4], 0.5)).toBe(2.5);
  });
});
