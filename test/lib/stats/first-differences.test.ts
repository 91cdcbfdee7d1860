import {describe, expect, it} from "vitest";
import {firstDifferences, INTERCEPT} from "../../../lib/stats/first-differences.ts";
import {expectMatchesPanelReference, mainPanel as panel, panelFixture} from "./panel-fixture.ts";

describe("firstDifferences against lm on plm's time-aware diff() with clubSandwich CR1S and CR2", () => {
  for (const [name, regressors, names] of [
    ["firstDifference", [panel.x], ["x"]],
    ["firstDifferenceControls", [panel.x, panel.z], ["x", "z"]]
  ] as const) {
    it(`${name}: coefficients to 1e-8, clustered SEs to 1e-6; gaps in the years break differences`, () => {
      const reference = panelFixture[name];
      const fit = firstDifferences({unit: panel.country, time: panel.year, y: panel.y, regressors: regressors as unknown as number[][], names});
      expect(fit.coefficients.map((c) => c.name)).toEqual([INTERCEPT, ...names]);
      expectMatchesPanelReference(fit.coefficients, reference);
      expect(fit.n).toBe(reference.n);
      expect(fit.dfResidual).toBe(reference.dfResidual);
    });
  }
});
