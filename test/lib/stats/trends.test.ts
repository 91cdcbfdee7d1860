import {describe, expect, it} from "vitest";
import {annualSlope, slopesByUnit, waveChange, type Observation} from "../../../lib/stats/trends.ts";
import {StatsInputError} from "../../../lib/stats/errors.ts";
import {expectAllClose, expectClose, readFixture} from "./r-fixtures.ts";

const fixture = readFixture("trends.json");
const rows: Observation[] = fixture.rows;

describe("waveChange against R", () => {
  const result = waveChange(rows, {from: 2014, to: 2019, threshold: 2});
  it("computes per-unit changes, the mean and t.test intervals (1e-10)", () => {
    expect(result.units.map((u) => u.unit).sort()).toEqual([...fixture.change.units].sort());
    const byUnit = new Map(result.units.map((u) => [u.unit, u.change]));
    fixture.change.units.forEach((unit: string, i: number) => expectClose(byUnit.get(unit) as number, fixture.change.values[i], 1e-10));
    expectClose(result.meanChange, fixture.change.mean, 1e-10);
    expectClose(result.standardDeviation, fixture.change.sd, 1e-10);
    expectAllClose(result.confidenceInterval, fixture.change.ci95, 1e-10);
    expectAllClose(waveChange(rows, {from: 2014, to: 2019, level: 0.9}).confidenceInterval, fixture.change.ci90, 1e-10);
  });
  it("counts improvers and decliners beyond the threshold and lists excluded units", () => {
    expect(result.improvers).toBe(fixture.change.improversAbove2);
    expect(result.decliners).toBe(fixture.change.declinersBelow2);
    expect(result.improvers + result.decliners + result.unchanged).toBe(result.n);
    expect(result.excluded.map((e) => e.unit)).toContain("BG");
    expect(result.excluded.find((e) => e.unit === "BG")?.reason).toBe("no value for 2019");
    expect(result.n + result.excluded.length).toBe(14);
  });
  it("summarizes by group and offers a seeded bootstrap interval", () => {
    const eu = result.byGroup.find((g) => g.group === "EU");
    expect(eu?.n).toBe(result.units.filter((u) => u.group === "EU").length);
    const booted = waveChange(rows, {from: 2014, to: 2019, bootstrapReplicates: 4999, seed: 1});
    const [lower, upper] = booted.bootstrapInterval as [number, number];
    expect(lower).toBeLessThan(booted.meanChange);
    expect(upper).toBeGreaterThan(booted.meanChange);
    // Close to the t interval for a roughly symmetric distribution of changes.
    expect(Math.abs(lower - booted.confidenceInterval[0])).toBeLessThan(0.35 * (upper - lower));
  });
  it("rejects bad input clearly", () => {
    expect(() => waveChange(rows, {from: 2014, to: 2014})).toThrow(/^to/);
    expect(() => waveChange(rows, {from: 2014, to: 2019, threshold: -1})).toThrow(/^threshold/);
    expect(() => waveChange([...rows, {unit: "AT", year: 2010, value: 1}], {from: 2014, to: 2019})).toThrow(/AT has more than one row for 2010/);
    expect(() => waveChange(rows, {from: 1990, to: 2019})).toThrow(/at least 2 units/);
  });
});

describe("annualSlope and slopesByUnit against R lm(value ~ year)", () => {
  it("matches per-unit slopes with gaps (1e-10) and skips units with < 2 observed years", () => {
    const {slopes, skipped} = slopesByUnit(rows);
    const byUnit = new Map(slopes.map((s) => [s.unit, s.slope]));
    fixture.slopes.units.forEach((unit: string, i: number) => {
      const expected = fixture.slopes.values[i];
      if (expected === null) expect(byUnit.has(unit)).toBe(false);
      else expectClose(byUnit.get(unit) as number, expected, 1e-10, unit);
    });
    expect(skipped).toEqual([{unit: "HU", observedYears: 1}]);
  });
  it("returns n and the years used", () => {
    const result = annualSlope([
      {year: 2013, value: 46},
      {year: 2010, value: 40},
      {year: 2011, value: null}
    ]);
    expect(result).toEqual({slope: 2, intercept: 40 - 2 * 2010, n: 2, years: [2010, 2013]});
    expect(() =>
      annualSlope([
        {year: 2010, value: 1},
        {year: 2011, value: NaN}
      ])
    ).toThrow(StatsInputError);
    expect(() =>
      annualSlope([
        {year: 2010, value: 1},
        {year: 2010, value: 2}
      ])
    ).toThrow(/appears more than once/);
  });
});
