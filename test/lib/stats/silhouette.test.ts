import {describe, expect, it} from "vitest";
import {silhouette} from "../../../lib/stats/silhouette.ts";
import {distanceMatrix} from "../../../lib/stats/distance.ts";
import {expectAllClose, expectClose, readFixture} from "./r-fixtures.ts";

const fixture = readFixture("clustering.json");

describe("silhouette against R cluster::silhouette", () => {
  for (const reference of fixture.silhouette) {
    it(`Ward cut at k = ${reference.k}: widths, cluster means and average width to 1e-12`, () => {
      const labels = fixture.ward.cutree[reference.k - 2];
      const result = silhouette(fixture.arrests, labels);
      expectAllClose(result.widths, reference.widths, 1e-12);
      expectClose(result.averageWidth, reference.average, 1e-12);
      expectAllClose(
        result.clusterAverageWidths.map((c) => c.averageWidth),
        reference.clusterAverages,
        1e-12
      );
    });
  }
  it("accepts a distance matrix and string labels; singletons get width 0", () => {
    const data = [[0], [1], [10], [11], [30]];
    const result = silhouette(distanceMatrix(data), ["a", "a", "b", "b", "c"], {distances: true});
    expect(result.widths[4]).toBe(0);
    expect(result.neighbors[0]).toBe("b");
    expect(result.clusterAverageWidths.map((c) => c.label)).toEqual(["a", "b", "c"]);
  });
  it("needs between 2 and n − 1 clusters", () => {
    expect(() => silhouette([[0], [1], [2]], [1, 1, 1])).toThrow(/between 2 and n − 1/);
    expect(() => silhouette([[0], [1], [2]], [1, 2, 3])).toThrow(/between 2 and n − 1/);
    expect(() => silhouette([[0], [1], [2]], [1, 2])).toThrow(/^labels: length/);
  });
});
