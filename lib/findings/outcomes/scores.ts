/**
 * MIPEX scores as the outcome correlations use them: the measures one can correlate, the recomputed scores
 * of the 2020 edition, the 56 MIPEX 2020 countries, and the MIPEX year paired with an outcome. The
 * year is the one closest to the outcome year(s) among the years every MIPEX country was scored in (ties go
 * to the earlier year: policy precedes outcome); the choice is stated.
 */
import {AREAS, OVERALL_VARIANTS} from "../../mipex/areas.ts";
import type {AreaScoreRow, OverallScoreRow} from "../../mipex/build-tables.ts";
import type {CountryRow, WorkspaceTables} from "../../mipex/workspace-tables.ts";

/** A MIPEX measure: an area id (`education`) or `overall.<variant>` (`overall.with_health`). */
export type MipexMeasure = string;

/** One recomputed MIPEX score. */
export interface MipexScore {
  iso3: string;
  year: number;
  measure: MipexMeasure;
  score: number;
}

/** A MIPEX country: code and name. */
export interface MipexCountry {
  iso3: string;
  name: string;
}

/**
 * The measures one can correlate: the eight areas and the overall score with and without health.
 *
 * @example
 * MIPEX_MEASURES[0] // {id: "overall.with_health", label: "Overall score (with health)"}
 */
export const MIPEX_MEASURES: readonly {id: MipexMeasure; label: string}[] = [
  {id: "overall.with_health", label: "Overall score (with health)"},
  {id: "overall.without_health", label: "Overall score (without health)"},
  ...AREAS.map((a) => ({id: a.id as string, label: a.name}))
];

/**
 * The label of a measure.
 *
 * @example
 * measureLabel("access_to_nationality") // "Access to nationality"
 */
export function measureLabel(measure: MipexMeasure): string {
  return MIPEX_MEASURES.find((m) => m.id === measure)?.label ?? measure;
}

/**
 * Recomputed scores of one edition (default "2020") as {@link MipexScore} rows: every area and the
 * overall variants with and without health. Rows without a recomputed score are skipped.
 *
 * @example (needs the workbooks)
 * mipexScores(tables.area_scores, tables.overall_scores).filter((s) => s.measure === "education" && s.year === 2019).length // 56
 */
export function mipexScores(area: readonly AreaScoreRow[], overall: readonly OverallScoreRow[], edition = "2020"): MipexScore[] {
  const out: MipexScore[] = [];
  for (const r of area) if (r.edition === edition && r.recomputed !== null) out.push({iso3: r.iso3, year: r.year, measure: r.area, score: r.recomputed});
  for (const r of overall) {
    if (r.edition !== edition || r.recomputed === null || !(r.variant in OVERALL_VARIANTS) || r.variant === "without_health_education") continue;
    out.push({iso3: r.iso3, year: r.year, measure: `overall.${r.variant}`, score: r.recomputed});
  }
  return out;
}

/**
 * The MIPEX 2020 countries, sorted by name.
 *
 * @example (needs the workbooks)
 * mipexCountries(tables.countries).length // 56
 */
export function mipexCountries(countries: readonly CountryRow[]): MipexCountry[] {
  return countries
    .filter((c) => c.in_edition_2020)
    .map(({iso3, name}) => ({iso3, name}))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Which MIPEX year was used and why. */
export interface MipexYearChoice {
  year: number;
  /** The years the measure covers for (nearly) all countries. */
  candidates: number[];
  reason: string;
}

/**
 * The MIPEX year closest to the outcome years' mean, among the years in which at least `minCountries`
 * countries have the measure (health and the with-health overall score: 2014 and 2019 only). Ties go to the
 * earlier year, since policy precedes outcome.
 *
 * @example (needs the workbooks)
 * const {scores} = mipexInput(tables);
 * // 2016 and 2017 are equally close to 2014–2019: the earlier, as policy precedes outcome.
 * closestMipexYear(scores, "access_to_nationality", [2014, 2015, 2016, 2017, 2018, 2019]).year // 2016
 * // The overall score is scored for all countries only in 2014 and 2019.
 * closestMipexYear(scores, "overall.with_health", [2016]).year // 2014
 */
export function closestMipexYear(scores: readonly MipexScore[], measure: MipexMeasure, outcomeYears: readonly number[], minCountries = 50): MipexYearChoice {
  const perYear = new Map<number, number>();
  for (const s of scores) if (s.measure === measure) perYear.set(s.year, (perYear.get(s.year) ?? 0) + 1);
  const candidates = [...perYear]
    .filter(([, n]) => n >= minCountries)
    .map(([y]) => y)
    .sort((a, b) => a - b);
  if (candidates.length === 0) throw new Error(`No year has ${measure} scores for ${minCountries} countries`);
  if (outcomeYears.length === 0) throw new Error("closestMipexYear: no outcome year");
  const target = outcomeYears.reduce((a, b) => a + b, 0) / outcomeYears.length;
  let best = candidates[0];
  for (const y of candidates) if (Math.abs(y - target) < Math.abs(best - target) - 1e-9) best = y;
  const span = outcomeYears.length === 1 ? `${outcomeYears[0]}` : `${Math.min(...outcomeYears)}–${Math.max(...outcomeYears)} (mean ${target})`;
  const reason =
    best === target
      ? `MIPEX ${best}: the outcome year`
      : `MIPEX ${best}: the scored year closest to the outcome year${outcomeYears.length === 1 ? "" : "s"} ${span}${candidates.some((y) => y !== best && Math.abs(y - target) === Math.abs(best - target)) ? ", the earlier of two equally close years (policy precedes outcome)" : ""}; ${measureLabel(measure)} is scored for all countries in ${candidates.join(", ")}`;
  return {year: best, candidates, reason};
}

/** Scores and countries from the tables, computed once per page. */
export interface MipexInput {
  scores: MipexScore[];
  countries: MipexCountry[];
}

/**
 * Scores and the 56 countries from the workspace tables.
 *
 * @example (needs the workbooks)
 * const mipex = mipexInput(tables);
 * [mipex.countries.length, mipex.scores.length] // [56, 4690]
 */
export function mipexInput(tables: Pick<WorkspaceTables, "area_scores" | "overall_scores" | "countries">): MipexInput {
  return {scores: mipexScores(tables.area_scores, tables.overall_scores), countries: mipexCountries(tables.countries)};
}
