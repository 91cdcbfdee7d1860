import {describe, expect, it} from "vitest";
import {pca} from "../../../lib/stats/pca.ts";
import {StatsInputError} from "../../../lib/stats/errors.ts";
import {expectAllClose, expectClose, readFixture} from "./r-fixtures.ts";

const fixture = readFixture("pca.json");

describe("pca against R prcomp(scale. = TRUE), up to sign", () => {
  for (const name of ["usArrests", "ties"] as const) {
    it(`${name}: sdev, rotation, scores to 1e-10`, () => {
      const reference = fixture[name];
      const result = pca(reference.data);
      const count = result.eigenvalues.length;
      expectAllClose(result.standardDeviations, reference.sdev.slice(0, count), 1e-10);
      for (let k = 0; k < count; k++) {
        // Our sign is fixed by the sum-of-loadings rule; R's is arbitrary: compare after aligning.
        const sign = Math.sign(result.eigenvectors[0][k]) === Math.sign(reference.rotation[0][k]) ? 1 : -1;
        reference.rotation.forEach((row: number[], j: number) => expectClose(sign * result.eigenvectors[j][k], row[k], 1e-10));
        reference.x.forEach((row: number[], i: number) => expectClose(sign * result.scores[i][k], row[k], 1e-9));
        expect(result.eigenvectors.reduce((s, row) => s + row[k], 0)).toBeGreaterThan(0);
      }
      const total = reference.sdev.reduce((s: number, v: number) => s + v * v, 0);
      expectClose(result.explainedVarianceRatio[0], reference.sdev[0] ** 2 / total, 1e-12);
      expectClose(result.cumulativeVarianceRatio[count - 1], 1, 1e-12);
      // Loadings of standardized data are correlations of variables with scores.
      expectClose(result.loadings[0][0], result.eigenvectors[0][0] * result.standardDeviations[0], 1e-15);
    });
  }
  it("limits components and validates input", () => {
    const data = fixture.usArrests.data;
    expect(pca(data, {components: 2}).scores[0]).toHaveLength(2);
    expect(() => pca(data, {components: 9})).toThrow(/^components/);
    expect(() =>
      pca([
        [1, 2],
        [1, 3],
        [1, 4]
      ])
    ).toThrow(/column 0 has zero variance/);
    expect(() =>
      pca([
        [1, 2],
        [2, NaN],
        [3, 4]
      ])
    ).toThrow(StatsInputError);
    expect(() =>
      pca([
        [1, 2],
        [2, 3, 4],
        [3, 4]
      ])
    ).toThrow(/row 1 has 3 values/);
  });
  it("runs unstandardized (covariance) PCA too", () => {
    const result = pca(fixture.usArrests.data, {standardize: false});
    expect(result.scales).toEqual([1, 1, 1, 1]);
    expect(result.explainedVarianceRatio[0]).toBeGreaterThan(0.9); // Assault dominates the raw variance
  });
});
