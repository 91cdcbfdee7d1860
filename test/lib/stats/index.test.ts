import {describe, expect, it} from "vitest";
import * as stats from "../../../lib/stats/index.ts";

describe("lib/stats public API", () => {
  it("re-exports the main entry points", () => {
    for (const name of [
      "correlationReport",
      "pearsonTest",
      "spearmanTest",
      "bootstrapCorrelation",
      "permutationCorrelationTest",
      "partialCorrelation",
      "linearRegression",
      "adjustPValues",
      "pca",
      "catpca",
      "kmeans",
      "wardClustering",
      "cutTree",
      "silhouette",
      "adjustedRandIndex",
      "confusionTable",
      "clusterStability",
      "waveChange",
      "annualSlope",
      "createRandom",
      "studentTQuantile"
    ]) {
      expect(typeof (stats as Record<string, unknown>)[name], name).toBe("function");
    }
    expect(new stats.StatsInputError("x", "bad")).toBeInstanceOf(Error);
  });
});
