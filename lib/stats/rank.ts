/**
 * Ranks, in the two conventions the workspace uses: competition ranks as MIPEX ranks countries (R's
 * `rank(-x, ties.method = "min")`), and mid-ranks (the average of the tied positions, R's
 * `rank(ties.method = "average")`), the convention Spearman's rho needs when many scores tie at 0/50/100.
 */
import {ascending, descending as descendingOrder, rank} from "d3-array";
import {round} from "../format/number.ts";
import {requireFiniteArray} from "./validate.ts";

/**
 * Competition ranks ("1224"): equal values share the best rank, the next rank skips, as R's
 * `rank(-values, ties.method = "min")` (d3.rank, 1-based). Values are compared after rounding to
 * `digits` decimals, so that scores equal in the workbook but for float noise tie.
 *
 * @example
 * competitionRanks([90, 80, 80, 70]) // [1, 2, 2, 4]
 * competitionRanks([90, 80, 80, 70], {descending: false}) // [4, 2, 2, 1]
 */
export function competitionRanks(values: readonly number[], {descending = true, digits = 9}: {descending?: boolean; digits?: number} = {}): number[] {
  const rounded = values.map((v) => round(v, digits));
  return Array.from(rank(rounded, descending ? descendingOrder : ascending), (r) => r + 1);
}

/**
 * Mid-ranks of `values` (1-based; tied values share the mean of their positions).
 *
 * @example
 * midRanks([0, 50, 50, 100]); // [1, 2.5, 2.5, 4]
 */
export function midRanks(values: readonly number[]): number[] {
  requireFiniteArray(values, "values");
  const order = values.map((_, index) => index).sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]] === values[order[start]]) end++;
    const averageRank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i++) ranks[order[i]] = averageRank;
    start = end + 1;
  }
  return ranks;
}

/**
 * True when any value occurs more than once.
 *
 * @example
 * hasTies([0, 50, 50]); // true
 */
export function hasTies(values: readonly number[]): boolean {
  return new Set(values).size < values.length;
}

/** Mid-ranks of resamples of one fixed sample, without sorting each resample. */
export interface ResampleRanker {
  /** Writes the mid-ranks of `values[indices[k]]` (k = 0 … indices.length − 1) into `out`. */
  rank(indices: ArrayLike<number>, out: Float64Array): Float64Array;
}

/**
 * Ranks bootstrap resamples in linear time: the sample's distinct values are sorted once, and a
 * resample's mid-ranks follow from how often each distinct value was drawn. Gives exactly
 * `midRanks` of the resampled values; a Spearman bootstrap spends most of its time ranking otherwise.
 *
 * @example
 * const ranker = resampleRanker([0, 50, 100]);
 * ranker.rank([2, 0, 0], new Float64Array(3)); // [3, 1.5, 1.5]
 */
export function resampleRanker(values: readonly number[]): ResampleRanker {
  requireFiniteArray(values, "values");
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const groupIndex = new Map(distinct.map((value, group) => [value, group]));
  const groupOf = Int32Array.from(values, (value) => groupIndex.get(value)!);
  const counts = new Int32Array(distinct.length);
  const groupRank = new Float64Array(distinct.length);
  return {
    rank(indices, out) {
      counts.fill(0);
      for (let k = 0; k < indices.length; k++) counts[groupOf[indices[k]]]++;
      let before = 0;
      for (let g = 0; g < counts.length; g++) {
        groupRank[g] = before + (counts[g] + 1) / 2;
        before += counts[g];
      }
      for (let k = 0; k < indices.length; k++) out[k] = groupRank[groupOf[indices[k]]];
      return out;
    }
  };
}
