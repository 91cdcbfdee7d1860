import {describe, expect, it} from "vitest";
import {firstDifferences, INTERCEPT} from "../../../lib/stats/first-differences.ts";
import {mainPanel as panel, panelFixture} from "./panel-fixture.ts";
import {expectAllClose} from "./r-fixtures.ts";

describe("firstDifferences against lm on plm's time-aware diff() with clubSandwich CR1S and CR2", () => {
  for (const [name, regressors, names] of [
    ["firstDifference", [panel.x], ["x"]],
    ["firstDifferenceControls", [panel.x, panel.z], ["x", "z"]]
  ] as const) {
    it(`${name}: coefficients to 1e-8, clustered SEs to 1e-6; gaps in the years break differences`, () => {
      const reference = panelFixture[name];
      const fit = firstDifferences({unit: panel.country, time: panel.year, y: panel.y, regressors: regressors as unknown as number[][], names});
      expect(fit.coefficients.map((c) => c.name)).toEqual([INTERCEPT, ...names]);
      expectAllClose(
        fit.coefficients.map((c) => c.estimate),
        reference.coefficients,
        1e-8,
        "coefficients"
      );
      expectAllClose(
        fit.coefficients.map((c) => c.cr1.standardError),
        reference.cr1,
        1e-6,
        "CR1"
      );
      expectAllClose(
        fit.coefficients.map((c) => c.cr2.standardError),
        reference.cr2,
        1e-6,
        "CR2"
      );
      expect(fit.n).toBe(reference.n);
      expect(fit.dfResidual).toBe(reference.dfResidual);
    });
  }
});
