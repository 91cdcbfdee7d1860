import {round} from "../../format/number.ts";

/**
 * A score rounded to 9 decimals, so that equal workbook scores give a change of exactly zero.
 *
 * @example
 * round9(0.1 + 0.2) // 0.3
 * round9(null) // null
 */
export function round9(value: number | null): number | null {
  return value === null ? null : round(value, 9);
}
