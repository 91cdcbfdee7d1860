import {describe, expect, it} from "vitest";
import {saltelliDesign, saltelliRows, sobolIndices, sobolWithIntervals, sobolWithIntervalsJointly} from "../../../lib/stats/sobol.ts";
import {StatsInputError} from "../../../lib/stats/errors.ts";
import {expectClose, readFixture} from "./r-fixtures.ts";
import {ishigami, weylDesign} from "./weyl-design.ts";

// Analytical Sobol indices of the Ishigami function with a = 7, b = 0.1 (Saltelli et al. 2008, §4.8).
const ISHIGAMI_FIRST = [0.3139, 0.4424, 0];
const ISHIGAMI_TOTAL = [0.5576, 0.4424, 0.2437];

function ishigamiOutputs(rows: Float64Array): Float64Array {
  return Float64Array.from({length: rows.length / 3}, (_, r) => ishigami(rows, 3 * r));
}

describe("saltelliRows", () => {
  it("stacks A, B and each A_B^(i), A with column i from B", () => {
    const design = {factors: 2, baseSamples: 2, a: Float64Array.of(1, 2, 3, 4), b: Float64Array.of(5, 6, 7, 8)};
    expect(Array.from(saltelliRows(design))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 5, 2, 7, 4, 1, 6, 3, 8]);
  });

  it("is seeded: the same seed gives the same design, another seed another", () => {
    expect(saltelliDesign(3, 8, {seed: 5}).a).toEqual(saltelliDesign(3, 8, {seed: 5}).a);
    expect(saltelliDesign(3, 8, {seed: 5}).b).not.toEqual(saltelliDesign(3, 8, {seed: 6}).b);
  });

  it("rejects a design whose matrices do not match its size", () => {
    expect(() => saltelliRows({factors: 2, baseSamples: 3, a: new Float64Array(6), b: new Float64Array(5)})).toThrow(StatsInputError);
  });
});

describe("Sobol indices on the Ishigami function", () => {
  const baseSamples = 1 << 15;
  const design = saltelliDesign(3, baseSamples, {seed: 20200});
  const y = ishigamiOutputs(saltelliRows(design));
  const result = sobolWithIntervals(y, 3, baseSamples, {resamples: 300, seed: 1});

  it("agree with the analytical first- and total-order indices within Monte Carlo error", () => {
    // The estimators' standard errors at N = 32,768 are below 0.01; 0.025 is about three of them.
    result.first.forEach((s, i) => expectClose(s, ISHIGAMI_FIRST[i], 0.025, `S${i + 1}`));
    result.total.forEach((s, i) => expectClose(s, ISHIGAMI_TOTAL[i], 0.025, `ST${i + 1}`));
  });

  it("give bootstrap intervals around the estimates that hold the analytical values", () => {
    result.firstInterval.forEach(([lo, hi], i) => {
      expect(lo).toBeLessThanOrEqual(result.first[i]);
      expect(hi).toBeGreaterThanOrEqual(result.first[i]);
      expect(lo - 0.01).toBeLessThanOrEqual(ISHIGAMI_FIRST[i]);
      expect(hi + 0.01).toBeGreaterThanOrEqual(ISHIGAMI_FIRST[i]);
    });
    result.totalInterval.forEach(([lo, hi], i) => {
      expect(lo - 0.01).toBeLessThanOrEqual(ISHIGAMI_TOTAL[i]);
      expect(hi + 0.01).toBeGreaterThanOrEqual(ISHIGAMI_TOTAL[i]);
    });
  });

  it("a joint bootstrap gives each output the interval it gets alone with the same seed", () => {
    const [alone] = sobolWithIntervalsJointly([y], 3, baseSamples, {resamples: 50, seed: 9});
    const [first, second] = sobolWithIntervalsJointly([y, y.map((v) => 2 * v + 1)], 3, baseSamples, {resamples: 50, seed: 9});
    expect(first.firstInterval).toEqual(alone.firstInterval);
    second.total.forEach((s, i) => expectClose(s, first.total[i], 1e-9, `ST${i + 1} of an affine output`));
  });
});

describe("Sobol estimators against R (test/fixtures/r/robustness.R)", () => {
  const fixture = readFixture("robustness.json").ishigami;
  it("give R's values on the same deterministic design", () => {
    const y = ishigamiOutputs(saltelliRows(weylDesign(3, fixture.baseSamples)));
    const result = sobolIndices(y, 3, fixture.baseSamples);
    result.first.forEach((s, i) => expectClose(s, fixture.first[i], 1e-10, `S${i + 1}`));
    result.total.forEach((s, i) => expectClose(s, fixture.total[i], 1e-10, `ST${i + 1}`));
    expectClose(result.variance, fixture.variance, 1e-10, "V");
  });
});

describe("degenerate outputs", () => {
  it("give NaN indices, not a division by zero, when the output does not vary", () => {
    const result = sobolIndices(new Float64Array(4 * 5).fill(3), 2, 5);
    expect(result.variance).toBe(0);
    expect(result.first.every(Number.isNaN)).toBe(true);
  });

  it("reject outputs of the wrong length", () => {
    expect(() => sobolIndices(new Float64Array(7), 2, 2)).toThrow(/outputs/);
  });

  it("the doc example: y = x1 puts all the variance on the first factor", () => {
    const rows = saltelliRows(saltelliDesign(2, 4096, {seed: 1}));
    const y = Float64Array.from({length: rows.length / 2}, (_, r) => rows[2 * r]);
    const {first, total} = sobolIndices(y, 2, 4096);
    expect(total[1]).toBe(0);
    expect(first[1]).toBe(0);
    expectClose(total[0], 1, 0.05, "ST1");
    // Saltelli's first-order estimator is the noisier of the two (its error grows with the output's mean).
    expectClose(first[0], 1, 0.1, "S1");
  });
});
