import {describe, expect, it} from "vitest";
import {labelClusters} from "../../../../lib/findings/dimensions/label-clusters.ts";

describe("labelClusters (the approach rule)", () => {
  const names = ["basic_rights", "equal_opportunities", "secure_future"] as const;

  it("labels synthetic centroids as the rule says", () => {
    expect(
      labelClusters(
        [
          [1, 1, 1],
          [-1, -1, -1],
          [0, 0.8, -0.8],
          [0, -0.8, 0.8]
        ],
        names
      )
    ).toEqual(["Comprehensive integration", "Immigration without integration", "Temporary integration", "Equality on paper"]);
  });

  it("reads the dimensions by name, not position", () => {
    // Same centroids with columns permuted to [secure_future, basic_rights, equal_opportunities].
    const permuted = [
      [1, 1, 1],
      [-1, -1, -1],
      [-0.8, 0, 0.8],
      [0.8, 0, -0.8]
    ];
    expect(labelClusters(permuted, ["secure_future", "basic_rights", "equal_opportunities"])).toEqual([
      "Comprehensive integration",
      "Immigration without integration",
      "Temporary integration",
      "Equality on paper"
    ]);
  });

  it("needs exactly four clusters and each MIPEX dimension once", () => {
    expect(() => labelClusters([[1, 1, 1]], names)).toThrow(/exactly 4/);
    expect(() =>
      labelClusters(
        [
          [1, 1, 1],
          [0, 0, 0],
          [1, 0, 0],
          [0, 1, 0]
        ],
        ["basic_rights", "basic_rights", "secure_future"]
      )
    ).toThrow(/must contain basic_rights once/);
  });
});
