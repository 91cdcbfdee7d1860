/**
 * Pairing two variables case by case, with an explicit rule for missing values.
 *
 * `missing: 'error'` (the default) throws on the first null/undefined/NaN/±Infinity, naming the
 * argument and index. `missing: 'pairwise'` drops every case where either value is missing
 * (R's `use = "complete.obs"` for two variables) and reports how many were dropped, so a page can
 * say "n = 34 of 38 countries".
 */
import {StatsInputError} from "./errors.ts";
import {isPresent, requireSameLength, type MaybeNumber} from "./validate.ts";

/** How missing values are treated by the correlation functions. */
export type MissingRule = "error" | "pairwise";

/** Options shared by functions that pair two variables. */
export interface MissingOptions {
  /** `'error'` (default) throws on missing values; `'pairwise'` drops incomplete pairs and reports them. */
  missing?: MissingRule;
}

/** Two equally long, fully observed variables, with a record of what was dropped. */
export interface PairedData {
  x: number[];
  y: number[];
  /** Positions in the original input of the pairs kept. */
  indices: number[];
  /** The number of pairs dropped because x or y was missing. */
  dropped: number;
}

/**
 * Pairs `x` and `y`, applying the missing-value rule.
 *
 * @example
 * pairComplete([1, null, 3, 4], [2, 5, NaN, 8], {missing: "pairwise"});
 * // {x: [1, 4], y: [2, 8], indices: [0, 3], dropped: 2}
 */
export function pairComplete(x: readonly MaybeNumber[], y: readonly MaybeNumber[], {missing = "error"}: MissingOptions = {}): PairedData {
  if (!Array.isArray(x)) throw new StatsInputError("x", "expected an array of numbers");
  if (!Array.isArray(y)) throw new StatsInputError("y", "expected an array of numbers");
  if (missing !== "error" && missing !== "pairwise") {
    throw new StatsInputError("missing", `must be 'error' or 'pairwise', got ${String(missing)}`);
  }
  requireSameLength(x, y, "y");
  const keptX: number[] = [];
  const keptY: number[] = [];
  const indices: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const yi = y[i];
    if (isPresent(xi) && isPresent(yi)) {
      keptX.push(xi);
      keptY.push(yi);
      indices.push(i);
    } else if (missing === "error") {
      const argument = isPresent(xi) ? "y" : "x";
      const value = isPresent(xi) ? yi : xi;
      throw new StatsInputError(argument, `value at index ${i} is ${String(value)}; pass {missing: 'pairwise'} to drop incomplete pairs`);
    }
  }
  return {x: keptX, y: keptY, indices, dropped: x.length - indices.length};
}
