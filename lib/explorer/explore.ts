/**
 * One explorer computation: pair the chosen MIPEX measure and outcome series country by country and
 * run the full correlation report (lib/stats) on them — the same code the finding pages run at build time.
 */
import type {FamilyAdjustment} from "../findings/outcomes/family.ts";
import {pairCountries, type MissingCountry, type PairRow, type PairSpec} from "../findings/outcomes/pairs.ts";
import {interpret} from "../findings/outcomes/prose.ts";
import {closestMipexYear, measureLabel} from "../findings/outcomes/scores.ts";
import {MIN_COUNTRIES, REPLICATES, SEED, summarizeCorrelation, type CorrelationSummary} from "../findings/outcomes/summary.ts";
import type {ExplorerData, ExplorerSeries} from "./dataset.ts";
import {chosenPairAdjustment, type ExplorerFamily} from "./family.ts";
import type {ExplorerState} from "./state.ts";

/** The result of {@link explore}. */
export interface ExplorerResult {
  state: ExplorerState;
  mipexYear: number;
  mipexYearReason: string;
  measureLabel: string;
  series: ExplorerSeries;
  controlLabel: string | null;
  rows: PairRow[];
  missing: MissingCountry[];
  conflicts: {iso3: string; name: string; year: number; values: (number | null)[]}[];
  summary: CorrelationSummary;
  /** The pair's t-test p adjusted across the family the explorer offers, when a family was given and r was computed. */
  family: FamilyAdjustment | null;
  sentence: string;
  /** The table behind the chart, as downloaded. */
  table: Record<string, string | number | null>[];
}

/**
 * Computes the explorer's report for a selection.
 *
 * @example (needs the workbooks)
 * import {mipexInput} from "../findings/outcomes/scores.ts";
 * import {packExplorerData, unpackExplorerData} from "./dataset.ts";
 * const mipex = mipexInput(tables);
 * const data = unpackExplorerData(packExplorerData(mipex.countries, mipex.scores, observations, catalogue));
 * const {summary} = explore(data, {measure: "access_to_nationality", mipexYear: null, indicator: "derived.naturalisation_rate_nonEU_citizens.mean_2014_2019", group: "sex=T", year: 2019, control: null});
 * [summary.n, summary.r] // ≈ [31, 0.51]
 */
export function explore(
  data: ExplorerData,
  state: ExplorerState,
  {
    replicates = REPLICATES,
    seed = SEED,
    minCountries = MIN_COUNTRIES,
    family = null
  }: {replicates?: number; seed?: number; minCountries?: number; family?: ExplorerFamily | null} = {}
): ExplorerResult {
  const series = data.series.find((s) => s.indicator === state.indicator && s.group === state.group);
  if (!series) throw new Error(`No outcome series ${state.indicator} [${state.group}]`);
  const choice =
    state.mipexYear !== null
      ? {year: state.mipexYear, reason: `MIPEX ${state.mipexYear}: chosen`}
      : closestMipexYear(data.scores, state.measure, [state.year], Math.ceil(data.countries.length / 2));
  const spec: PairSpec = {measure: state.measure, mipexYear: choice.year, indicator: series.indicator, group: series.group, outcomeYears: [state.year]};
  let controlLabel: string | null = null;
  if (state.control?.startsWith("mipex:")) {
    const measure = state.control.slice("mipex:".length);
    spec.control = {measure, year: choice.year};
    controlLabel = `${measureLabel(measure)} (MIPEX ${choice.year})`;
  } else if (state.control?.startsWith("outcome:")) {
    const id = state.control.slice("outcome:".length);
    const control = data.series.find((s) => s.id === id);
    if (control) {
      const years = [...control.years].sort((a, b) => Math.abs(a - state.year) - Math.abs(b - state.year) || b - a);
      spec.control = {indicator: control.indicator, group: control.group, outcomeYears: years};
      controlLabel = `${control.label} [${control.groupLabel}] (year closest to ${state.year})`;
    }
  }
  const pairing = pairCountries(data.scores, data.observations, data.countries, spec);
  const summary = summarizeCorrelation(pairing.rows, {replicates, seed, minCountries});
  const adjusted =
    family && summary.computable && summary.pValue !== null
      ? chosenPairAdjustment(family, {measure: state.measure, series: series.id, year: state.year, p: summary.pValue})
      : null;
  const sentence = interpret(
    summary,
    {
      x: `${measureLabel(state.measure).toLowerCase()} (MIPEX ${choice.year})`,
      y: `${series.label} [${series.groupLabel}], ${state.year}`,
      ...(series.unverified ? {unverified: series.unverified} : {})
    },
    adjusted
  );
  const table = pairing.rows.map((r) => ({
    iso3: r.iso3,
    country: r.name,
    mipex_measure: state.measure,
    mipex_year: r.mipexYear,
    mipex_score: r.x,
    indicator: series.indicator,
    group: series.group,
    outcome_year: r.outcomeYear,
    outcome_value: r.y,
    control: controlLabel,
    control_value: r.z ?? null
  }));
  return {
    state,
    mipexYear: choice.year,
    mipexYearReason: choice.reason,
    measureLabel: measureLabel(state.measure),
    series,
    controlLabel,
    rows: pairing.rows,
    missing: pairing.missing,
    conflicts: pairing.conflicts,
    summary,
    family: adjusted,
    sentence,
    table
  };
}
