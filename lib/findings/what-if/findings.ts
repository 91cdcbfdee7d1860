/**
 * The what-if simulator's findings for `mipex reproduce`: for each country, the overall gain from the
 * single indicator change that lifts it most (computed only; MIPEX publishes no such figure).
 */
import {finding, type Finding} from "../finding.ts";
import {bestSingleChanges, type SingleChange} from "./best-changes.ts";
import type {WhatIfData} from "./data.ts";

/** A country's best single change; null when every indicator is at its best answer already. */
export interface CountryBestChange {
  iso3: string;
  name: string;
  best: SingleChange | null;
}

/**
 * Every country's best single change from its recorded scores, in the data's country order.
 *
 * @example (needs the workbooks)
 * import {whatIfData} from "./data.ts";
 * bestChangePerCountry(whatIfData(tables)).find((c) => c.iso3 === "SWE")?.best?.overallGain // ≈ 2.094
 */
export function bestChangePerCountry(data: WhatIfData): CountryBestChange[] {
  return data.countries.map((c) => ({iso3: c.iso3, name: c.name, best: bestSingleChanges(data, c.iso3)[0] ?? null}));
}

/**
 * One finding per country with a change left to make: `whatif_best.<year>.<ISO3>`, the overall gain.
 *
 * @example (needs the workbooks)
 * import {whatIfData} from "./data.ts";
 * const first = whatIfBestFindings(bestChangePerCountry(whatIfData(tables)), 2019)[0];
 * [first.id, first.computed] // ["whatif_best.2019.ALB", 2.5]
 */
export function whatIfBestFindings(best: readonly CountryBestChange[], year: number): Finding[] {
  return best.flatMap(({iso3, name, best}) =>
    best
      ? [
          finding(
            `whatif_best.${year}.${iso3}`,
            `${name}: overall gain from the best single indicator change (${best.code} ${best.from} → ${best.to})`,
            best.overallGain,
            null,
            undefined,
            "none"
          )
        ]
      : []
  );
}
