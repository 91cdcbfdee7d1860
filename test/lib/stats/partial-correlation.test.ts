import {describe, expect, it} from "vitest";
import {partialCorrelation} from "../../../lib/stats/partial-correlation.ts";
import {StatsInputError} from "../../../lib/stats/errors.ts";
import {expectAllClose, expectClose, expectRelativelyClose, readFixture} from "./r-fixtures.ts";

const fixture = readFixture("correlation.json");

describe("partialCorrelation against R (lm residuals; ppcor pcor.test formulas)", () => {
  for (const name of ["continuous", "ties", "mixedTies"] as const) {
    it(`${name}: one and two controls, Pearson and Spearman, to 1e-10`, () => {
      const {x, y, z1, z2} = fixture[name];
      const cases = [
        [partialCorrelation(x, y, [z1]), fixture[name].partial1],
        [partialCorrelation(x, y, [z1, z2]), fixture[name].partial2],
        [partialCorrelation(x, y, [z1, z2], {method: "spearman"}), fixture[name].partial2Spearman]
      ] as const;
      for (const [result, reference] of cases) {
        expectClose(result.estimate, reference.estimate, 1e-10);
        expectClose(result.statistic, reference.statistic, 1e-9);
        expect(result.df).toBe(reference.df);
        expectRelativelyClose(result.pValue, reference.p, 1e-9);
        expectAllClose(result.confidenceInterval, reference.ci, 1e-10);
      }
    });
  }
  it("rejects collinear or missing controls clearly", () => {
    const x = [1, 2, 3, 4, 5, 6, 7];
    const y = [2, 1, 4, 3, 6, 5, 8];
    const z = [1, 3, 2, 5, 4, 7, 6];
    expect(() => partialCorrelation(x, y, [z, z.map((v) => 2 * v)])).toThrow(/collinear/);
    expect(() => partialCorrelation(x, y, [])).toThrow(StatsInputError);
    expect(() => partialCorrelation(x, y, [[1, 2, 3]])).toThrow(/^controls\[0\]: length/);
    expect(() => partialCorrelation(x, y, [z.map((v, i) => (i === 2 ? null : v))])).toThrow(/^controls\[0\]: value at index 2/);
    const dropped = partialCorrelation([...x, 8], [...y, 9], [[...z, null]], {missing: "pairwise"});
    expect(dropped.dropped).toBe(1);
    expect(dropped.n).toBe(7);
    expect(() =>
      partialCorrelation(
        x,
        x.map((v) => 3 * v + 1),
        [x]
      )
    ).toThrow(/fully explained|collinear/);
  });
});
