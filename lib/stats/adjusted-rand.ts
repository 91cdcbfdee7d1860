/**
 * Adjusted Rand index (Hubert & Arabie 1985) between two partitions of the same cases, as
 * `mclust::adjustedRandIndex`: 1 for identical partitions, about 0 for chance agreement, possibly
 * negative. When neither partition can be distinguished from chance because both are trivial (each
 * all one cluster, or each all singletons) the index is 0/0; we return 1 if the two partitions are
 * identical and 0 otherwise, rather than NaN.
 */
import {confusionTable} from "./confusion.ts";
import {StatsInputError} from "./errors.ts";
import type {ClusterLabel} from "./labels.ts";

const pairs = (count: number): number => (count * (count - 1)) / 2;

/**
 * Adjusted Rand index of two labelings (any label values; only the grouping matters).
 *
 * @example
 * adjustedRandIndex([1, 1, 2, 2], ["b", "b", "a", "a"]); // 1
 */
export function adjustedRandIndex(first: readonly ClusterLabel[], second: readonly ClusterLabel[]): number {
  const table = confusionTable(first, second);
  if (table.total < 2) throw new StatsInputError("first", "needs at least 2 cases to compare partitions");
  let together = 0;
  for (const row of table.counts) for (const count of row) together += pairs(count);
  const rowPairs = table.rowTotals.reduce((s, v) => s + pairs(v), 0);
  const columnPairs = table.columnTotals.reduce((s, v) => s + pairs(v), 0);
  const expected = (rowPairs * columnPairs) / pairs(table.total);
  const maximum = (rowPairs + columnPairs) / 2;
  if (maximum === expected) return rowPairs === columnPairs && together === rowPairs ? 1 : 0;
  return (together - expected) / (maximum - expected);
}
