/**
 * Ward hierarchical clustering as R's `hclust(dist(x), method = "ward.D2")`: Ward's minimum-variance
 * criterion applied to squared Euclidean distances through the Lance–Williams update, with merge
 * heights reported on the distance scale (square roots). The merge matrix, heights and order follow
 * R's conventions so the dendrogram can be compared or drawn the same way.
 *
 * Which Ward? R's "ward.D" applies the update to unsquared distances (not Ward's criterion on
 * Euclidean data); "ward.D2" is the genuine one (Murtagh & Legendre 2014). ml-hclust's `agnes` method
 * 'ward' is the ward.D update and 'ward2' the ward.D2 one, but it returns a tree object without R's
 * merge/order/cutree conventions; this module implements ward.D2 directly (tested against R).
 *
 * Ties (frequent with 0/50/100 scores): among equally close pairs, the first pair in (i, j) order of
 * cluster representatives (each cluster represented by its smallest member) is merged, which is the
 * pair R's Fortran routine picks by taking the first minimum of its nearest-neighbour list. On the
 * tie-heavy test data merges, heights and cuts agree with R exactly; in unusual tie configurations
 * the order of equal-height merges (never the heights) could still differ.
 */
import {squaredDistance} from "./distance.ts";
import {StatsInputError} from "./errors.ts";
import {requireInteger, requireMatrix} from "./validate.ts";

/** A dendrogram in R's `hclust` layout. */
export interface HierarchicalTree {
  /** n − 1 merges; negative entries are cases (−1 is the first case), positive ones earlier merges (1-based). */
  merge: [number, number][];
  /** Height of each merge (non-decreasing for Ward). */
  height: number[];
  /** A case order (0-based) for drawing the dendrogram without crossings, as R's `order` − 1. */
  order: number[];
  method: "ward.D2";
}

/**
 * Ward (ward.D2) agglomerative clustering of the rows of `data` with Euclidean distance.
 *
 * @example
 * const tree = wardClustering([[0, 0], [0, 1], [5, 5], [5, 6], [10, 0], [10, 1]]);
 * cutTree(tree, 3); // [1, 1, 2, 2, 3, 3]
 */
export function wardClustering(data: readonly (readonly number[])[]): HierarchicalTree {
  const {rows: n} = requireMatrix(data, "data", {minRows: 2});
  // Squared distances between active clusters, indexed by representative (smallest member).
  const d2 = Array.from({length: n}, () => new Float64Array(n));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) d2[i][j] = d2[j][i] = squaredDistance(data[i], data[j]);
  const size = new Array<number>(n).fill(1);
  const active = new Array<boolean>(n).fill(true);
  // The merge step (1-based) that formed the cluster currently represented by i; 0 while a singleton.
  const formedAt = new Array<number>(n).fill(0);
  const merge: [number, number][] = [];
  const height: number[] = [];
  for (let step = 1; step < n; step++) {
    let bestI = -1;
    let bestJ = -1;
    let best = Infinity;
    for (let i = 0; i < n; i++) {
      if (!active[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (active[j] && d2[i][j] < best) {
          best = d2[i][j];
          bestI = i;
          bestJ = j;
        }
      }
    }
    merge.push(orderMerge(formedAt[bestI] === 0 ? -(bestI + 1) : formedAt[bestI], formedAt[bestJ] === 0 ? -(bestJ + 1) : formedAt[bestJ]));
    height.push(Math.sqrt(best));
    // Lance–Williams update for Ward on squared distances; the merged cluster keeps representative bestI.
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === bestI || k === bestJ) continue;
      const total = size[bestI] + size[bestJ] + size[k];
      const updated = ((size[bestI] + size[k]) * d2[bestI][k] + (size[bestJ] + size[k]) * d2[bestJ][k] - size[k] * best) / total;
      d2[bestI][k] = d2[k][bestI] = updated;
    }
    size[bestI] += size[bestJ];
    active[bestJ] = false;
    formedAt[bestI] = step;
  }
  return {merge, height, order: dendrogramOrder(merge), method: "ward.D2"};
}

/** R's layout within a merge row: singletons (negative) first; two singletons or two clusters ascending by magnitude. */
function orderMerge(a: number, b: number): [number, number] {
  if (a < 0 && b < 0) return Math.abs(a) < Math.abs(b) ? [a, b] : [b, a];
  if (a > 0 && b > 0) return a < b ? [a, b] : [b, a];
  return a < 0 ? [a, b] : [b, a];
}

function dendrogramOrder(merge: [number, number][]): number[] {
  const order: number[] = [];
  const expand = (entry: number): void => {
    if (entry < 0) order.push(-entry - 1);
    else {
      expand(merge[entry - 1][0]);
      expand(merge[entry - 1][1]);
    }
  };
  if (merge.length === 0) return [0];
  expand(merge[merge.length - 1][0]);
  expand(merge[merge.length - 1][1]);
  return order;
}

/**
 * Cuts a tree into `k` clusters; labels 1…k numbered in order of first appearance, as R's `cutree`.
 *
 * @example
 * cutTree(wardClustering([[0, 0], [0, 1], [5, 5], [5, 6], [10, 0], [10, 1]]), 3); // [1, 1, 2, 2, 3, 3]
 */
export function cutTree(tree: HierarchicalTree, k: number): number[] {
  const n = tree.merge.length + 1;
  requireInteger(k, 1, "k");
  if (k > n) throw new StatsInputError("k", `cannot exceed the number of cases (${n}), got ${k}`);
  // Union the cases of the first n − k merges.
  const parent = Array.from({length: n}, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const memberOf = (entry: number): number => (entry < 0 ? -entry - 1 : firstMember[entry - 1]);
  const firstMember: number[] = [];
  for (let step = 0; step < n - k; step++) {
    const [a, b] = tree.merge[step];
    const left = memberOf(a);
    const right = memberOf(b);
    parent[find(right)] = find(left);
    firstMember.push(left);
  }
  for (let step = n - k; step < n - 1; step++) firstMember.push(memberOf(tree.merge[step][0]));
  const numbering = new Map<number, number>();
  return Array.from({length: n}, (_, i) => {
    const root = find(i);
    if (!numbering.has(root)) numbering.set(root, numbering.size + 1);
    return numbering.get(root) as number;
  });
}
