/**
 * Ranks with ties resolved by mid-ranks (the average of the tied positions), as R's
 * `rank(ties.method = "average")` — the convention Spearman's rho needs when many scores tie at 0/50/100.
 */
import {requireFiniteArray} from "./validate.ts";

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
