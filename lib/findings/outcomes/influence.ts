/**
 * Which countries a clear association rests on: those whose absence makes the 95 % interval of r include zero.
 */
import {fisherInterval} from "../../stats/correlation-test.ts";
import type {CorrelationSummary} from "./summary.ts";

/**
 * The countries without which the 95 % (Fisher-z) interval of r would include zero, nearest to zero
 * first: the countries a clear association rests on. Empty when the interval of all countries already
 * includes zero.
 *
 * @example (needs the workbooks)
 * import {correlationBlock} from "./correlation-block.ts";
 * import {mipexInput} from "./scores.ts";
 * import {POLICY_OUTCOME_SPECS} from "./specs.ts";
 * // Access to nationality and naturalisation: no single country carries the link.
 * disappearsWithout(correlationBlock(POLICY_OUTCOME_SPECS[0], mipexInput(tables), outcomes, {replicates: 999}).summary) // []
 */
export function disappearsWithout(s: CorrelationSummary): {iso3: string; name: string; without: number; interval: [number, number]}[] {
  if (!s.computable || s.rInterval === null || s.n - 1 < 4) return [];
  const [lo, hi] = s.rInterval;
  if (lo <= 0 && hi >= 0) return [];
  return s.influence
    .filter((c): c is typeof c & {without: number} => c.without !== null && Number.isFinite(c.without) && Math.abs(c.without) < 1)
    .map((c) => ({iso3: c.iso3, name: c.name, without: c.without, interval: fisherInterval(c.without, s.n - 1)}))
    .filter((c) => c.interval[0] <= 0 && c.interval[1] >= 0)
    .sort((a, b) => Math.abs(a.without) - Math.abs(b.without) || a.name.localeCompare(b.name));
}
