import {describe, expect, it} from "vitest";
import {dimensionScores} from "../../../../lib/findings/dimensions/dimension-scores.ts";
import {nameFromLoadings} from "../../../../lib/findings/dimensions/naming.ts";
import {indicators, loadings} from "./naming-case.ts";

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
