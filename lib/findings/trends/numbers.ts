/**
 * A score rounded to 9 decimals, so that equal workbook scores give a change of exactly zero.
 *
 * @example
 * round9(0.1 + 0.2) // 0.3
 * round9(null) // null
 */
export function round9(value: number | null): number | null {
  return value === null ? null : Number(value.toFixed(9));
}

/**
 * The arithmetic mean, summed left to right (the order the findings have always used).
 *
 * @example
 * mean([1, 2, 6]) // 3
 */
export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
