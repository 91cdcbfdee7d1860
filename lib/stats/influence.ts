/**
 * Leave-one-out influence on a correlation: r recomputed without each case in turn. With 15–40
 * countries one country can carry a correlation; this names it.
 */
import {correlationFunction, requireCorrelatable, type CorrelationMethod} from "./correlation.ts";
import {StatsInputError} from "./errors.ts";
import {pairComplete, type MissingOptions} from "./pairs.ts";
import type {MaybeNumber} from "./validate.ts";

/** One case's influence. */
export interface CaseInfluence {
  /** Position in the original input. */
  index: number;
  label: string;
  /** The correlation without this case; null when removing it leaves x or y constant. */
  without: number | null;
  /** `without − estimate`; null when `without` is null. */
  change: number | null;
}

/** Result of {@link leaveOneOut}. */
export interface LeaveOneOutResult {
  method: CorrelationMethod;
  estimate: number;
  n: number;
  dropped: number;
  cases: CaseInfluence[];
  /** The case whose removal moves the correlation most (largest |change|; first such case on ties). */
  mostInfluential: CaseInfluence;
}

/**
 * Correlation without each case, and which case moves it most. Needs ≥ 4 complete pairs.
 * Labels default to the case index as text; with `missing: 'pairwise'`, indices and labels refer to
 * the original input positions.
 *
 * @example
 * leaveOneOut([10, 20, 30, 40, 50, 60], [12, 25, 29, 48, 45, 70], {labels: ["A", "B", "C", "D", "E", "F"]}).mostInfluential.label; // "E"
 */
export function leaveOneOut(
  x: readonly MaybeNumber[],
  y: readonly MaybeNumber[],
  {method = "pearson", labels, ...missingOptions}: MissingOptions & {method?: CorrelationMethod; labels?: readonly string[]} = {}
): LeaveOneOutResult {
  const coefficient = correlationFunction(method);
  const pairs = pairComplete(x, y, missingOptions);
  if (labels !== undefined && labels.length !== x.length) {
    throw new StatsInputError("labels", `length ${labels.length} does not match the data length ${x.length}`);
  }
  requireCorrelatable(pairs.x, pairs.y, 4);
  const n = pairs.x.length;
  const estimate = coefficient(pairs.x, pairs.y);
  const cases: CaseInfluence[] = [];
  for (let left = 0; left < n; left++) {
    const restX = pairs.x.filter((_, i) => i !== left);
    const restY = pairs.y.filter((_, i) => i !== left);
    const value = coefficient(restX, restY);
    const without = Number.isFinite(value) ? value : null;
    const index = pairs.indices[left];
    cases.push({index, label: labels?.[index] ?? String(index), without, change: without === null ? null : without - estimate});
  }
  let mostInfluential = cases[0];
  let largest = -1;
  for (const entry of cases) {
    if (entry.change !== null && Math.abs(entry.change) > largest) {
      largest = Math.abs(entry.change);
      mostInfluential = entry;
    }
  }
  return {method, estimate, n, dropped: pairs.dropped, cases, mostInfluential};
}
