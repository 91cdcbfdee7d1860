/**
 * Cluster labels: validation and canonical numbering.
 */
import {StatsInputError} from "./errors.ts";

/** A cluster label: any number or string (e.g. 1, 2, 3 or "liberal", "restrictive"). */
export type ClusterLabel = number | string;

/**
 * Renumbers labels 1, 2, 3, … in order of first appearance, as R's `cutree` numbers clusters, so
 * that equal partitions get equal label vectors whatever the algorithm's internal numbering.
 *
 * @example
 * canonicalLabels(["b", "a", "b", "c"]); // [1, 2, 1, 3]
 */
export function canonicalLabels(labels: readonly ClusterLabel[]): number[] {
  const numbering = new Map<ClusterLabel, number>();
  return labels.map((label) => {
    let number = numbering.get(label);
    if (number === undefined) {
      number = numbering.size + 1;
      numbering.set(label, number);
    }
    return number;
  });
}

/**
 * Checks that `labels` is an array of numbers or strings (no null/NaN) of the expected length.
 *
 * @example
 * requireLabels([1, 1, 2], 3, "labels"); // ok
 */
export function requireLabels(labels: readonly ClusterLabel[], length: number | undefined, argument: string): void {
  if (!Array.isArray(labels)) throw new StatsInputError(argument, "expected an array of cluster labels");
  if (length !== undefined && labels.length !== length) {
    throw new StatsInputError(argument, `length ${labels.length} does not match the expected length ${length}`);
  }
  labels.forEach((label, i) => {
    if (!((typeof label === "number" && Number.isFinite(label)) || typeof label === "string")) {
      throw new StatsInputError(argument, `label at index ${i} is ${String(label)}; labels must be numbers or strings`);
    }
  });
}
