import {describe, expect, it} from "vitest";
import {distributedLags, laggedValues} from "../../../lib/stats/distributed-lags.ts";
import {expectMatchesPanelReference, mainPanel as panel, panelFixture} from "./panel-fixture.ts";
import {expectClose} from "./r-fixtures.ts";

describe("distributedLags against plm y ~ x + lag(x, 1) + lag(x, 2), within twoways", () => {
  it("coefficients to 1e-8, CR1 and CR2 to 1e-6, cumulative effect and its CR1 SE", () => {
    const reference = panelFixture.lags;
    const fit = distributedLags({unit: panel.country, time: panel.year, y: panel.y, regressors: [panel.x], names: ["x"]}, 2);
    expect(fit.coefficients.map((c) => c.name)).toEqual(["x", "x (t−1)", "x (t−2)"]);
    expectMatchesPanelReference(fit.coefficients, reference);
    expect(fit.n).toBe(reference.n);
    expectClose(fit.cumulative.estimate, reference.cumulative, 1e-8);
    expectClose(fit.cumulative.cr1.standardError, reference.cumulativeCr1, 1e-6);
  });

  it("a lag exists only where the earlier year was observed", () => {
    expect(laggedValues(["A", "A", "B"], [2010, 2011, 2011], [1, 2, 3], 1)).toEqual([null, 1, null]);
    expect(() => distributedLags({unit: ["A"], time: [1], y: [1], regressors: [[1]], names: ["x"]}, 0)).toThrow(/maxLag/);
  });
});
