import {describe, expect, it} from "vitest";
import {clusterStability} from "../../../lib/stats/cluster-stability.ts";
import {adjustedRandIndex} from "../../../lib/stats/adjusted-rand.ts";
import {readFixture} from "./r-fixtures.ts";

const fixture = readFixture("clustering.json");

/** fpc's cluster numbers differ from ours: pair clusters by identical membership. */
function matchClusters(ours: number[], theirs: number[]): Map<number, number> {
  const mapping = new Map<number, number>();
  ours.forEach((label, i) => mapping.set(label, theirs[i]));
  return mapping;
}

describe("clusterStability against fpc::clusterboot (bootmethod 'boot'), within Monte-Carlo error", () => {
  // 400 resamples each: the standard error of a mean Jaccard is ≈ 0.01; allow 0.05.
  it("Ward (ward.D2), k = 4", () => {
    const result = clusterStability(fixture.arrests, {method: "ward", k: 4, resamples: 400, seed: 1});
    expect(adjustedRandIndex(result.labels, fixture.clusterboot.ward.partition)).toBe(1);
    const mapping = matchClusters(result.labels, fixture.clusterboot.ward.partition);
    for (const cluster of result.clusters) {
      const reference = fixture.clusterboot.ward.bootmean[(mapping.get(cluster.label) as number) - 1];
      expect(Math.abs(cluster.meanJaccard - reference)).toBeLessThan(0.05);
    }
  });
  it("k-means, k = 3", () => {
    const result = clusterStability(fixture.arrests, {method: "kmeans", k: 3, resamples: 400, seed: 2});
    expect(adjustedRandIndex(result.labels, fixture.clusterboot.kmeans.partition)).toBe(1);
    const mapping = matchClusters(result.labels, fixture.clusterboot.kmeans.partition);
    for (const cluster of result.clusters) {
      const reference = fixture.clusterboot.kmeans.bootmean[(mapping.get(cluster.label) as number) - 1];
      expect(Math.abs(cluster.meanJaccard - reference)).toBeLessThan(0.05);
    }
  });
});

describe("clusterStability properties", () => {
  it("gives perfect stability for well separated clusters and is seed-reproducible", () => {
    // Three tight groups of eight: a resample misses a whole group with probability ≈ 6e-5.
    const group = (x: number, y: number) => Array.from({length: 8}, (_, i) => [x + (i % 3) * 0.1, y + Math.floor(i / 3) * 0.1]);
    const data = [...group(0, 0), ...group(10, 10), ...group(20, 0)];
    const result = clusterStability(data, {method: "ward", k: 3, resamples: 50, seed: 3});
    for (const cluster of result.clusters) expect(cluster.meanJaccard).toBe(1);
    expect(result.meanAdjustedRand).toBe(1);
    expect(clusterStability(data, {method: "kmeans", k: 3, resamples: 20, seed: 4})).toEqual(
      clusterStability(data, {method: "kmeans", k: 3, resamples: 20, seed: 4})
    );
  });
  it("accepts given labels and a custom clustering function", () => {
    const data = fixture.arrests as number[][];
    const byFirstColumn = (rows: number[][]) => rows.map((row) => (row[0] > 0 ? "high" : "low"));
    const result = clusterStability(data, {method: byFirstColumn, resamples: 30, seed: 5});
    expect(result.clusters).toHaveLength(2);
    // A rule applied per case is perfectly reproducible.
    for (const cluster of result.clusters) expect(cluster.meanJaccard).toBe(1);
  });
  it("rejects missing k and k >= n", () => {
    expect(() => clusterStability([[1], [2], [3]], {method: "ward"})).toThrow(/^k: is required/);
    expect(() => clusterStability([[1], [2], [3]], {method: "ward", k: 3})).toThrow(/^k: must be smaller/);
  });
});
