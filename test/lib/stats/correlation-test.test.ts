import {describe, expect, it} from "vitest";
import {fisherInterval, pearsonTest, spearmanTest} from "../../../lib/stats/correlation-test.ts";
import {StatsInputError} from "../../../lib/stats/errors.ts";
import {expectAllClose, expectClose, expectRelativelyClose, readFixture} from "./r-fixtures.ts";

const fixture = readFixture("correlation.json");

describe("pearsonTest against R cor.test", () => {
  for (const name of ["continuous", "ties", "mixedTies"] as const) {
    it(`${name}: estimate, t, df, p and Fisher-z intervals to 1e-10`, () => {
      const {x, y, pearson: reference} = fixture[name];
      const test = pearsonTest(x, y);
      expectClose(test.estimate, reference.estimate, 1e-12);
      expectClose(test.statistic, reference.statistic, 1e-10);
      expect(test.df).toBe(reference.df);
      expectRelativelyClose(test.pValue, reference.p, 1e-10);
      expectAllClose(test.confidenceInterval, reference.ci95, 1e-10);
      expectAllClose(pearsonTest(x, y, {level: 0.9}).confidenceInterval, reference.ci90, 1e-10);
      const less = pearsonTest(x, y, {alternative: "less"});
      expectRelativelyClose(less.pValue, reference.pLess, 1e-10);
      expectAllClose(less.confidenceInterval, reference.ciLess, 1e-10);
      const greater = pearsonTest(x, y, {alternative: "greater"});
      expectRelativelyClose(greater.pValue, reference.pGreater, 1e-10);
      expectAllClose(greater.confidenceInterval, reference.ciGreater, 1e-10);
    });
  }
  it("reports a perfect correlation without NaN", () => {
    const test = pearsonTest([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);
    expect(test.statistic).toBe(Infinity);
    expect(test.pValue).toBe(0);
    expect(test.confidenceInterval).toEqual([1, 1]);
  });
  it("needs four pairs and a valid level", () => {
    expect(() => pearsonTest([1, 2, 3], [1, 3, 2])).toThrow(/at least 4/);
    expect(() => pearsonTest([1, 2, 3, 4], [1, 3, 2, 4], {level: 95})).toThrow(StatsInputError);
    expect(() => fisherInterval(0.3, 3)).toThrow(/n − 3/);
  });
});

describe("spearmanTest against R cor.test(method = 'spearman', exact = FALSE)", () => {
  for (const name of ["continuous", "ties", "mixedTies"] as const) {
    it(`${name}: rho, S and t-approximation p to 1e-10`, () => {
      const {x, y, spearman: reference} = fixture[name];
      const test = spearmanTest(x, y);
      expectClose(test.estimate, reference.estimate, 1e-12);
      expectClose(test.statistic, reference.S, 1e-10);
      expectRelativelyClose(test.pValue, reference.p, 1e-10);
      expect(test.pValueMethod).toBe("t-approximation");
    });
  }
  it("flags ties; with ties R's default p is the same t approximation", () => {
    const {x, y, spearman: reference} = fixture.ties;
    const test = spearmanTest(x, y);
    expect(test.ties).toBe(true);
    expectRelativelyClose(test.pValue, reference.pDefault, 1e-10);
  });
});
