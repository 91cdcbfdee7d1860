// The robustness analysis on a synthetic index and a deterministic design, against the same scheme written
// in R (test/fixtures/r/robustness.R → robustness.json).
import {describe, expect, it} from "vitest";
import {DEFAULT_CONFIGURATION} from "../../../lib/robustness/choices.ts";
import {createIndexModel} from "../../../lib/robustness/index-model.ts";
import {runSensitivity} from "../../../lib/robustness/sensitivity.ts";
import {runUncertainty} from "../../../lib/robustness/uncertainty.ts";
import {expectAllClose, expectClose, readFixture} from "../stats/r-fixtures.ts";
import {weylDesign, weylUniforms} from "../stats/weyl-design.ts";
import {syntheticIndex} from "./synthetic-index.ts";

const fixture = readFixture("robustness.json").synthetic;
const data = syntheticIndex();
const model = createIndexModel(data);
// Every choice but the weights varies in the R run (R cannot draw the workspace's Dirichlet weights).
const varying = ["aggregation", "health", "education", "drop_area", "drop_indicator", "scale", "within_area"] as const;

describe("the synthetic index against R", () => {
  it("has R's scores under MIPEX's configuration, equal-per-indicator and principal-component weights", () => {
    expectAllClose(model.scores(DEFAULT_CONFIGURATION), fixture.defaultScores, 1e-12, "default");
    expectAllClose(model.scores({...DEFAULT_CONFIGURATION, weights: "per_indicator"}), fixture.perIndicatorScores, 1e-12, "per indicator");
    expectAllClose(model.pcaWeights, fixture.pcaWeights, 1e-10, "PCA weights");
    expectAllClose(model.scores({...DEFAULT_CONFIGURATION, weights: "pca"}), fixture.pcaScores, 1e-10, "PCA");
  });

  it("gives R's rank intervals, top probabilities and band changes on the same 1,000 draws", () => {
    const {draws, top} = fixture.uncertainty;
    const result = runUncertainty(model, {uniforms: weylUniforms(draws, 8), choices: varying, top});
    expect(result.draws).toBe(draws);
    for (const expected of fixture.uncertainty.countries) {
      const got = result.countries.find((c) => c.iso3 === data.countries[expected.country - 1].iso3)!;
      const what = `country ${expected.country}`;
      expect(got.rank, what).toBe(expected.rank);
      expect([got.medianRank, got.rankLow, got.rankHigh], what).toEqual([expected.medianRank, expected.rankLow, expected.rankHigh]);
      expectClose(got.topProbability, expected.topProbability, 1e-12, `${what} top`);
      expectClose(got.bandChangeProbability, expected.bandChangeProbability, 1e-12, `${what} band`);
      expectClose(got.meanAbsoluteShift, expected.meanAbsoluteShift, 1e-12, `${what} shift`);
    }
    expectClose(result.averageShift.mean, fixture.uncertainty.averageShift.mean, 1e-12, "average shift");
    expectClose(result.averageShift.low, fixture.uncertainty.averageShift.low, 1e-12, "average shift 5 %");
    expectClose(result.averageShift.high, fixture.uncertainty.averageShift.high, 1e-12, "average shift 95 %");
  });

  it("gives R's first- and total-order Sobol indices on the same Saltelli design", () => {
    const {baseSamples, factors} = fixture.sensitivity;
    const result = runSensitivity(model, {design: weylDesign(factors, baseSamples), choices: varying, resamples: 10});
    expect(result.choices).toEqual([...varying]);
    expectAllClose(result.averageShift.first, fixture.sensitivity.averageShift.first, 1e-10, "average shift S");
    expectAllClose(result.averageShift.total, fixture.sensitivity.averageShift.total, 1e-10, "average shift ST");
    fixture.sensitivity.countries.forEach((expected: {first: (number | null)[]; total: (number | null)[]}, c: number) => {
      const got = result.countries[c];
      if (expected.first[0] === null) {
        expect(got.first.every(Number.isNaN), `country ${c + 1} does not vary`).toBe(true);
        return;
      }
      expectAllClose(got.first, expected.first as number[], 1e-10, `country ${c + 1} S`);
      expectAllClose(got.total, expected.total as number[], 1e-10, `country ${c + 1} ST`);
    });
  });
});
