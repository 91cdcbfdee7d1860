/**
 * k-means clustering: Lloyd iterations from k-means++ starts (Arthur & Vassilvitskii 2007), each
 * polished by Hartigan's single-case transfers (a case moves when that lowers the total sum of
 * squares, accounting for the centre shifts — the criterion of R's default Hartigan–Wong, which
 * escapes Lloyd's poorer fixed points), repeated from many seeded starts, keeping the solution with
 * the smallest total within-cluster sum of squares. Written here rather than taken from ml-kmeans so that the randomness is the caller's seeded
 * source. Labels are numbered 1…k in order of first appearance (as R's `cutree`), so the result does
 * not depend on which start won.
 */
import {squaredDistance} from "./distance.ts";
import {StatsInputError} from "./errors.ts";
import {canonicalLabels} from "./labels.ts";
import {resolveRandom, type RandomOptions, type RandomSource} from "./random.ts";
import {requireInteger, requireMatrix} from "./validate.ts";

/** Options of {@link kmeans}. */
export interface KmeansOptions extends RandomOptions {
  /** Independent k-means++ starts; default 50. */
  restarts?: number;
  /** Lloyd iterations per start; default 100. */
  maxIterations?: number;
}

/** Result of {@link kmeans}. */
export interface KmeansResult {
  k: number;
  /** Cluster of each case, 1…k in order of first appearance. */
  labels: number[];
  /** Centre of each cluster (row i is cluster i + 1). */
  centers: number[][];
  sizes: number[];
  withinSumOfSquares: number[];
  totalWithinSumOfSquares: number;
  betweenSumOfSquares: number;
  totalSumOfSquares: number;
  /** Lloyd iterations used by the winning start. */
  iterations: number;
  /** Whether the winning start reached a fixed point within maxIterations. */
  converged: boolean;
  restarts: number;
}

/**
 * k-means with k-means++ starts and many seeded restarts.
 *
 * @example
 * kmeans([[0, 0], [0, 1], [5, 5], [5, 6], [10, 0], [10, 1]], 3, {seed: 1, restarts: 10}).labels; // [1, 1, 2, 2, 3, 3]
 */
export function kmeans(
  data: readonly (readonly number[])[],
  k: number,
  {restarts = 50, maxIterations = 100, ...randomOptions}: KmeansOptions = {}
): KmeansResult {
  const {rows: n, columns: m} = requireMatrix(data, "data");
  requireInteger(k, 1, "k");
  if (k > n) throw new StatsInputError("k", `cannot exceed the number of cases (${n}), got ${k}`);
  requireInteger(restarts, 1, "restarts");
  requireInteger(maxIterations, 1, "maxIterations");
  const distinct = new Set(data.map((row) => row.join(","))).size;
  if (k > distinct) throw new StatsInputError("k", `cannot exceed the number of distinct cases (${distinct}), got ${k}`);
  const random = resolveRandom(randomOptions);
  let best: {labels: Int32Array; centers: number[][]; total: number; iterations: number; converged: boolean} | undefined;
  for (let start = 0; start < restarts; start++) {
    const run = hartiganTransfers(data, lloyd(data, kmeansPlusPlus(data, k, random), maxIterations));
    // Strictly better only (with a relative margin), so equal optima keep the earliest start.
    if (best === undefined || run.total < best.total * (1 - 1e-12)) best = run;
  }
  const winner = best as NonNullable<typeof best>;
  const labels = canonicalLabels(Array.from(winner.labels));
  // Reorder centres to the canonical numbering.
  const centers: number[][] = new Array(k);
  labels.forEach((label, i) => (centers[label - 1] = winner.centers[winner.labels[i]]));
  const sizes = new Array<number>(k).fill(0);
  const withinSumOfSquares = new Array<number>(k).fill(0);
  labels.forEach((label, i) => {
    sizes[label - 1]++;
    withinSumOfSquares[label - 1] += squaredDistance(data[i], centers[label - 1]);
  });
  const grandMean = Array.from({length: m}, (_, j) => data.reduce((s, row) => s + row[j], 0) / n);
  const totalSumOfSquares = data.reduce((s, row) => s + squaredDistance(row, grandMean), 0);
  const totalWithinSumOfSquares = withinSumOfSquares.reduce((s, v) => s + v, 0);
  return {
    k,
    labels,
    centers,
    sizes,
    withinSumOfSquares,
    totalWithinSumOfSquares,
    betweenSumOfSquares: totalSumOfSquares - totalWithinSumOfSquares,
    totalSumOfSquares,
    iterations: winner.iterations,
    converged: winner.converged,
    restarts
  };
}

/** k-means++: first centre uniform, each next one with probability proportional to D² to the nearest centre. */
function kmeansPlusPlus(data: readonly (readonly number[])[], k: number, random: RandomSource): number[][] {
  const n = data.length;
  const centers: number[][] = [[...data[Math.floor(random() * n)]]];
  const nearest = data.map((row) => squaredDistance(row, centers[0]));
  while (centers.length < k) {
    const total = nearest.reduce((s, v) => s + v, 0);
    let threshold = random() * total;
    let chosen = -1;
    for (let i = 0; i < n; i++) {
      threshold -= nearest[i];
      if (threshold < 0 && nearest[i] > 0) {
        chosen = i;
        break;
      }
    }
    // Rounding can exhaust the loop: take the last case not already a centre.
    if (chosen < 0) for (let i = n - 1; i >= 0 && chosen < 0; i--) if (nearest[i] > 0) chosen = i;
    const center = [...data[chosen]];
    centers.push(center);
    for (let i = 0; i < n; i++) nearest[i] = Math.min(nearest[i], squaredDistance(data[i], center));
  }
  return centers;
}

function lloyd(data: readonly (readonly number[])[], initialCenters: number[][], maxIterations: number) {
  const n = data.length;
  const k = initialCenters.length;
  const m = data[0].length;
  let centers = initialCenters;
  const labels = new Int32Array(n).fill(-1);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    let changed = false;
    for (let i = 0; i < n; i++) {
      let bestCluster = 0;
      let bestDistance = Infinity;
      for (let c = 0; c < k; c++) {
        const d = squaredDistance(data[i], centers[c]);
        if (d < bestDistance) {
          bestDistance = d;
          bestCluster = c;
        }
      }
      if (labels[i] !== bestCluster) {
        labels[i] = bestCluster;
        changed = true;
      }
    }
    const sums = Array.from({length: k}, () => new Array<number>(m).fill(0));
    const counts = new Array<number>(k).fill(0);
    for (let i = 0; i < n; i++) {
      counts[labels[i]]++;
      for (let j = 0; j < m; j++) sums[labels[i]][j] += data[i][j];
    }
    // An emptied cluster takes the case farthest from its centre, so k clusters always remain.
    for (let c = 0; c < k; c++) {
      if (counts[c] > 0) continue;
      let farthest = -1;
      let farthestDistance = -1;
      for (let i = 0; i < n; i++) {
        if (counts[labels[i]] < 2) continue;
        const d = squaredDistance(data[i], centers[labels[i]]);
        if (d > farthestDistance) {
          farthestDistance = d;
          farthest = i;
        }
      }
      const from = labels[farthest];
      counts[from]--;
      for (let j = 0; j < m; j++) sums[from][j] -= data[farthest][j];
      labels[farthest] = c;
      counts[c] = 1;
      sums[c] = [...data[farthest]];
      changed = true;
    }
    centers = sums.map((sum, c) => sum.map((value) => value / counts[c]));
    if (!changed) {
      converged = true;
      break;
    }
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += squaredDistance(data[i], centers[labels[i]]);
  return {labels, centers, total, iterations, converged};
}

/**
 * Moves single cases between clusters while any move lowers the total within-cluster sum of squares:
 * moving x from A (size nA) to B (size nB) changes it by nB/(nB+1)·‖x − cB‖² − nA/(nA−1)·‖x − cA‖².
 */
function hartiganTransfers(
  data: readonly (readonly number[])[],
  run: {labels: Int32Array; centers: number[][]; total: number; iterations: number; converged: boolean}
) {
  const n = data.length;
  const k = run.centers.length;
  const m = data[0].length;
  const labels = run.labels;
  const centers = run.centers.map((center) => [...center]);
  const sizes = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) sizes[labels[i]]++;
  let moved = true;
  let sweeps = 0;
  while (moved && sweeps < 1000) {
    moved = false;
    sweeps++;
    for (let i = 0; i < n; i++) {
      const from = labels[i];
      if (sizes[from] < 2) continue;
      const removalGain = (sizes[from] / (sizes[from] - 1)) * squaredDistance(data[i], centers[from]);
      let bestCost = removalGain;
      let target = -1;
      for (let c = 0; c < k; c++) {
        if (c === from) continue;
        const cost = (sizes[c] / (sizes[c] + 1)) * squaredDistance(data[i], centers[c]);
        // A small relative margin keeps rounding from cycling cases between equivalent clusters.
        if (cost < bestCost * (1 - 1e-12)) {
          bestCost = cost;
          target = c;
        }
      }
      if (target < 0) continue;
      for (let j = 0; j < m; j++) {
        centers[from][j] = (centers[from][j] * sizes[from] - data[i][j]) / (sizes[from] - 1);
        centers[target][j] = (centers[target][j] * sizes[target] + data[i][j]) / (sizes[target] + 1);
      }
      sizes[from]--;
      sizes[target]++;
      labels[i] = target;
      moved = true;
    }
  }
  // Recompute centres exactly (the incremental updates accumulate rounding).
  const sums = Array.from({length: k}, () => new Array<number>(m).fill(0));
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) sums[labels[i]][j] += data[i][j];
  const exactCenters = sums.map((sum, c) => sum.map((value) => value / sizes[c]));
  let total = 0;
  for (let i = 0; i < n; i++) total += squaredDistance(data[i], exactCenters[labels[i]]);
  return {labels, centers: exactCenters, total, iterations: run.iterations, converged: run.converged};
}
