import {describe, expect, it} from "vitest";
import type {ApproachModel} from "../../../../lib/findings/dimensions/classifier.ts";
import {areaScores, scenarioApproach, simulate} from "../../../../lib/findings/what-if/simulate.ts";
import {whatIfFixture} from "./fixture.ts";

describe("simulate", () => {
  const d = whatIfFixture();

  it("reproduces the base: area = Σ weight × score, overall = mean of the eight areas", () => {
    const s = simulate(d, "CCC");
    expect(s.base.areas.health).toBeCloseTo(0.75 * 40 + 0.25 * 62.5, 12);
    expect(s.base.overall).toBeCloseTo((7 * 40 + (0.75 * 40 + 0.25 * 62.5)) / 8, 12);
    expect(s.scenario).toEqual(s.base);
    expect(s.changed).toEqual([]);
  });

  it("moves the area by weight × change and the overall by that / 8; ranks among the others", () => {
    const s = simulate(d, "AAA", {education_1: 100});
    expect(s.scenario.areas.education! - s.base.areas.education!).toBeCloseTo(0.75 * 50, 12);
    expect(s.scenario.overall! - s.base.overall!).toBeCloseTo((0.75 * 50) / 8, 12);
    expect(s.base.rank).toBe(2); // BBB 60, AAA 50, CCC ≈ 42.8
    expect(s.scenario.rank).toBe(2); // 54.69 is still below BBB's 60
    // Three areas to 100 (+14.06) pass BBB; the others stay at their recorded scores.
    expect(simulate(d, "AAA", {education_1: 100, health_1: 100, family_reunification_1: 100}).scenario.rank).toBe(1);
    expect(simulate(d, "CCC", {education_1: 100}).base.rank).toBe(3);
  });

  it("ignores a change equal to the base and rejects unknown codes and scores outside 0–100", () => {
    expect(simulate(d, "AAA", {education_1: 50}).changed).toEqual([]);
    expect(() => simulate(d, "AAA", {nope: 100})).toThrow(/unknown indicator nope/);
    expect(() => simulate(d, "AAA", {education_1: 150})).toThrow(RangeError);
    expect(() => simulate(d, "ZZZ")).toThrow(/no country ZZZ/);
  });

  it("is null where an unscored weighted indicator leaves an area without a score", () => {
    const withGap = {...d, countries: [...d.countries, {iso3: "DDD", name: "DDD", scores: d.indicators.map((i) => (i.code === "health_1" ? null : 50))}]};
    const s = simulate(withGap, "DDD");
    expect(s.base.areas.health).toBeNull();
    expect(s.base.overall).toBeNull();
    expect(s.base.overallWithoutHealth).toBeCloseTo(50, 12);
    expect(simulate(withGap, "DDD", {health_1: 100}).scenario.overall).toBeCloseTo((7 * 50 + 0.75 * 100 + 0.25 * 50) / 8, 12);
  });
});

describe("scenarioApproach", () => {
  it("puts the scores in the model's order before classifying", () => {
    const d = whatIfFixture();
    // A one-dimension-per-pair toy model: only two indicators, in reverse data order.
    const model: ApproachModel = {
      method: "pca-standardized",
      edition: "2020",
      year: 2019,
      indicators: ["education_1", "health_1", "labour_market_mobility_1"],
      variables: [0, 1, 2].map(() => ({kind: "pca" as const, mean: 50, scale: 50})),
      weights: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1]
      ],
      rotation: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1]
      ],
      dimensionNames: ["basic_rights", "equal_opportunities", "secure_future"],
      centroids: [
        [1, 1, 1],
        [-1, -1, -1],
        [1, -1, 0],
        [-1, 1, 0]
      ],
      approaches: ["Comprehensive integration", "Immigration without integration", "Temporary integration", "Equality on paper"]
    };
    const scores = simulate(d, "AAA", {education_1: 100, health_1: 0}).scenario.scores;
    expect(scenarioApproach(model, d.indicators, scores).scores).toEqual([1, -1, 0]);
    expect(scenarioApproach(model, d.indicators, scores).approach).toBe("Temporary integration");
  });
});

describe("areaScores", () => {
  it("gives every area, null where an area has no indicator", () => {
    const d = whatIfFixture();
    const only = d.indicators.filter((i) => i.area !== "health");
    const areas = areaScores(
      only,
      only.map(() => 100)
    );
    expect(areas.health).toBeNull();
    expect(areas.education).toBeCloseTo(100, 12);
  });
});
