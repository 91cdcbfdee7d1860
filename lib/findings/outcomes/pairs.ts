/**
 * Pairing MIPEX scores with an outcome series country by country.
 *
 * Rules
 * - Only the 56 MIPEX 2020 countries take part; aggregates (EU, OECD average) never do.
 * - A country whose outcome value is in conflict (one file, or two files, give two different values for the
 *   same country, year, indicator and group) is left out and listed with its values: never averaged, never picked.
 */
import type {MipexCountry, MipexMeasure, MipexScore} from "./scores.ts";

/** The fields of an outcome observation pairing needs (lib/outcomes Observation has them all). */
export interface OutcomeValue {
  iso3: string | null;
  year: number;
  indicator: string;
  group: string;
  value: number | null;
  conflict: boolean;
}

/** A country left out of a pairing, and why. */
export interface MissingCountry {
  iso3: string;
  name: string;
  reason: "no outcome value" | "conflicting outcome values" | "no MIPEX score";
  /** For conflicts: the disagreeing values. */
  values?: (number | null)[];
}

/** One country in a pairing. */
export interface PairRow {
  iso3: string;
  name: string;
  /** The MIPEX score. */
  x: number;
  /** The outcome value. */
  y: number;
  /** The control's value, when a control was given. */
  z?: number;
  mipexYear: number;
  outcomeYear: number;
}

/** What to pair: the measure and year, the outcome series and the years to take it from. */
export interface PairSpec {
  measure: MipexMeasure;
  mipexYear: number;
  indicator: string;
  group: string;
  /** Years to read the outcome from, in order of preference: the first year with a value counts. */
  outcomeYears: readonly number[];
  /** An optional control series (partial correlation), read from the same years. */
  control?: {indicator: string; group: string; outcomeYears: readonly number[]} | {measure: MipexMeasure; year: number};
}

/** The result of {@link pairCountries}. */
export interface Pairing {
  rows: PairRow[];
  missing: MissingCountry[];
  /** Conflicting outcome rows of the countries left out. */
  conflicts: {iso3: string; name: string; year: number; values: (number | null)[]}[];
}

function seriesValues(observations: readonly OutcomeValue[], indicator: string, group: string, years: readonly number[]) {
  const values = new Map<string, {value: number; year: number}>();
  const conflicts = new Map<string, {year: number; values: (number | null)[]}>();
  for (const year of years) {
    const byCountry = new Map<string, OutcomeValue[]>();
    for (const o of observations) {
      if (o.indicator !== indicator || o.group !== group || o.year !== year || !o.iso3) continue;
      const list = byCountry.get(o.iso3) ?? [];
      list.push(o);
      byCountry.set(o.iso3, list);
    }
    for (const [iso3, list] of byCountry) {
      if (values.has(iso3) || conflicts.has(iso3)) continue;
      // Two different values (within one file: flagged `conflict`; across files: found here) are a conflict.
      const distinct = new Set(list.filter((o) => o.value !== null).map((o) => o.value));
      if (list.some((o) => o.conflict) || distinct.size > 1) conflicts.set(iso3, {year, values: list.map((o) => o.value)});
      else if (distinct.size === 1) values.set(iso3, {value: [...distinct][0]!, year});
    }
  }
  return {values, conflicts};
}

/**
 * Pairs every MIPEX country's score with its outcome value. Countries without either, or whose outcome
 * is in conflict, are listed in `missing` with the reason.
 *
 * @example (needs the workbooks)
 * import {mipexInput} from "./scores.ts";
 * const {scores, countries} = mipexInput(tables);
 * const {rows, missing} = pairCountries(scores, outcomes.observations, countries, {measure: "health", mipexYear: 2019, indicator: "derived.health_good_gap_nat_minus_noneu.Y_GE16", group: "sex=T", outcomeYears: [2019]});
 * [rows.length, missing.length] // [31, 25]
 * const {iso3, x, y} = rows[0];
 * [iso3, x, y] // ["AUT", 81.29166666666666, 5.2]
 */
export function pairCountries(
  scores: readonly MipexScore[],
  observations: readonly OutcomeValue[],
  countries: readonly MipexCountry[],
  spec: PairSpec
): Pairing {
  const x = new Map(scores.filter((s) => s.measure === spec.measure && s.year === spec.mipexYear).map((s) => [s.iso3, s.score]));
  const y = seriesValues(observations, spec.indicator, spec.group, spec.outcomeYears);
  let z: Map<string, number> | undefined;
  let zConflicts = new Map<string, {year: number; values: (number | null)[]}>();
  if (spec.control) {
    const c = spec.control;
    if ("measure" in c) z = new Map(scores.filter((s) => s.measure === c.measure && s.year === c.year).map((s) => [s.iso3, s.score]));
    else {
      const read = seriesValues(observations, c.indicator, c.group, c.outcomeYears);
      z = new Map([...read.values].map(([k, v]) => [k, v.value]));
      zConflicts = read.conflicts;
    }
  }
  const rows: PairRow[] = [];
  const missing: MissingCountry[] = [];
  const conflicts: Pairing["conflicts"] = [];
  for (const {iso3, name} of countries) {
    const conflict = y.conflicts.get(iso3) ?? zConflicts.get(iso3);
    if (conflict) {
      missing.push({iso3, name, reason: "conflicting outcome values", values: conflict.values});
      conflicts.push({iso3, name, year: conflict.year, values: conflict.values});
      continue;
    }
    const outcome = y.values.get(iso3);
    const score = x.get(iso3);
    if (!outcome || (z && !z.has(iso3))) missing.push({iso3, name, reason: "no outcome value"});
    else if (score === undefined) missing.push({iso3, name, reason: "no MIPEX score"});
    else rows.push({iso3, name, x: score, y: outcome.value, ...(z ? {z: z.get(iso3)!} : {}), mipexYear: spec.mipexYear, outcomeYear: outcome.year});
  }
  return {rows, missing, conflicts};
}
