import {describe, expect, it} from "vitest";
import {monotoneRegression} from "../../../lib/stats/monotone-regression.ts";
import {expectAllClose} from "./r-fixtures.ts";

describe("monotoneRegression (pool-adjacent-violators)", () => {
  it("matches R's isoreg on an unweighted example", () => {
    // R: isoreg(c(1, 3, 2, 4, 3.5, 5))$yf = 1, 2.5, 2.5, 3.75, 3.75, 5
    expectAllClose(monotoneRegression([1, 3, 2, 4, 3.5, 5]), [1, 2.5, 2.5, 3.75, 3.75, 5], 1e-15);
  });
  it("weights pooled blocks by frequency and preserves the weighted mean", () => {
    const values = [0.5, -1, 2, 1.5, -0.2];
    const weights = [3, 1, 2, 5, 4];
    const fitted = monotoneRegression(values, weights);
    for (let i = 1; i < fitted.length; i++) expect(fitted[i]).toBeGreaterThanOrEqual(fitted[i - 1]);
    const mean = (v: number[]) => v.reduce((s, x, i) => s + x * weights[i], 0) / weights.reduce((a, b) => a + b);
    expect(mean(fitted)).toBeCloseTo(mean(values), 14);
    expectAllClose(monotoneRegression([1, 3, 2], [1, 3, 1]), [1, 2.75, 2.75], 1e-15);
  });
  it("leaves monotone input unchanged and rejects bad weights", () => {
    expect(monotoneRegression([1, 2, 2, 5])).toEqual([1, 2, 2, 5]);
    expect(() => monotoneRegression([1, 2], [1, 0])).toThrow(/^weights/);
    expect(() => monotoneRegression([1, 2], [1])).toThrow(/^weights: length/);
  });
});
