import {describe, expect, it} from "vitest";
import {StatsInputError} from "../../../lib/stats/errors.ts";
import {twoWayFixedEffects} from "../../../lib/stats/two-way-fixed-effects.ts";
import {expectMatchesPanelReference, mainPanel as panel, panelFixture} from "./panel-fixture.ts";
import {expectClose} from "./r-fixtures.ts";

describe("twoWayFixedEffects against plm within twoways, vcovHC sss (CR1) and clubSandwich CR2", () => {
  for (const [name, regressors, names] of [
    ["twfe", [panel.x], ["x"]],
    ["twfeControls", [panel.x, panel.z], ["x", "z"]]
  ] as const) {
    it(`${name}: coefficients to 1e-8, clustered standard errors to 1e-6 (unbalanced, 12 countries)`, () => {
      const reference = panelFixture[name];
      const fit = twoWayFixedEffects({unit: panel.country, time: panel.year, y: panel.y, regressors: regressors as unknown as number[][], names});
      expectMatchesPanelReference(fit.coefficients, reference);
      expect(fit.n).toBe(reference.n);
      expect(fit.dfResidual).toBe(reference.dfResidual);
      expect(fit.clusters).toBe(12);
    });
  }

  it("CR1 t and p (t with G − 1 df) match lmtest::coeftest on the plm fit's statistic", () => {
    const fit = twoWayFixedEffects({unit: panel.country, time: panel.year, y: panel.y, regressors: [panel.x, panel.z], names: ["x", "z"]});
    panelFixture.twfeControls.lmtestCr1.forEach(([estimate, se, t]: number[], k: number) => {
      expectClose(fit.coefficients[k].estimate, estimate, 1e-8);
      expectClose(fit.coefficients[k].cr1.standardError, se, 1e-6);
      expectClose(fit.coefficients[k].cr1.statistic, t, 1e-6);
    });
  });

  it("refuses a regressor that the fixed effects absorb, and a duplicate country-year", () => {
    const constantWithinCountry = panel.country.map((c) => c.charCodeAt(2));
    expect(() => twoWayFixedEffects({unit: panel.country, time: panel.year, y: panel.y, regressors: [constantWithinCountry], names: ["c"]})).toThrow(
      StatsInputError
    );
    expect(() => twoWayFixedEffects({unit: ["A", "A", "B"], time: [1, 1, 2], y: [1, 2, 3], regressors: [[1, 2, 3]], names: ["x"]})).toThrow(/two rows/);
  });
});
