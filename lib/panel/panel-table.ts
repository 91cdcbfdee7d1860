/**
 * The country × year panel: one MIPEX score series (one edition, never mixed) joined to one annual outcome
 * series and, optionally, control series, with the coverage of the pair stated before any estimate.
 *
 * The editions rule: the 2020 edition gives 2007–2019 and the 2025 EU update 2020–2024; each is its own series.
 * The 2020 edition's few 2020 values are left out (2020 belongs to the 2025 series), and a model never joins a
 * 2019 score from one edition to a 2020 score from the other, because the two editions' coding differs.
 *
 * Pure functions over plain rows, shared by the build (lib/findings/panel.ts) and the explorer's panel mode in
 * the browser (lib/browser/panel.ts).
 */
import type {OutcomeValue} from "../findings/outcomes/pairs.ts";
import type {MipexScore} from "../findings/outcomes/scores.ts";

/** A score series: which edition and which years. */
export interface EditionSeries {
  edition: "2020" | "2025";
  from: number;
  to: number;
  label: string;
}

/**
 * The two score series and their years.
 *
 * @example
 * EDITION_SERIES.map((s) => `${s.edition}: ${s.from}–${s.to}`) // ["2020: 2007–2019", "2025: 2020–2024"]
 */
export const EDITION_SERIES: readonly EditionSeries[] = [
  {edition: "2020", from: 2007, to: 2019, label: "MIPEX 2020 edition, 2007–2019 (56 countries)"},
  {edition: "2025", from: 2020, to: 2024, label: "MIPEX 2025 EU update, 2020–2024 (EU27 and Canada)"}
];

/** The editions rule in one sentence, for pages. */
export const EDITION_RULE =
  "Scores come from one edition per series, never mixed: the 2020 edition for 2007–2019 (its few 2020 values are left out) and the 2025 EU update for 2020–2024, estimated as a separate series.";

/** One outcome (or control) series. */
export interface SeriesKey {
  indicator: string;
  group: string;
}

/** One complete country-year of the panel. */
export interface PanelRow {
  iso3: string;
  year: number;
  score: number;
  outcome: number;
  /** Control values, in the order of the controls asked for. */
  controls: number[];
}

/** Why a country-year with a score is not in the panel. */
export type PanelGap = "no outcome value" | "conflicting outcome values" | "no control value";

/** One country's coverage. */
export interface CountryCoverage {
  iso3: string;
  /** Years in the panel. */
  years: number[];
  /** Years inside the country's first–last panel year that are missing (a gap breaks differences and lags). */
  gaps: number[];
}

/** The coverage of a pair, shown before any estimate. */
export interface PanelCoverage {
  edition: EditionSeries;
  countries: number;
  countryYears: number;
  firstYear: number | null;
  lastYear: number | null;
  /** Years with at least one row, with the number of countries. */
  perYear: {year: number; countries: number}[];
  perCountry: CountryCoverage[];
  /** Country-years with a score but left out, by reason. */
  excluded: {iso3: string; year: number; reason: PanelGap}[];
  /** Countries whose score never changes in the panel years: they add nothing to a within estimate. */
  constantScore: string[];
}

/** A built panel. */
export interface PanelTable {
  rows: PanelRow[];
  coverage: PanelCoverage;
}

/** Options: the score series, the outcome and the controls. */
export interface PanelSpec {
  measure: string;
  edition: EditionSeries;
  outcome: SeriesKey;
  controls?: readonly SeriesKey[];
}

/**
 * Joins one edition's scores of a measure to an outcome series (and controls) by country and year. Scores must
 * be the edition's own (see {@link EDITION_SERIES}); observations are any outcome values, MIPEX countries only.
 *
 * @example (needs the workbooks)
 * import {editionScores} from "../findings/panel.ts";
 * const scores2020 = editionScores(tables)["2020"];
 * const {rows, coverage} = panelTable(scores2020, outcomes.observations, {measure: "labour_market_mobility", edition: EDITION_SERIES[0], outcome: {indicator: "derived.employment_rate_gap_nat_minus_foreign.Y15-64", group: "sex=T"}});
 * // 33 countries with at least one complete year, 391 country-years, 2007–2019.
 * [coverage.countries, rows.length, coverage.firstYear, coverage.lastYear] // [33, 391, 2007, 2019]
 */
export function panelTable(scores: readonly MipexScore[], observations: readonly OutcomeValue[], spec: PanelSpec): PanelTable {
  const {measure, edition, outcome} = spec;
  const controls = spec.controls ?? [];
  const key = (iso3: string, year: number) => `${iso3}|${year}`;
  const valuesOf = (series: SeriesKey) => {
    const values = new Map<string, {value: number | null; conflict: boolean}>();
    for (const o of observations) {
      if (o.indicator !== series.indicator || o.group !== series.group || o.iso3 === null) continue;
      const k = key(o.iso3, o.year);
      const seen = values.get(k);
      if (o.conflict || (seen && seen.value !== o.value)) values.set(k, {value: null, conflict: true});
      else if (!seen) values.set(k, {value: o.value, conflict: false});
    }
    return values;
  };
  const outcomeValues = valuesOf(outcome);
  const controlValues = controls.map(valuesOf);
  const rows: PanelRow[] = [];
  const excluded: PanelCoverage["excluded"] = [];
  const picked = scores
    .filter((s) => s.measure === measure && s.year >= edition.from && s.year <= edition.to)
    .sort((a, b) => a.iso3.localeCompare(b.iso3) || a.year - b.year);
  for (const s of picked) {
    const k = key(s.iso3, s.year);
    const found = outcomeValues.get(k);
    if (found?.conflict) excluded.push({iso3: s.iso3, year: s.year, reason: "conflicting outcome values"});
    else if (!found || found.value === null || !Number.isFinite(found.value)) excluded.push({iso3: s.iso3, year: s.year, reason: "no outcome value"});
    else {
      const values = controlValues.map((c) => c.get(k)?.value ?? null);
      if (values.some((v) => v === null || !Number.isFinite(v))) excluded.push({iso3: s.iso3, year: s.year, reason: "no control value"});
      else rows.push({iso3: s.iso3, year: s.year, score: s.score, outcome: found.value, controls: values as number[]});
    }
  }
  return {rows, coverage: panelCoverage(rows, excluded, edition)};
}

function panelCoverage(rows: readonly PanelRow[], excluded: PanelCoverage["excluded"], edition: EditionSeries): PanelCoverage {
  const byCountry = new Map<string, PanelRow[]>();
  for (const r of rows) byCountry.set(r.iso3, [...(byCountry.get(r.iso3) ?? []), r]);
  const perCountry = [...byCountry].map(([iso3, list]) => {
    const years = list.map((r) => r.year);
    const gaps: number[] = [];
    for (let y = years[0]; y <= years[years.length - 1]; y++) if (!years.includes(y)) gaps.push(y);
    return {iso3, years, gaps};
  });
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return {
    edition,
    countries: byCountry.size,
    countryYears: rows.length,
    firstYear: years[0] ?? null,
    lastYear: years.at(-1) ?? null,
    perYear: years.map((year) => ({year, countries: rows.filter((r) => r.year === year).length})),
    perCountry,
    excluded,
    constantScore: [...byCountry].filter(([, list]) => list.every((r) => r.score === list[0].score)).map(([iso3]) => iso3)
  };
}
