import {describe, expect, it} from "vitest";
import {evenGrid, linearRegression, regressionBand} from "../../../lib/stats/regression.ts";
import {expectAllClose, expectClose, expectRelativelyClose, readFixture} from "./r-fixtures.ts";

const fixture = readFixture("correlation.json");

describe("linearRegression against R lm / confint / predict(interval = 'confidence')", () => {
  for (const name of ["continuous", "ties", "mixedTies"] as const) {
    it(`${name}: coefficients, inference and band to 1e-10`, () => {
      const {x, y, regression: reference} = fixture[name];
      const fit = linearRegression(x, y);
      const [interceptEstimate, interceptSe, interceptT, interceptP] = reference.intercept;
      const [slopeEstimate, slopeSe, slopeT, slopeP] = reference.slope;
      expectClose(fit.intercept.estimate, interceptEstimate, 1e-10);
      expectClose(fit.intercept.standardError, interceptSe, 1e-10);
      expectClose(fit.intercept.statistic, interceptT, 1e-10);
      expectRelativelyClose(fit.intercept.pValue, interceptP, 1e-9);
      expectClose(fit.slope.estimate, slopeEstimate, 1e-10);
      expectClose(fit.slope.standardError, slopeSe, 1e-10);
      expectClose(fit.slope.statistic, slopeT, 1e-10);
      expectRelativelyClose(fit.slope.pValue, slopeP, 1e-9);
      // jsonlite writes matrices row by row: confint() is [[lower, upper] intercept, [lower, upper] slope].
      const [[li, ui], [ls, us]] = reference.confint95;
      expectAllClose(fit.intercept.confidenceInterval, [li, ui], 1e-10);
      expectAllClose(fit.slope.confidenceInterval, [ls, us], 1e-10);
      const [[li90, ui90], [ls90, us90]] = reference.confint90;
      const fit90 = linearRegression(x, y, {level: 0.9});
      expectAllClose(fit90.slope.confidenceInterval, [ls90, us90], 1e-10);
      expectAllClose(fit90.intercept.confidenceInterval, [li90, ui90], 1e-10);
      expectClose(fit.rSquared, reference.r2, 1e-12);
      expectClose(fit.residualStandardError, reference.sigma, 1e-10);
      for (const [band, level] of [
        [reference.band95, 0.95],
        [reference.band90, 0.9]
      ] as const) {
        const points = regressionBand(level === 0.95 ? fit : fit90, reference.grid);
        points.forEach((point, i) => {
          const [fitted, lower, upper] = band[i];
          expectClose(point.fit, fitted, 1e-10);
          expectClose(point.lower, lower, 1e-10);
          expectClose(point.upper, upper, 1e-10);
        });
      }
    });
  }
  it("builds grids and rejects degenerate input", () => {
    expect(evenGrid(0, 100, 5)).toEqual([0, 25, 50, 75, 100]);
    expect(() => linearRegression([1, 1, 1], [1, 2, 3])).toThrow(/^x: has zero variance/);
    expect(() => linearRegression([1, 2], [1, 2])).toThrow(/at least 3/);
    const perfect = linearRegression([1, 2, 3, 4], [3, 5, 7, 9]);
    expect(perfect.slope.pValue).toBe(0);
    expect(perfect.slope.confidenceInterval).toEqual([2, 2]);
  });
});
