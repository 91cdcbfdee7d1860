/**
 * Input checks shared by the statistics functions. Each throws a {@link StatsInputError}
 * naming the argument, so that no function has to return NaN for bad input.
 */
import {StatsInputError} from "./errors.ts";

/** A value that may be missing in user data (null/undefined/NaN all count as missing). */
export type MaybeNumber = number | null | undefined;

/**
 * True when `value` is a finite number (null, undefined, NaN and ±Infinity are not).
 *
 * @example
 * isPresent(3); // true
 * isPresent(null); // false
 */
export function isPresent(value: MaybeNumber): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * Checks that `values` is an array of finite numbers and returns it typed as `number[]`.
 *
 * @example
 * requireFiniteArray([1, 2, 3], "x"); // [1, 2, 3]
 * requireFiniteArray([1, NaN], "x"); // throws StatsInputError("x: value at index 1 is NaN ...")
 */
export function requireFiniteArray(values: readonly MaybeNumber[], argument: string): number[] {
  if (!Array.isArray(values)) throw new StatsInputError(argument, "expected an array of numbers");
  for (let i = 0; i < values.length; i++) {
    if (!isPresent(values[i])) {
      throw new StatsInputError(argument, `value at index ${i} is ${String(values[i])}; missing or non-finite values are not allowed here`);
    }
  }
  return values as number[];
}

/**
 * Checks that `values` has at least `minimum` elements.
 *
 * @example
 * requireMinLength([1, 2, 3], 3, "x"); // ok
 */
export function requireMinLength(values: ArrayLike<unknown>, minimum: number, argument: string): void {
  if (values.length < minimum) {
    throw new StatsInputError(argument, `needs at least ${minimum} values, got ${values.length}`);
  }
}

/**
 * Checks that two arrays have the same length.
 *
 * @example
 * requireSameLength([1, 2], [3, 4], "y"); // ok
 */
export function requireSameLength(x: ArrayLike<unknown>, y: ArrayLike<unknown>, argument: string): void {
  if (x.length !== y.length) {
    throw new StatsInputError(argument, `length ${y.length} does not match the first argument's length ${x.length}`);
  }
}

/**
 * Checks that the values are not all equal (a correlation or a standardization needs spread).
 *
 * @example
 * requireVariation([0, 50, 50], "x"); // ok
 * requireVariation([50, 50, 50], "x"); // throws: zero variance
 */
export function requireVariation(values: ArrayLike<number>, argument: string): void {
  for (let i = 1; i < values.length; i++) if (values[i] !== values[0]) return;
  throw new StatsInputError(argument, "has zero variance (all values are equal)");
}

/**
 * Checks that a confidence level lies strictly between 0 and 1.
 *
 * @example
 * requireLevel(0.95, "level"); // ok
 */
export function requireLevel(level: number, argument = "level"): void {
  if (!(level > 0 && level < 1)) throw new StatsInputError(argument, `must be strictly between 0 and 1, got ${level}`);
}

/**
 * Checks that a count option is an integer of at least `minimum`.
 *
 * @example
 * requireInteger(1000, 1, "replicates"); // ok
 */
export function requireInteger(value: number, minimum: number, argument: string): void {
  if (!Number.isInteger(value) || value < minimum) {
    throw new StatsInputError(argument, `must be an integer >= ${minimum}, got ${value}`);
  }
}

/**
 * Checks that `rows` is a rectangular matrix of finite numbers with at least `minRows` rows.
 * Missing values are allowed when `allowMissing` is true (they are then checked to be null/NaN only).
 *
 * @example
 * requireMatrix([[1, 2], [3, 4]], "data"); // {rows: 2, columns: 2}
 */
export function requireMatrix(
  rows: readonly (readonly MaybeNumber[])[],
  argument: string,
  {minRows = 1, minColumns = 1, allowMissing = false}: {minRows?: number; minColumns?: number; allowMissing?: boolean} = {}
): {rows: number; columns: number} {
  if (!Array.isArray(rows)) throw new StatsInputError(argument, "expected an array of rows");
  if (rows.length < minRows) throw new StatsInputError(argument, `needs at least ${minRows} rows, got ${rows.length}`);
  const columns = rows[0]?.length ?? 0;
  if (columns < minColumns) throw new StatsInputError(argument, `needs at least ${minColumns} columns, got ${columns}`);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || row.length !== columns) {
      throw new StatsInputError(argument, `row ${i} has ${row?.length ?? "no"} values, expected ${columns}`);
    }
    for (let j = 0; j < columns; j++) {
      const value = row[j];
      if (isPresent(value)) continue;
      if (allowMissing && (value === null || value === undefined || Number.isNaN(value))) continue;
      throw new StatsInputError(argument, `value at row ${i}, column ${j} is ${String(value)}; not allowed here`);
    }
  }
  return {rows: rows.length, columns};
}
