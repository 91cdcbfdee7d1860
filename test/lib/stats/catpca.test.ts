import {describe, expect, it} from "vitest";
import {catpca, type ScalingLevel} from "../../../lib/stats/catpca.ts";
import {pca} from "../../../lib/stats/pca.ts";
import {createRandom} from "../../../lib/stats/random.ts";
import {StatsInputError} from "../../../lib/stats/errors.ts";
import {expectClose, readFixture} from "./r-fixtures.ts";

/** Synthetic MIPEX-like scores: n countries × m indicators in {0, 50, 100} from two latent factors. */
function mipexLike(n: number, m: number, seed: number): number[][] {
  const random = createRandom(seed);
  const normal = () => {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += random();
    return sum - 6;
  };
  const f1 = Array.from({length: n}, normal);
  const f2 = Array.from({length: n}, normal);
  return f1.map((a, i) =>
    Array.from({length: m}, (_, j) => {
      const value = (j % 3 === 0 ? 0.8 * a : 0.6 * a + 0.5 * f2[i]) + 0.7 * normal() + ((j % 5) - 2) * 0.3;
      return value < -0.6 ? 0 : value < 0.5 ? 50 : 100;
    })
  );
}

const column = (rows: number[][], j: number) => rows.map((row) => row[j]);
const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
const populationCovariance = (a: number[], b: number[]) => {
  const ma = mean(a);
  const mb = mean(b);
  return a.reduce((s, x, i) => s + (x - ma) * (b[i] - mb), 0) / a.length;
};

describe("catpca defining properties", () => {
  const data = mipexLike(56, 20, 3);
  const ordinal = catpca(data, {dimensions: 2, levels: "ordinal"});

  it("never increases the loss", () => {
    const history = ordinal.lossHistory;
    expect(history.length).toBe(ordinal.iterations + 1);
    for (let i = 1; i < history.length; i++) expect(history[i]).toBeLessThanOrEqual(history[i - 1] + 1e-13);
    expect(ordinal.converged).toBe(true);
  });
  it("gives nondecreasing quantifications for ordinal variables", () => {
    for (const {quantifications} of ordinal.quantifications) {
      for (let c = 1; c < quantifications.length; c++) expect(quantifications[c]).toBeGreaterThanOrEqual(quantifications[c - 1] - 1e-12);
    }
  });
  it("standardizes quantified variables and object scores (mean 0, variance 1, divisor n)", () => {
    for (let j = 0; j < 20; j++) {
      const z = column(ordinal.quantifiedData, j);
      expectClose(mean(z), 0, 1e-12);
      expectClose(populationCovariance(z, z), 1, 1e-12);
    }
    const x0 = column(ordinal.objectScores, 0);
    const x1 = column(ordinal.objectScores, 1);
    expectClose(populationCovariance(x0, x0), 1, 1e-10);
    expectClose(populationCovariance(x1, x1), 1, 1e-10);
    expectClose(populationCovariance(x0, x1), 0, 1e-10);
  });
  it("reports loadings that are correlations of quantified variables with object scores, and VAF = Σ loadings²", () => {
    for (let k = 0; k < 2; k++) {
      const x = column(ordinal.objectScores, k);
      for (let j = 0; j < 20; j++) expectClose(ordinal.loadings[j][k], populationCovariance(column(ordinal.quantifiedData, j), x), 1e-10);
      expectClose(
        ordinal.varianceAccountedFor[k],
        ordinal.loadings.reduce((s, row) => s + row[k] ** 2, 0),
        1e-10
      );
    }
    expectClose(ordinal.varianceAccountedForRatio[0], ordinal.varianceAccountedFor[0] / 20, 1e-15);
    // The final rotation cannot lose fit: total VAF matches the converged loss.
    expectClose(2 - ordinal.totalVarianceAccountedFor / 20, ordinal.lossHistory.at(-1) as number, 1e-8);
  });
  it("equals standardized PCA when every variable is numeric", () => {
    const numeric = catpca(data, {dimensions: 2, levels: "numeric"});
    const reference = pca(data);
    const n = data.length;
    for (let k = 0; k < 2; k++) {
      expectClose(numeric.varianceAccountedFor[k], reference.eigenvalues[k], 1e-9);
      const sign = Math.sign(numeric.loadings[0][k]) === Math.sign(reference.loadings[0][k]) ? 1 : -1;
      numeric.loadings.forEach((row, j) => expectClose(row[k], sign * reference.loadings[j][k], 1e-8));
      // prcomp scores have sample variance λ; ours are scaled to population variance 1.
      const scale = Math.sqrt(n / (n - 1)) / reference.standardDeviations[k];
      numeric.objectScores.forEach((row, i) => expectClose(row[k], sign * reference.scores[i][k] * scale, 1e-8));
    }
  });
  it("reaches the PCA solution from a random start when every variable is numeric", () => {
    const numeric = catpca(data, {dimensions: 2, levels: "numeric", initialization: "random", seed: 4});
    const reference = pca(data);
    expectClose(numeric.totalVarianceAccountedFor, reference.eigenvalues[0] + reference.eigenvalues[1], 1e-7);
  });
  it("accounts for at least as much variance as numeric PCA when ordinal, and nominal at least as much as ordinal", () => {
    const numericTotal = catpca(data, {levels: "numeric"}).totalVarianceAccountedFor;
    const nominalTotal = catpca(data, {levels: "nominal"}).totalVarianceAccountedFor;
    expect(ordinal.totalVarianceAccountedFor).toBeGreaterThanOrEqual(numericTotal - 1e-10);
    expect(nominalTotal).toBeGreaterThanOrEqual(ordinal.totalVarianceAccountedFor - 1e-8);
  });
  it("treats two-category variables identically at every level", () => {
    const binary = data.map((row) => row.map((value) => (value === 100 ? 1 : 0)));
    const levels: ScalingLevel[] = ["numeric", "ordinal", "nominal"];
    const totals = levels.map((level) => catpca(binary, {levels: level}).totalVarianceAccountedFor);
    expectClose(totals[1], totals[0], 1e-10);
    expectClose(totals[2], totals[0], 1e-10);
  });
  it("pools categories whose order conflicts with the data (ordinal ties), unlike nominal", () => {
    // Indicator 0 recoded so that its middle category behaves like the top one and vice versa.
    const swapped = data.map((row) => [row[0] === 50 ? 100 : row[0] === 100 ? 50 : 0, ...row.slice(1)]);
    const ordinalSwapped = catpca(swapped, {levels: "ordinal"});
    const q = ordinalSwapped.quantifications[0].quantifications;
    expectClose(q[1], q[2], 1e-10); // 50 and 100 pooled
    const nominalSwapped = catpca(swapped, {levels: "nominal"});
    expect(nominalSwapped.totalVarianceAccountedFor).toBeGreaterThan(ordinalSwapped.totalVarianceAccountedFor);
  });
  it("is deterministic, and no random start finds a better ordinal solution", () => {
    expect(catpca(data, {levels: "ordinal"})).toEqual(ordinal);
    // Optimal scaling has local optima: some random starts stop ~1e-4 lower. The numeric-PCA start
    // should be the best of them.
    const totals = [11, 12, 13, 14, 15].map((seed) => catpca(data, {levels: "ordinal", initialization: "random", seed}).totalVarianceAccountedFor);
    expect(Math.max(...totals)).toBeLessThanOrEqual(ordinal.totalVarianceAccountedFor + 1e-6);
    expectClose(Math.max(...totals), ordinal.totalVarianceAccountedFor, 1e-6);
    for (const total of totals) expectClose(total, ordinal.totalVarianceAccountedFor, 1e-3);
  });
});

describe("catpca against multiple correspondence analysis (R MASS::mca)", () => {
  it("one nominal dimension: VAF = m·d₁² and object scores proportional to MCA row scores", () => {
    const {mca} = readFixture("pca.json");
    const result = catpca(mca.data, {dimensions: 1, levels: "nominal", tolerance: 1e-14});
    expectClose(result.varianceAccountedFor[0], mca.data[0].length * mca.d[0] ** 2, 1e-9);
    const scores = column(result.objectScores, 0);
    const correlation = populationCovariance(scores, mca.rowScores) / Math.sqrt(populationCovariance(mca.rowScores, mca.rowScores));
    expectClose(Math.abs(correlation), 1, 1e-9);
    // Uneven category codes (0/25/67/100) are handled as ordered categories.
    expect(result.quantifications[1].categories).toEqual([0, 25, 67, 100]);
  });
});

describe("catpca missing values and bad input", () => {
  const data = mipexLike(30, 8, 5);
  it("imputes missing cells with the quantified mean (0), counts them, and keeps the properties", () => {
    const holed: (number | null)[][] = data.map((row) => [...row]);
    holed[0][0] = null;
    holed[5][0] = NaN;
    holed[7][3] = null;
    const result = catpca(holed, {levels: "ordinal"});
    expect(result.missing).toEqual({total: 3, perVariable: [2, 0, 0, 1, 0, 0, 0, 0]});
    expect(result.quantifications[0].missing).toBe(2);
    expect(result.quantifiedData[0][0]).toBe(0);
    expect(result.quantifiedData[7][3]).toBe(0);
    const z = column(result.quantifiedData, 0);
    expectClose(mean(z), 0, 1e-12);
    expectClose(populationCovariance(z, z), 1, 1e-12);
    for (let i = 1; i < result.lossHistory.length; i++) expect(result.lossHistory[i]).toBeLessThanOrEqual(result.lossHistory[i - 1] + 1e-13);
  });
  it("throws clear errors", () => {
    expect(() => catpca(data.map((row) => [50, ...row.slice(1)]))).toThrow(/variable 0 \(V1\) has 1 observed category/);
    expect(() => catpca(data, {dimensions: 9})).toThrow(/^dimensions/);
    // @ts-expect-error: untyped callers
    expect(() => catpca(data, {levels: "interval"})).toThrow(/^levels/);
    expect(() => catpca(data, {levels: ["ordinal"]})).toThrow(/has 1 entries for 8 variables/);
    expect(() =>
      catpca([
        [0, 50],
        [50, 100]
      ])
    ).toThrow(StatsInputError);
    expect(() => catpca(data.map((row, i) => (i === 2 ? row.slice(1) : row)))).toThrow(/row 2/);
  });
  it("names variables in the quantification table", () => {
    const names = ["a", "b", "c", "d", "e", "f", "g", "h"];
    expect(catpca(data, {variableNames: names}).quantifications.map((q) => q.variable)).toEqual(names);
  });
});
