import {describe, expect, it} from "vitest";
import {leaveOneOutPredictions, nearestCentroid, nearestNeighbours} from "../../../lib/stats/leave-one-out-classifier.ts";

const features = [
  [0, 0],
  [1, 0],
  [0, 1],
  [10, 10],
  [11, 10],
  [10, 11],
  [5, 5.2]
];
const labels = ["low", "low", "low", "high", "high", "high", "high"];

describe("classifiers and leave-one-out predictions", () => {
  it("nearest centroid takes the closest class mean", () => {
    expect(nearestCentroid(features, labels, [2, 2])).toBe("low");
    expect(nearestCentroid(features, labels, [8, 9])).toBe("high");
  });

  it("k nearest neighbours vote; a tie goes to the nearer neighbour's label", () => {
    expect(nearestNeighbours(3)(features, labels, [0.2, 0.2])).toBe("low");
    expect(nearestNeighbours(2)([[0], [1], [3]], ["a", "b", "b"], [0.4])).toBe("a");
    expect(() => nearestNeighbours(0)).toThrow(/^k:/);
  });

  it("predicts each case without it: a case far from its own class is misclassified", () => {
    const loo = leaveOneOutPredictions(features, labels, nearestCentroid);
    // Left out, (5, 5.2) is nearer the low centroid (1/3, 1/3) than the high one (10.3, 10.3).
    expect(loo).toEqual(["low", "low", "low", "high", "high", "high", "low"]);
    // In-sample, the same case keeps its label, which is why only leave-one-out agreement is reported.
    expect(nearestCentroid(features, labels, [5, 5.2])).toBe("high");
  });

  it("matches a brute-force loop", () => {
    const manual = features.map((x, i) =>
      nearestCentroid(
        features.filter((_, j) => j !== i),
        labels.filter((_, j) => j !== i),
        x
      )
    );
    expect(leaveOneOutPredictions(features, labels, nearestCentroid)).toEqual(manual);
  });
});
