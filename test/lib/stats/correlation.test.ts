import {describe, expect, it} from "vitest";
import {correlation, pearson, spearman} from "../../../lib/stats/correlation.ts";
import {StatsInputError} from "../../../lib/stats/errors.ts";
import {expectClose, readFixture} from "./r-fixtures.ts";

const fixture = readFixture("correlation.json");
const datasets = ["continuous", "ties", "mixedTies"] as const;

describe("pearson and spearman against R cor()", () => {
  for (const name of datasets) {
    it(`${name}: r and rho to 1e-12`, () => {
      const {x, y} = fixture[name];
      expectClose(pearson(x, y), fixture[name].pearson.estimate, 1e-12);
      expectClose(spearman(x, y), fixture[name].spearman.estimate, 1e-12);
      expectClose(correlation(x, y, {method: "spearman"}), fixture[name].spearman.estimate, 1e-12);
    });
  }
  it("stays within [-1, 1] for perfectly related data", () => {
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toBe(1);
    expect(spearman([1, 2, 3, 4], [8, 4, 2, 1])).toBe(-1);
  });
});

describe("bad input", () => {
  it("throws instead of returning NaN", () => {
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(StatsInputError);
    expect(() => pearson([1, 2], [1, 2])).toThrow(/at least 3 complete pairs/);
    expect(() => pearson([50, 50, 50, 50], [1, 2, 3, 4])).toThrow(/^x: has zero variance/);
    expect(() => spearman([1, 2, 3, 4], [0, 0, 0, 0])).toThrow(/^y: has zero variance/);
    expect(() => pearson([1, 2, null, 4], [1, 2, 3, 4])).toThrow(/pairwise/);
    // @ts-expect-error: untyped callers
    expect(() => correlation([1, 2, 3], [1, 2, 3], {method: "kendall"})).toThrow(/method/);
  });
  it("pairwise deletion uses the complete pairs", () => {
    const x = [1, 2, null, 4, 5, 6];
    const y = [2, 1, 3, NaN, 5, 7];
    expect(pearson(x, y, {missing: "pairwise"})).toBe(pearson([1, 2, 5, 6], [2, 1, 5, 7]));
  });
});
