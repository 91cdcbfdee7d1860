/**
 * Cross-tabulation of two labelings of the same cases, e.g. our clusters against the MIPEX report's
 * "approaches", or two clustering methods against each other.
 */
import {StatsInputError} from "./errors.ts";
import {requireLabels, type ClusterLabel} from "./labels.ts";

/** Result of {@link confusionTable}. */
export interface ConfusionTable {
  /** Distinct labels of the first labeling (rows), sorted. */
  rowLabels: ClusterLabel[];
  /** Distinct labels of the second labeling (columns), sorted. */
  columnLabels: ClusterLabel[];
  /** counts[r][c]: cases with rowLabels[r] in the first labeling and columnLabels[c] in the second. */
  counts: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
}

function compareLabels(a: ClusterLabel, b: ClusterLabel): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Counts of cases for every pair of labels (R: `table(a, b)`); labels sorted, numbers before strings.
 *
 * @example
 * const {rowLabels, columnLabels, counts} = confusionTable([1, 1, 2, 2], ["x", "y", "y", "y"]);
 * ({rowLabels, columnLabels, counts}) // {rowLabels: [1, 2], columnLabels: ["x", "y"], counts: [[1, 1], [0, 2]]}
 */
export function confusionTable(first: readonly ClusterLabel[], second: readonly ClusterLabel[]): ConfusionTable {
  requireLabels(first, undefined, "first");
  requireLabels(second, first.length, "second");
  if (first.length === 0) throw new StatsInputError("first", "needs at least one case");
  const rowLabels = [...new Set(first)].sort(compareLabels);
  const columnLabels = [...new Set(second)].sort(compareLabels);
  const rowIndex = new Map(rowLabels.map((label, i) => [label, i]));
  const columnIndex = new Map(columnLabels.map((label, i) => [label, i]));
  const counts = rowLabels.map(() => new Array<number>(columnLabels.length).fill(0));
  first.forEach((label, i) => counts[rowIndex.get(label) as number][columnIndex.get(second[i]) as number]++);
  return {
    rowLabels,
    columnLabels,
    counts,
    rowTotals: counts.map((row) => row.reduce((s, v) => s + v, 0)),
    columnTotals: columnLabels.map((_, c) => counts.reduce((s, row) => s + row[c], 0)),
    total: first.length
  };
}
