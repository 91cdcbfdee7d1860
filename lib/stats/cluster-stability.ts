/**
 * Bootstrap stability of a clustering, following `fpc::clusterboot` with `bootmethod = "boot"`
 * (Hennig 2007): resample the cases with replacement, recluster the resample, and for every original
 * cluster record the best Jaccard similarity with a cluster of the resample — both computed on the
 * resampled positions (a case drawn twice counts twice, as in fpc). The mean over resamples is the
 * cluster's stability: Hennig suggests ≥ 0.75 stable, ≤ 0.5 dissolved. We also report the adjusted Rand
 * index between the original and the new labels on the resampled positions, averaged.
 */
import {adjustedRandIndex} from "./adjusted-rand.ts";
import {StatsInputError} from "./errors.ts";
import {cutTree, wardClustering} from "./hierarchical.ts";
import {kmeans} from "./kmeans.ts";
import {canonicalLabels, requireLabels, type ClusterLabel} from "./labels.ts";
import {resampleIndices, resolveRandom, type RandomOptions, type RandomSource} from "./random.ts";
import {requireInteger, requireMatrix} from "./validate.ts";

/** A clustering procedure: rows in, one label per row out. */
export type ClusterFunction = (rows: number[][], random: RandomSource) => readonly ClusterLabel[];

/** Options of {@link clusterStability}. */
export interface ClusterStabilityOptions extends RandomOptions {
  /** 'kmeans' (10 restarts per resample), 'ward' (ward.D2 cut at k) or your own function. */
  method?: "kmeans" | "ward" | ClusterFunction;
  /** Number of clusters for the built-in methods. */
  k?: number;
  /** Bootstrap resamples; default 100. */
  resamples?: number;
  /** The clustering to assess; by default the method applied to the full data. */
  labels?: readonly ClusterLabel[];
}

/** Result of {@link clusterStability}. */
export interface ClusterStabilityResult {
  /** The clustering assessed (1…k in order of first appearance). */
  labels: number[];
  resamples: number;
  clusters: {
    label: number;
    size: number;
    /** Mean of the best Jaccard similarity over the resamples in which the cluster appeared. */
    meanJaccard: number;
    /** Resamples with best Jaccard ≤ 0.5. */
    dissolved: number;
    /** Resamples with best Jaccard ≥ 0.75. */
    recovered: number;
    /** Resamples that contained at least one member of the cluster. */
    appeared: number;
  }[];
  meanAdjustedRand: number;
}

/**
 * Bootstrap stability of k clusters (mean Jaccard per cluster, as fpc::clusterboot).
 *
 * @example
 * clusterStability([[0, 0], [0, 1], [5, 5], [5, 6], [10, 0], [10, 1]], {method: "ward", k: 3, resamples: 50, seed: 1}).clusters.map((c) => c.meanJaccard); // ≈ [0.925, 0.9697, 0.9381]
 */
export function clusterStability(data: readonly (readonly number[])[], options: ClusterStabilityOptions = {}): ClusterStabilityResult {
  const {method = "kmeans", k, resamples = 100, labels: given} = options;
  const {rows: n} = requireMatrix(data, "data", {minRows: 3});
  requireInteger(resamples, 1, "resamples");
  let cluster: ClusterFunction;
  if (typeof method === "function") cluster = method;
  else {
    if (k === undefined) throw new StatsInputError("k", "is required for the built-in methods");
    requireInteger(k, 2, "k");
    if (k >= n) throw new StatsInputError("k", `must be smaller than the number of cases (${n}), got ${k}`);
    if (method === "kmeans") cluster = (rows, random) => kmeans(rows, k, {restarts: 10, random}).labels;
    else if (method === "ward") cluster = (rows) => cutTree(wardClustering(rows), k);
    else throw new StatsInputError("method", `must be 'kmeans', 'ward' or a function, got ${String(method)}`);
  }
  const random = resolveRandom(options);
  const rows = data.map((row) => [...row]);
  const original = given ?? cluster(rows, random);
  requireLabels(original, n, given ? "labels" : "method result");
  const labels = canonicalLabels(original);
  const clusterCount = Math.max(...labels);
  const sums = new Array<number>(clusterCount).fill(0);
  const dissolved = new Array<number>(clusterCount).fill(0);
  const recovered = new Array<number>(clusterCount).fill(0);
  const appeared = new Array<number>(clusterCount).fill(0);
  let randSum = 0;
  const indices = new Int32Array(n);
  for (let b = 0; b < resamples; b++) {
    resampleIndices(n, random, indices);
    const sample = Array.from(indices, (i) => rows[i]);
    const newLabels = canonicalLabels(cluster(sample, random));
    if (newLabels.length !== n) throw new StatsInputError("method", `returned ${newLabels.length} labels for ${n} rows`);
    const oldLabels = Array.from(indices, (i) => labels[i]);
    randSum += adjustedRandIndex(oldLabels, newLabels);
    const newCount = Math.max(...newLabels);
    for (let c = 1; c <= clusterCount; c++) {
      let members = 0;
      for (const label of oldLabels) if (label === c) members++;
      if (members === 0) continue;
      let best = 0;
      for (let d = 1; d <= newCount; d++) {
        let intersection = 0;
        let union = 0;
        for (let i = 0; i < n; i++) {
          const inOld = oldLabels[i] === c;
          const inNew = newLabels[i] === d;
          if (inOld && inNew) intersection++;
          if (inOld || inNew) union++;
        }
        best = Math.max(best, intersection / union);
      }
      appeared[c - 1]++;
      sums[c - 1] += best;
      if (best <= 0.5) dissolved[c - 1]++;
      if (best >= 0.75) recovered[c - 1]++;
    }
  }
  return {
    labels,
    resamples,
    clusters: sums.map((sum, c) => ({
      label: c + 1,
      size: labels.filter((label) => label === c + 1).length,
      meanJaccard: appeared[c] > 0 ? sum / appeared[c] : 0,
      dissolved: dissolved[c],
      recovered: recovered[c],
      appeared: appeared[c]
    })),
    meanAdjustedRand: randSum / resamples
  };
}
