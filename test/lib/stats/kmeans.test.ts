import {describe, expect, it} from "vitest";
import {kmeans} from "../../../lib/stats/kmeans.ts";
import {adjustedRandIndex} from "../../../lib/stats/adjusted-rand.ts";
import {expectClose, readFixture} from "./r-fixtures.ts";

const fixture = readFixture("clustering.json");

describe("kmeans against R kmeans(nstart = 200)", () => {
  it("finds R's best total within-cluster sum of squares and partition on USArrests (k = 2…5)", () => {
    for (const reference of fixture.kmeans) {
      const result = kmeans(fixture.arrests, reference.k, {seed: 1, restarts: 100});
      expectClose(result.totalWithinSumOfSquares, reference.totalWithin, 1e-10, `k = ${reference.k}`);
      expect(adjustedRandIndex(result.labels, reference.labels)).toBe(1);
    }
  });
  it("finds the iris optimum (k = 3)", () => {
    const result = kmeans(fixture.kmeansIris.data, 3, {seed: 2, restarts: 50});
    expectClose(result.totalWithinSumOfSquares, fixture.kmeansIris.totalWithin, 1e-10);
    expect(adjustedRandIndex(result.labels, fixture.kmeansIris.labels)).toBe(1);
  });
  it("reports consistent sums of squares, sizes and canonical labels", () => {
    const result = kmeans(fixture.arrests, 4, {seed: 3});
    expectClose(result.totalWithinSumOfSquares + result.betweenSumOfSquares, result.totalSumOfSquares, 1e-12);
    expectClose(result.totalSumOfSquares, 49 * 4, 1e-10); // scaled data: each column has variance 1
    expect(result.sizes.reduce((a, b) => a + b, 0)).toBe(50);
    expect(result.labels[0]).toBe(1);
    expect(new Set(result.labels).size).toBe(4);
    expect(kmeans(fixture.arrests, 4, {seed: 3})).toEqual(result);
  });
  it("rejects k larger than the number of (distinct) cases", () => {
    expect(() => kmeans([[1], [2], [3]], 4)).toThrow(/^k: cannot exceed the number of cases \(3\)/);
    expect(() => kmeans([[1], [1], [1], [2]], 3)).toThrow(/distinct cases \(2\)/);
    expect(() => kmeans([[1], [2]], 0)).toThrow(/^k/);
    expect(() => kmeans([[1], [NaN]], 1)).toThrow(/^data/);
  });
});
