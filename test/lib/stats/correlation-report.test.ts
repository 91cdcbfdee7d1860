import {describe, expect, it} from "vitest";
import {correlationReport} from "../../../lib/stats/correlation-report.ts";
import {expectClose, readFixture} from "./r-fixtures.ts";

const fixture = readFixture("correlation.json");

function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(numbersIn);
  return [];
}

describe("correlationReport", () => {
  const {x, y, pearson, spearman} = fixture.continuous;
  const report = correlationReport(x, y, {labels: fixture.labels, seed: 7, replicates: 2000});
  it("collects R-matching estimates, tests and intervals", () => {
    expect(report.n).toBe(30);
    expectClose(report.r, pearson.estimate, 1e-12);
    expectClose(report.rho, spearman.estimate, 1e-12);
    expectClose(report.pearson.confidenceInterval[0], pearson.ci95[0], 1e-10);
    expect(report.mostInfluential.label).toBe("IE");
    expect(report.band).toHaveLength(25);
    expect(report.band[0].x).toBe(Math.min(...x));
    expect(report.band[24].x).toBe(Math.max(...x));
    expect(report.permutation.pearsonPValue).toBeGreaterThan(0);
    expect(report.bootstrap.pearson.bca![0]).toBeLessThan(report.r);
  });
  it("contains no NaN and is reproducible from the seed", () => {
    expect(numbersIn(report).every((value) => !Number.isNaN(value))).toBe(true);
    expect(correlationReport(x, y, {labels: fixture.labels, seed: 7, replicates: 2000})).toEqual(report);
  });
  it("reports dropped pairs under pairwise deletion", () => {
    const withGaps = [...x];
    withGaps[3] = null;
    const gapped = correlationReport(withGaps, y, {missing: "pairwise", replicates: 200});
    expect(gapped.dropped).toBe(1);
    expect(gapped.n).toBe(29);
    expect(() => correlationReport(withGaps, y)).toThrow(/^x: value at index 3/);
  });
});
