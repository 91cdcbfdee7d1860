import {describe, expect, it} from "vitest";
import {twoWayFixedEffects} from "../../../lib/stats/two-way-fixed-effects.ts";
import {wildClusterBootstrap} from "../../../lib/stats/wild-cluster-bootstrap.ts";
import {panelFixture, type SyntheticPanel} from "./panel-fixture.ts";
import {expectClose} from "./r-fixtures.ts";

const fitOf = (panel: SyntheticPanel, withControl: boolean) =>
  twoWayFixedEffects({
    unit: panel.country,
    time: panel.year,
    y: panel.y,
    regressors: withControl ? [panel.x, panel.z] : [panel.x],
    names: withControl ? ["x", "z"] : ["x"]
  });

describe("wildClusterBootstrap (restricted, Rademacher) against a brute-force R refit of every draw", () => {
  const enumerated = panelFixture.bootstrapEnumerated;

  for (const [name, withControl, nullValue] of [
    ["null0", true, 0],
    ["nullQuarter", true, 0.25],
    ["noControls", false, 0]
  ] as const) {
    it(`${name}: all 2^10 sign vectors enumerated, so t and p equal R's exactly`, () => {
      const result = wildClusterBootstrap(fitOf(enumerated.panel, withControl), {nullValue, draws: 9999});
      expect(result.enumerated).toBe(true);
      expect(result.draws).toBe(1024);
      expectClose(result.statistic, enumerated[name].t, 1e-6);
      expectClose(result.pValue, enumerated[name].p, 1e-12);
    });
  }

  it("30 countries, 9,999 random draws: p within Monte Carlo error of R's 19,999 draws", () => {
    const reference = panelFixture.bootstrapRandom;
    const result = wildClusterBootstrap(fitOf(reference.panel, false), {nullValue: 0.2, draws: 9999, seed: 16});
    expectClose(result.statistic, reference.t, 1e-6);
    const p = reference.p;
    const monteCarloSe = Math.sqrt((p * (1 - p)) / 9999 + (p * (1 - p)) / reference.draws);
    expect(Math.abs(result.pValue - p)).toBeLessThan(4 * monteCarloSe);
    expect(result.enumerated).toBe(false);
  });

  it("the interval is the set of null values not rejected: p at each end equals 1 − level", () => {
    const fit = fitOf(panelFixture.bootstrapRandom.panel, false);
    const result = wildClusterBootstrap(fit, {draws: 1999, seed: 3});
    const [lower, upper] = result.confidenceInterval;
    expect(lower).toBeLessThan(fit.coefficients[0].estimate);
    expect(upper).toBeGreaterThan(fit.coefficients[0].estimate);
    const pAt = (beta0: number) => wildClusterBootstrap(fit, {draws: 1999, seed: 3, nullValue: beta0}).pValue;
    const width = upper - lower;
    expect(pAt(lower + 0.01 * width)).toBeGreaterThan(0.05);
    expect(pAt(lower - 0.01 * width)).toBeLessThanOrEqual(0.05);
    expect(pAt(upper - 0.01 * width)).toBeGreaterThan(0.05);
    expect(pAt(upper + 0.01 * width)).toBeLessThanOrEqual(0.05);
  });

  it("Webb weights give a p-value close to Rademacher's, and the same seed the same numbers", () => {
    const fit = fitOf(panelFixture.bootstrapRandom.panel, false);
    const webb = wildClusterBootstrap(fit, {nullValue: 0.2, weights: "webb", seed: 1});
    expect(wildClusterBootstrap(fit, {nullValue: 0.2, weights: "webb", seed: 1})).toEqual(webb);
    expect(Math.abs(webb.pValue - panelFixture.bootstrapRandom.p)).toBeLessThan(0.02);
    expect(() => wildClusterBootstrap(fit, {coefficient: 3})).toThrow(/coefficient/);
  });
});
