/**
 * The what-if page's numbers (src/what-if.md): a score to fixed decimals and a change with its sign
 * written out ("+1.25", "−0.50", "±0.00"), "—" where there is no number (a missing area score).
 */

import {fixed, MINUS} from "./lib/format.js";

type Maybe = number | null | undefined;

function missing(value: Maybe): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

/**
 * A score to `digits` decimals; "—" when missing.
 *
 * @example
 * scenarioScore(54.6875) // "54.69"
 * scenarioScore(null) // "—"
 */
export function scenarioScore(value: Maybe, digits = 2): string {
  return fixed(value, digits);
}

/**
 * A change with its sign: "+" up, "−" (minus sign) down, "±" for none; "—" when missing.
 *
 * @example
 * scenarioChange(1.25) // "+1.25"
 * scenarioChange(-0.5, 1) // "−0.5"
 * scenarioChange(0) // "±0.00"
 */
export function scenarioChange(value: Maybe, digits = 2): string {
  return missing(value) ? "—" : `${value > 0 ? "+" : value < 0 ? MINUS : "±"}${fixed(Math.abs(value), digits)}`;
}
