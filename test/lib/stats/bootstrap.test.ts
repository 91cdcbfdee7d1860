import {describe, expect, it} from "vitest";
import {bcaInterval, bootstrapCorrelation, bootstrapQuantile, bootstrapReplicates, jackknifeValues, percentileInterval} from "../../../lib/stats/bootstrap.ts";
import {pearson} from "../../../lib/stats/correlation.ts";
import {StatsInputError} from "../../../lib/stats/errors.ts";
import {expectAllClose, expectClose, readFixture} from "./r-fixtures.ts";

const fixture = readFixture("bootstrap.json");

describe("interval arithmetic against boot::boot.ci on R's own replicates", () => {
  const sorted = Float64Array.from(fixture.t as number[]).sort();
  it("bootstrapQuantile reproduces boot:::norm.inter (exact and interpolated ranks) to 1e-12", () => {
    fixture.normInter.alpha.forEach((alpha: number, i: number) => {
      expectClose(bootstrapQuantile(sorted, alpha), fixture.normInter.value[i], 1e-12, `alpha ${alpha}`);
    });
  });
  it("percentile intervals equal boot.ci type 'perc' to 1e-12", () => {
    expectAllClose(percentileInterval(fixture.t, 0.95), fixture.perc95, 1e-12);
    expectAllClose(percentileInterval(fixture.t, 0.9), fixture.perc90, 1e-12);
  });
  it("BCa equals boot.ci type 'bca' with jackknife influence (L = empinf(type = 'jack')) to 1e-10", () => {
    for (const [level, expected] of [
      [0.95, fixture.bca95],
      [0.9, fixture.bca90]
    ] as const) {
      const result = bcaInterval({estimate: fixture.t0, replicates: fixture.t, jackknife: fixture.jackknife, level});
      expectAllClose(result.interval, expected, 1e-10);
    }
    const L: number[] = fixture.L;
    const expectedAcceleration = L.reduce((s, v) => s + v ** 3, 0) / (6 * L.reduce((s, v) => s + v ** 2, 0) ** 1.5);
    const result = bcaInterval({estimate: fixture.t0, replicates: fixture.t, jackknife: fixture.jackknife});
    expectClose(result.acceleration, expectedAcceleration, 1e-12);
  });
  it("our jackknife reproduces R's leave-one-out correlations", () => {
    const {x, y} = fixture;
    const jack = jackknifeValues(x.length, (idx) =>
      pearson(
        Array.from(idx, (i) => x[i]),
        Array.from(idx, (i) => y[i])
      )
    );
    expectAllClose(jack, fixture.jackknife, 1e-12);
  });
});

describe("BCa and percentile properties", () => {
  it("BCa equals the percentile interval when bias correction and acceleration are zero", () => {
    const replicates = Array.from({length: 2000}, (_, i) => (i * 37) % 2000); // 0..1999, shuffled
    const estimate = 999.5; // exactly half the replicates below: z0 = 0
    const jackknife = [estimate - 1, estimate + 1, estimate - 2.5, estimate + 2.5]; // symmetric: a = 0
    const bca = bcaInterval({estimate, replicates, jackknife});
    expect(bca.biasCorrection).toBe(0);
    expect(bca.acceleration).toBe(0);
    expect(bca.interval).toEqual(percentileInterval(replicates));
  });
  it("percentile endpoints are order statistics of the replicates; the interval contains the estimate", () => {
    const {x, y} = fixture;
    const statistic = (idx: Int32Array) =>
      pearson(
        Array.from(idx, (i) => x[i]),
        Array.from(idx, (i) => y[i])
      );
    const {values} = bootstrapReplicates(x.length, statistic, {seed: 5, replicates: 999});
    const sorted = Float64Array.from(values).sort();
    // (999 + 1) · 0.025 = 25 and (999 + 1) · 0.975 = 975: order statistics. (In floating point
    // (1 − 0.95)/2 is 0.025000000000000022, so boot — and we — interpolate by a negligible amount.)
    expectAllClose(percentileInterval(values), [sorted[24], sorted[974]], 1e-12);
    const result = bootstrapCorrelation(x, y, {seed: 5, replicates: 999});
    expectAllClose(result.percentile, [sorted[24], sorted[974]], 1e-12);
    for (const [lower, upper] of [result.percentile, result.bca!]) {
      expect(lower).toBeLessThan(result.estimate);
      expect(upper).toBeGreaterThan(result.estimate);
    }
  });
  it("is reproducible from the seed and changes with it", () => {
    const {x, y} = fixture;
    const a = bootstrapCorrelation(x, y, {seed: 1, replicates: 500});
    expect(bootstrapCorrelation(x, y, {seed: 1, replicates: 500})).toEqual(a);
    expect(bootstrapCorrelation(x, y, {seed: 2, replicates: 500}).percentile).not.toEqual(a.percentile);
  });
});

describe("agreement with R boot within Monte-Carlo error (40,000 replicates each)", () => {
  const {x, y, monteCarlo} = fixture;
  // The 2.5 % / 97.5 % quantiles of 40,000 replicates have a Monte-Carlo standard error of about
  // 0.004 here; 0.015 is ~3.5 standard errors of the difference between two independent runs.
  const tolerance = 0.015;
  it("Pearson: percentile, BCa (jackknife) and bootstrap SE", () => {
    const result = bootstrapCorrelation(x, y, {seed: 2020, replicates: monteCarlo.replicates});
    expectAllClose(result.percentile, monteCarlo.perc95, tolerance, "percentile");
    expectAllClose(result.bca!, monteCarlo.bca95, tolerance, "bca");
    // boot.ci's default BCa (regression influence) differs from the jackknife one only slightly.
    expectAllClose(result.bca!, monteCarlo.bca95Reg, tolerance, "bca (reg)");
    expectClose(result.standardError, monteCarlo.sd, 0.005, "standard error");
  });
  it("Spearman: percentile and BCa", () => {
    const result = bootstrapCorrelation(x, y, {method: "spearman", seed: 2021, replicates: monteCarlo.replicates});
    expectAllClose(result.percentile, monteCarlo.spearmanPerc95, tolerance, "percentile");
    expectAllClose(result.bca!, monteCarlo.spearmanBca95, tolerance, "bca");
  });
});

describe("degenerate resamples and bad input", () => {
  it("drops and counts resamples in which a variable is constant, never returning NaN", () => {
    const x = [0, 0, 0, 0, 0, 50, 100];
    const y = [10, 20, 15, 30, 25, 40, 60];
    const result = bootstrapCorrelation(x, y, {seed: 3, replicates: 2000});
    expect(result.undefinedReplicates).toBeGreaterThan(0);
    for (const value of [...result.percentile, ...result.bca!, result.standardError]) expect(Number.isFinite(value)).toBe(true);
  });
  it("gives no BCa interval, and says why, where BCa is undefined: a perfect or monotone sample", () => {
    // R's boot.ci gives NA endpoints here (qnorm(0) = -Inf); the percentile interval stays defined.
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const perfect = bootstrapCorrelation(
      x,
      x.map((v) => 2 * v + 3),
      {seed: 4, replicates: 499}
    );
    expect(perfect).toMatchObject({bca: null, biasCorrection: null, acceleration: null});
    expectAllClose([perfect.estimate, ...perfect.percentile], [1, 1, 1], 1e-12);
    expect(perfect.bcaUndefined).toMatch(/replicates lie on one side|jackknife values equal/);
    const monotone = bootstrapCorrelation(
      x,
      x.map((v) => -(v ** 3)),
      {method: "spearman", seed: 4, replicates: 499}
    );
    expect(monotone).toMatchObject({
      estimate: -1,
      bca: null,
      bcaUndefined: "all replicates lie on one side of the estimate; the BCa bias correction is infinite"
    });
    // An ordinary sample keeps its BCa interval and no reason.
    expect(bootstrapCorrelation(x, [3, 1, 4, 1, 5, 9, 2, 6, 5, 3], {seed: 4, replicates: 499}).bcaUndefined).toBeNull();
  });
  it("throws clear errors", () => {
    expect(() => bootstrapCorrelation([1, 2, 3], [1, 2, 3])).toThrow(/at least 4/);
    expect(() => bootstrapCorrelation([1, 2, 3, 4], [1, 3, 2, 4], {replicates: 0})).toThrow(/^replicates/);
    expect(() => bcaInterval({estimate: 10, replicates: [1, 2, 3], jackknife: [1, 2]})).toThrow(StatsInputError);
    expect(() => percentileInterval([], 0.95)).toThrow(/no finite replicates/);
  });
});
