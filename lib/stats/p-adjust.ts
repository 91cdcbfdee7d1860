/**
 * Multiple-comparison adjustment of p-values, identical to R's `p.adjust` for methods
 * "holm" (family-wise error, uniformly better than Bonferroni), "BH" (Benjamini–Hochberg false
 * discovery rate) and "bonferroni". Adjusted values keep the input order.
 */
import {StatsInputError} from "./errors.ts";

/** Adjustment methods, named as in R. */
export type PAdjustMethod = "holm" | "BH" | "bonferroni";

/**
 * Adjusts p-values for multiple comparisons.
 *
 * @example
 * adjustPValues([0.01, 0.04, 0.03, 0.2], "holm"); // [0.04, 0.09, 0.09, 0.2]
 * adjustPValues([0.01, 0.04, 0.03, 0.2], "BH");   // [0.04, 0.0533…, 0.0533…, 0.2]
 */
export function adjustPValues(pValues: readonly number[], method: PAdjustMethod): number[] {
  if (!Array.isArray(pValues)) throw new StatsInputError("pValues", "expected an array of p-values");
  pValues.forEach((p, i) => {
    if (!(typeof p === "number" && p >= 0 && p <= 1)) {
      throw new StatsInputError("pValues", `value at index ${i} is ${String(p)}; p-values must lie in [0, 1]`);
    }
  });
  const n = pValues.length;
  if (n === 0) return [];
  const adjusted = new Array<number>(n);
  if (method === "bonferroni") return pValues.map((p) => Math.min(1, n * p));
  if (method === "holm") {
    // Step-down: sort ascending, multiply the i-th smallest by (n − i + 1), enforce monotonicity.
    const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
    let runningMax = 0;
    order.forEach((index, rank) => {
      runningMax = Math.max(runningMax, (n - rank) * pValues[index]);
      adjusted[index] = Math.min(1, runningMax);
    });
    return adjusted;
  }
  if (method === "BH") {
    // Step-up: sort descending, multiply the value of rank i (ascending) by n / i, cumulative minimum.
    const order = pValues.map((_, i) => i).sort((a, b) => pValues[b] - pValues[a]);
    let runningMin = Infinity;
    order.forEach((index, position) => {
      const ascendingRank = n - position;
      runningMin = Math.min(runningMin, (n / ascendingRank) * pValues[index]);
      adjusted[index] = Math.min(1, runningMin);
    });
    return adjusted;
  }
  throw new StatsInputError("method", `must be 'holm', 'BH' or 'bonferroni', got ${String(method)}`);
}
