import {mean as d3Mean} from "d3-array";

/**
 * The arithmetic mean, d3.mean's: the values summed in order, then divided by their count (as the
 * workbooks' AVERAGE sums, so recomputed scores agree with the published ones to the last bit in most
 * cells); NaN for no values. Missing values (null, NaN) are skipped by d3.mean: callers that must treat a
 * missing value as "no mean" check for it first (lib/mipex/recompute.ts).
 *
 * @example
 * mean([1, 2, 4]) // 2.3333333333333335
 * Number.isNaN(mean([])) // true
 */
export function mean(values: Iterable<number>): number {
  return d3Mean(values) ?? Number.NaN;
}
