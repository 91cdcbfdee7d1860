/**
 * The family of tests the explorer offers: every MIPEX measure against every outcome series and year a
 * user can pick (the MIPEX year chosen as the explorer chooses it by default). A nominal p-value found by
 * searching many pairs means little, so the explorer reports the chosen pair's p adjusted across this
 * family (Holm and Benjamini–Hochberg). Each pair's p in the family is the Pearson t-test p, which takes
 * microseconds; 10,000 permutations for each of thousands of pairs would take minutes in a browser.
 */
import {adjustFamily, type FamilyAdjustment} from "../findings/outcomes/family.ts";
import {closestMipexYear} from "../findings/outcomes/scores.ts";
import {MIN_COUNTRIES} from "../findings/outcomes/summary.ts";
import {correlationTPValue, correlationTStatistic} from "../stats/correlation-test.ts";
import {pearson} from "../stats/correlation.ts";
import type {ExplorerData} from "./dataset.ts";

/** One pair of the family. */
export interface FamilyPair {
  measure: string;
  /** `indicator|group` */
  series: string;
  year: number;
  mipexYear: number;
  n: number;
  r: number;
  p: number;
}

/** Result of {@link explorerFamily}. */
export interface ExplorerFamily {
  /** Measure × series × outcome year combinations a user can pick. */
  offered: number;
  /** Those with at least `minCountries` countries and two distinct values on each side: the family. */
  pairs: FamilyPair[];
  minCountries: number;
}

/**
 * Every pair the explorer offers, with n, r and the t-test p of those that can be computed.
 *
 * @example (needs the workbooks)
 * import {mipexInput} from "../findings/outcomes/scores.ts";
 * import {packExplorerData, unpackExplorerData} from "./dataset.ts";
 * const mipex = mipexInput(tables);
 * const family = explorerFamily(unpackExplorerData(packExplorerData(mipex.countries, mipex.scores, observations, catalogue)));
 * [family.pairs.length, family.offered] // [29230, 30060] (the shared data, December 2026)
 */
export function explorerFamily(data: ExplorerData, {minCountries = MIN_COUNTRIES}: {minCountries?: number} = {}): ExplorerFamily {
  const scores = new Map<string, Map<string, number>>();
  for (const s of data.scores) {
    const key = `${s.measure}|${s.year}`;
    if (!scores.has(key)) scores.set(key, new Map());
    scores.get(key)!.set(s.iso3, s.score);
  }
  // Per series and year: a country's value, or null when its rows conflict (left out, as pairCountries does).
  const values = new Map<string, Map<string, number | null>>();
  for (const o of data.observations) {
    if (!o.iso3) continue;
    const key = `${o.indicator}|${o.group}|${o.year}`;
    if (!values.has(key)) values.set(key, new Map());
    const byCountry = values.get(key)!;
    const earlier = byCountry.get(o.iso3);
    if (o.conflict || (earlier !== undefined && earlier !== o.value && o.value !== null && earlier !== null)) byCountry.set(o.iso3, null);
    else if (earlier === undefined && o.value !== null) byCountry.set(o.iso3, o.value);
  }
  const yearChoice = new Map<string, number>();
  const half = Math.ceil(data.countries.length / 2);
  const pairs: FamilyPair[] = [];
  let offered = 0;
  for (const series of data.series) {
    for (const year of series.years) {
      const outcome = values.get(`${series.indicator}|${series.group}|${year}`) ?? new Map<string, number | null>();
      for (const measure of data.measures) {
        offered++;
        const choiceKey = `${measure.id}|${year}`;
        if (!yearChoice.has(choiceKey)) yearChoice.set(choiceKey, closestMipexYear(data.scores, measure.id, [year], half).year);
        const mipexYear = yearChoice.get(choiceKey)!;
        const x: number[] = [];
        const y: number[] = [];
        const score = scores.get(`${measure.id}|${mipexYear}`);
        for (const [iso3, value] of outcome) {
          const s = score?.get(iso3);
          if (value === null || s === undefined) continue;
          x.push(s);
          y.push(value);
        }
        if (x.length < minCountries || new Set(x).size < 2 || new Set(y).size < 2) continue;
        const r = pearson(x, y);
        const df = x.length - 2;
        pairs.push({
          measure: measure.id,
          series: series.id,
          year,
          mipexYear,
          n: x.length,
          r,
          p: correlationTPValue(correlationTStatistic(r, df), df, "two-sided")
        });
      }
    }
  }
  return {offered, pairs, minCountries};
}

/** Words for the family in sentences. */
export const EXPLORER_FAMILY = "pairs the explorer offers (t-test p)";

/**
 * The chosen pair's t-test p adjusted across the family: the chosen pair replaces the family's pair with the
 * same measure, series and year (a MIPEX year or control chosen by hand changes its p), or joins the
 * family when it is not in it (a user's own series).
 *
 * @example (needs the workbooks)
 * import {mipexInput} from "../findings/outcomes/scores.ts";
 * import {packExplorerData, unpackExplorerData} from "./dataset.ts";
 * const mipex = mipexInput(tables);
 * const family = explorerFamily(unpackExplorerData(packExplorerData(mipex.countries, mipex.scores, observations, catalogue)));
 * // A user's own series joins the family of 29 230: p = 0.01 does not survive Holm, and barely Benjamini–Hochberg.
 * const {size, holm, bh} = chosenPairAdjustment(family, {measure: "education", series: "x|all", year: 2015, p: 0.01});
 * [size, holm, bh] // ≈ [29231, 1, 0.118]
 */
export function chosenPairAdjustment(family: ExplorerFamily, chosen: {measure: string; series: string; year: number; p: number}): FamilyAdjustment {
  const index = family.pairs.findIndex((q) => q.measure === chosen.measure && q.series === chosen.series && q.year === chosen.year);
  const ps = family.pairs.map((q) => q.p);
  if (index >= 0) ps[index] = chosen.p;
  else ps.push(chosen.p);
  return adjustFamily(ps, EXPLORER_FAMILY)[index >= 0 ? index : ps.length - 1]!;
}
