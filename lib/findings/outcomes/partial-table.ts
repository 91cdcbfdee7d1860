/**
 * A partly available outcome table shown as it is: its rows and how many MIPEX countries each indicator
 * covers.
 */
import type {Conflict} from "../../outcomes/observation.ts";
import type {OutcomeInput} from "./correlation-block.ts";
import type {MipexCountry} from "./scores.ts";
import {MIN_COUNTRIES} from "./summary.ts";

/** A partial table: its rows for display and what each indicator covers. */
export interface PartialTable {
  /** Files whose name matches. */
  files: string[];
  rows: {
    country: string;
    iso3: string | null;
    year: number;
    indicator: string;
    group: string;
    value: number | null;
    unit: string;
    conflict: boolean;
    mipex: boolean;
    note: string | null;
    source: string;
    file: string;
    row: number;
  }[];
  /** One line per indicator × group: how many MIPEX countries have a value. */
  coverage: {indicator: string; group: string; year: number; mipexCountries: number; countries: string[]; belowMinimum: boolean}[];
  conflicts: Conflict[];
}

/**
 * The rows of the outcome files whose path matches `pattern` (e.g. /eumidis/i), with per-indicator
 * coverage of MIPEX countries.
 *
 * @example (needs the workbooks)
 * import {mipexCountries} from "./scores.ts";
 * const {indicator, mipexCountries: n, belowMinimum} = partialTable(outcomes, /eumidis/i, mipexCountries(tables.countries)).coverage[0];
 * [indicator, n, belowMinimum] // ["EUSIDIS2022_aware_of_equality_body_pct", 9, true]
 */
export function partialTable(outcomes: OutcomeInput, pattern: RegExp, countries: readonly MipexCountry[]): PartialTable {
  const mipex = new Set(countries.map((c) => c.iso3));
  const obs = outcomes.observations.filter((o) => !o.derived && pattern.test(o.sourceFile));
  const files = [...new Set(obs.map((o) => o.sourceFile))];
  const coverage = new Map<string, {indicator: string; group: string; year: number; countries: Set<string>}>();
  for (const o of obs) {
    const key = `${o.indicator}|${o.group}|${o.year}`;
    const c = coverage.get(key) ?? {indicator: o.indicator, group: o.group, year: o.year, countries: new Set<string>()};
    if (o.iso3 && mipex.has(o.iso3) && o.value !== null && !o.conflict) c.countries.add(o.iso3);
    coverage.set(key, c);
  }
  return {
    files,
    rows: obs.map((o) => ({
      country: o.geoLabel,
      iso3: o.iso3,
      year: o.year,
      indicator: o.indicator,
      group: o.group,
      value: o.value,
      unit: o.unit,
      conflict: o.conflict,
      mipex: o.iso3 !== null && mipex.has(o.iso3),
      note: o.note,
      source: o.source,
      file: o.sourceFile,
      row: o.row
    })),
    coverage: [...coverage.values()]
      .map((c) => ({
        indicator: c.indicator,
        group: c.group,
        year: c.year,
        mipexCountries: c.countries.size,
        countries: [...c.countries].sort(),
        belowMinimum: c.countries.size < MIN_COUNTRIES
      }))
      .sort((a, b) => b.mipexCountries - a.mipexCountries || a.indicator.localeCompare(b.indicator)),
    conflicts: (outcomes.conflicts ?? []).filter((c) => pattern.test(c.file))
  };
}
