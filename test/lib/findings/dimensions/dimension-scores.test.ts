import {describe, expect, it} from "vitest";
import type {AreaId} from "../../../../lib/mipex/areas.ts";
import {dimensionScores} from "../../../../lib/findings/dimensions/dimension-scores.ts";
import {nameFromLoadings} from "../../../../lib/findings/dimensions/naming.ts";

const ind = (code: string, area: AreaId) => ({code, area, title: code});
// The naming test's case: two secure-future areas load on component 1, anti-discrimination on 2, education and health on 3.
const indicators = [
  ind("fr1", "family_reunification"),
  ind("fr2", "family_reunification"),
  ind("an1", "access_to_nationality"),
  ind("ad1", "anti_discrimination"),
  ind("ad2", "anti_discrimination"),
  ind("ed1", "education"),
  ind("he1", "health")
];
const loadings = [
  [0.9, 0.1, 0.0],
  [0.8, 0.2, 0.1],
  [0.7, 0.0, 0.3],
  [0.1, 0.9, 0.0],
  [0.2, 0.8, 0.1],
  [0.0, 0.1, 0.9],
  [0.1, 0.3, 0.7]
];

describe("dimension scores", () => {
  it("scores each country as the mean of its dimension's indicators, on 0–100", () => {
    const naming = nameFromLoadings(loadings, indicators);
    const values = [
      [100, 50, 0, 100, 100, 0, 50],
      [0, 0, 0, 50, 50, 100, null]
    ];
    const scores = dimensionScores(values, naming);
    expect(scores.dimensions.map((d) => d.dimension)).toEqual(["basic_rights", "equal_opportunities", "secure_future"]);
    expect(scores.scores).toEqual([
      [100, 25, 50],
      [50, 100, 0]
    ]);
    expect(scores.dimensions[0]).toMatchObject({mean: 75, indicators: ["ad1", "ad2"], lowestFor: 0});
    expect(scores.dimensions[2].lowestFor).toBe(1);
    expect(() => dimensionScores([[100, 50, 0, 100, 100, null, null]], naming)).toThrow(/no score on any equal_opportunities indicator/);
  });
});
