import {describe, expect, it} from "vitest";
import {nearestCentroid, quantify} from "../../../../lib/findings/dimensions/classifier.ts";

describe("quantify and nearestCentroid", () => {
  const transform = {kind: "catpca" as const, categories: [0, 50, 100], quantifications: [-1.2, 0.1, 1.1]};
  it("interpolates between categories, clamps outside, and maps missing to the mean 0", () => {
    expect(quantify(transform, 50)).toBeCloseTo(0.1, 12);
    expect(quantify(transform, 75)).toBeCloseTo(0.6, 12);
    expect(quantify(transform, 120)).toBeCloseTo(1.1, 12);
    expect(quantify(transform, null)).toBe(0);
    expect(quantify({kind: "pca", mean: 50, scale: 25}, 100)).toBe(2);
  });
  it("finds the nearest and second-nearest centroid", () => {
    expect(
      nearestCentroid(
        [
          [1, 1],
          [-1, -1],
          [5, 5]
        ],
        [0.8, 0.5]
      )
    ).toMatchObject({cluster: 1, nearestOther: 2});
  });
});
