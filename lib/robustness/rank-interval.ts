import {plainNumber} from "../format/number.ts";
/**
 * A rank interval as the findings and tables write it; interpolated quantiles keep up to two decimals.
 *
 * @example
 * rankInterval(3, 7) // "3–7"
 * rankInterval(7, 32.95) // "7–32.95"
 */
export function rankInterval(low: number, high: number): string {
  const f = (v: number) => plainNumber(v, 2);
  return low === high ? f(low) : `${f(low)}–${f(high)}`;
}
