import {describe, expect, it} from "vitest";
import {permutationCorrelationTest} from "../../../lib/stats/permutation.ts";
import {pearson, spearman} from "../../../lib/stats/correlation.ts";
import {readFixture} from "./r-fixtures.ts";

function permutationsOf(values: number[]): number[][] {
  if (values.length <= 1) return [values];
  return values.flatMap((value, i) => permutationsOf([...values.slice(0, i), ...values.slice(i + 1)]).map((rest) => [value, ...rest]));
}

describe("permutationCorrelationTest", () => {
  const x = [31, 45, 52, 58, 63, 70, 84];
  const y = [40, 38, 55, 49, 66, 61, 72];
  const exact = (coefficient: (a: number[], b: number[]) => number, data: number[]) => {
    const observed = coefficient(x, data);
    const all = permutationsOf(data);
    return all.filter((p) => Math.abs(coefficient(x, p)) >= Math.abs(observed) - 1e-12).length / all.length;
  };
  it("agrees with the exact (fully enumerated) permutation p-value within Monte-Carlo error", () => {
    for (const [method, coefficient] of [
      ["pearson", pearson],
      ["spearman", spearman]
    ] as const) {
      const exactP = exact(coefficient, y);
      const result = permutationCorrelationTest(x, y, {method, permutations: 20_000, seed: 9});
      const standardError = Math.sqrt((exactP * (1 - exactP)) / 20_000);
      expect(Math.abs(result.pValue - exactP)).toBeLessThan(4 * standardError + 1e-4);
    }
  });
  it("uses the +1 correction and is reproducible from the seed", () => {
    const result = permutationCorrelationTest(x, y, {permutations: 999, seed: 4});
    expect(result.pValue).toBe((result.extreme + 1) / 1000);
    expect(permutationCorrelationTest(x, y, {permutations: 999, seed: 4})).toEqual(result);
    expect(result.pValue).toBeGreaterThan(0);
  });
  it("counts shuffles tied with the observed value as extreme (0/50/100 data)", () => {
    const scores = [0, 0, 50, 50, 100, 100];
    // r = 1 observed; exactly 8 of 720 orderings (2!·2!·2!) reproduce it, and 8 mirror it (r = −1).
    const result = permutationCorrelationTest(scores, scores, {permutations: 20_000, seed: 1});
    expect(Math.abs(result.pValue - 16 / 720)).toBeLessThan(0.006);
    const greater = permutationCorrelationTest(scores, scores, {permutations: 20_000, seed: 1, alternative: "greater"});
    expect(Math.abs(greater.pValue - 8 / 720)).toBeLessThan(0.004);
  });
  it("is close to the t-test p-value on the R fixture data", () => {
    const {x: fx, y: fy, pearson: reference} = readFixture("correlation.json").continuous;
    const result = permutationCorrelationTest(fx, fy, {permutations: 20_000, seed: 2});
    expect(Math.abs(result.pValue - reference.p)).toBeLessThan(0.003);
  });
  it("rejects bad options", () => {
    expect(() => permutationCorrelationTest(x, y, {permutations: 0})).toThrow(/^permutations/);
    expect(() => permutationCorrelationTest(x, y.slice(1))).toThrow(/^y: length/);
  });
});
