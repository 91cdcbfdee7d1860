/**
 * Pairing MIPEX scores with an outcome series country by country, and the honest summary of their
 * correlation. Pure functions over plain rows, shared by the finding pages (build time) and the
 * correlation explorer (in the browser, through lib/browser/correlation.ts).
 *
 * Rules
 * - Only the 56 MIPEX 2020 countries take part; aggregates (EU, OECD average) never do.
 * - A country whose outcome value is in conflict (one file, or two files, give two different values for the
 *   same country, year, indicator and group) is left out and listed with its values: never averaged, never picked.
 * - The MIPEX year is the one closest to the outcome year(s) among the years every MIPEX country was
 *   scored in (ties go to the earlier year: policy precedes outcome); the choice is stated.
 * - Below {@link MIN_COUNTRIES} complete pairs no correlation is reported as a finding.
 */
import {AREAS, OVERALL_VARIANTS} from "../mipex/areas.ts";
import type {AreaScoreRow, OverallScoreRow} from "../mipex/build-tables.ts";
import type {CountryRow} from "../mipex/workspace-tables.ts";
import {correlationReport} from "../stats/correlation-report.ts";
import {fisherInterval} from "../stats/correlation-test.ts";
import {adjustPValues} from "../stats/p-adjust.ts";
import {partialCorrelation} from "../stats/partial-correlation.ts";
import {fixed, integer, MINUS, pClause} from "../format/number.ts";

/**
 * Fewest countries for which a correlation is reported as a finding. Below it the page shows the table
 * and says the correlation is not computed: with fewer than 10 countries a 95 % interval for r spans
 * most of [−1, 1] and one country decides the sign.
 */
export const MIN_COUNTRIES = 10;

/** Bootstrap resamples and permutations behind every interval and permutation p-value. */
export const REPLICATES = 10_000;

/** The seed of every bootstrap and permutation, so each page and the explorer give the same numbers. */
export const SEED = 2020;

/** A MIPEX measure: an area id (`education`) or `overall.<variant>` (`overall.with_health`). */
export type MipexMeasure = string;

/** One recomputed MIPEX score. */
export interface MipexScore {
  iso3: string;
  year: number;
  measure: MipexMeasure;
  score: number;
}

/** The fields of an outcome observation pairing needs (lib/outcomes Observation has them all). */
export interface OutcomeValue {
  iso3: string | null;
  year: number;
  indicator: string;
  group: string;
  value: number | null;
  conflict: boolean;
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
 * @example
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
 * @example
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
 * @example
 * closestMipexYear(scores, "access_to_nationality", [2014, 2015, 2016, 2017, 2018, 2019]).year // 2016
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
 * @example
 * const {rows, missing} = pairCountries(scores, outcomes.observations, countries, {measure: "health", mipexYear: 2019, indicator: "derived.health_good_gap_nat_minus_noneu.Y_GE16", group: "sex=T", outcomeYears: [2019]});
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

/** Everything a page shows about one correlation, serialisable as JSON. */
export interface CorrelationSummary {
  n: number;
  /** True when n ≥ {@link MIN_COUNTRIES} and the statistics were computed. */
  computable: boolean;
  /** Why not, when not computable. */
  reason: string | null;
  minCountries: number;
  r: number | null;
  /** Fisher-z 95 % interval of r. */
  rInterval: [number, number] | null;
  /** BCa bootstrap 95 % interval of r. */
  rBootstrap: [number, number] | null;
  pValue: number | null;
  rho: number | null;
  /** BCa bootstrap 95 % interval of rho. */
  rhoBootstrap: [number, number] | null;
  rhoPValue: number | null;
  permutationP: number | null;
  rhoPermutationP: number | null;
  slope: number | null;
  intercept: number | null;
  slopeInterval: [number, number] | null;
  /** The fitted line as text, {@link fittedLineText}: "y = −4.88 − 0.031·x". */
  fittedLine: string | null;
  rSquared: number | null;
  band: {x: number; fit: number; lower: number; upper: number}[];
  mostInfluential: {iso3: string; name: string; without: number | null; change: number | null} | null;
  /** r without each country. */
  influence: {iso3: string; name: string; without: number | null; change: number | null}[];
  /** Partial correlation given the control, when one was given. */
  partial: {r: number; interval: [number, number]; pValue: number; n: number} | null;
  replicates: number;
  seed: number;
}

/**
 * The full correlation report of a pairing's rows (Pearson and Spearman with intervals, permutation p,
 * leave-one-out influence, fitted line with its band), or `computable: false` below `minCountries`.
 *
 * @example
 * summarizeCorrelation(pairing.rows).r
 */
export function summarizeCorrelation(
  rows: readonly PairRow[],
  {minCountries = MIN_COUNTRIES, replicates = REPLICATES, seed = SEED}: {minCountries?: number; replicates?: number; seed?: number} = {}
): CorrelationSummary {
  const empty: CorrelationSummary = {
    n: rows.length,
    computable: false,
    reason: null,
    minCountries,
    r: null,
    rInterval: null,
    rBootstrap: null,
    pValue: null,
    rho: null,
    rhoBootstrap: null,
    rhoPValue: null,
    permutationP: null,
    rhoPermutationP: null,
    slope: null,
    intercept: null,
    slopeInterval: null,
    fittedLine: null,
    rSquared: null,
    band: [],
    mostInfluential: null,
    influence: [],
    partial: null,
    replicates,
    seed
  };
  if (rows.length < minCountries) {
    return {
      ...empty,
      reason: `${rows.length} ${rows.length === 1 ? "country has" : "countries have"} both values; a correlation is reported only from ${minCountries} countries up`
    };
  }
  const x = rows.map((r) => r.x);
  const y = rows.map((r) => r.y);
  if (new Set(x).size < 2 || new Set(y).size < 2) return {...empty, reason: "one of the two variables takes a single value in these countries"};
  const report = correlationReport(x, y, {labels: rows.map((r) => r.iso3), replicates, seed});
  const byIso = new Map(rows.map((r) => [r.iso3, r.name]));
  let partial: CorrelationSummary["partial"] = null;
  if (rows.every((r) => r.z !== undefined) && rows.length >= 5) {
    try {
      const p = partialCorrelation(x, y, [rows.map((r) => r.z!)]);
      partial = {r: p.estimate, interval: p.confidenceInterval, pValue: p.pValue, n: p.n};
    } catch {
      partial = null;
    }
  }
  const most = report.mostInfluential;
  return {
    ...empty,
    computable: true,
    r: report.r,
    rInterval: report.pearson.confidenceInterval,
    rBootstrap: report.bootstrap.pearson.bca,
    pValue: report.pearson.pValue,
    rho: report.rho,
    rhoBootstrap: report.bootstrap.spearman.bca,
    rhoPValue: report.spearman.pValue,
    permutationP: report.permutation.pearsonPValue,
    rhoPermutationP: report.permutation.spearmanPValue,
    slope: report.regression.slope.estimate,
    intercept: report.regression.intercept.estimate,
    slopeInterval: report.regression.slope.confidenceInterval,
    fittedLine: fittedLineText(report.regression.intercept.estimate, report.regression.slope.estimate),
    rSquared: report.regression.rSquared,
    band: report.band.map(({x, fit, lower, upper}) => ({x, fit, lower, upper})),
    mostInfluential: {iso3: most.label, name: byIso.get(most.label) ?? most.label, without: most.without, change: most.change},
    influence: report.influence.map((c) => ({iso3: c.label, name: byIso.get(c.label) ?? c.label, without: c.without, change: c.change})),
    partial
  };
}


function strength(r: number): string {
  const a = Math.abs(r);
  return a < 0.1 ? "a very weak" : a < 0.3 ? "a weak" : a < 0.5 ? "a moderate" : a < 0.7 ? "a fairly strong" : "a strong";
}

/**
 * The fitted least-squares line as text, the slope's sign written as the operator: never "+ -".
 * Intercept with 2 decimals, slope with 3; "—" when there is no line.
 *
 * @example
 * fittedLineText(-4.876, -0.0312) // "y = −4.88 − 0.031·x"
 * fittedLineText(0.83, 0.07)      // "y = 0.83 + 0.070·x"
 */
export function fittedLineText(intercept: number | null | undefined, slope: number | null | undefined): string {
  if (intercept === null || intercept === undefined || slope === null || slope === undefined) return "—";
  const b = fixed(slope, 3);
  const negative = b.startsWith(MINUS);
  return `y = ${fixed(intercept, 2)} ${negative ? MINUS : "+"} ${negative ? b.slice(1) : b}·x`;
}

/** Words for {@link interpret}. */
export interface InterpretLabels {
  /** "access to nationality (MIPEX 2016)" */
  x: string;
  /** "the naturalisation rate of non-EU citizens" */
  y: string;
  /** Extra caveat about the outcome, e.g. "the outcome is measured by citizenship, not by migrant background". */
  caveat?: string;
  /** Set when the outcome's direction is not verified in its source: the reason, said before any direction. */
  unverified?: string;
}

/**
 * Why a series' direction is unverified, from its source rows' own notes: the note passage that says a
 * convention was "inferred, not read" (up to the next semicolon), or null when no note says so.
 *
 * @example
 * unverifiedNote(["… SIGN CONVENTION INFERRED, NOT READ: positive = non-immigrant students score higher (OECD average row = 43); whether …"])
 * // 'the source note says "SIGN CONVENTION INFERRED, NOT READ: positive = non-immigrant students score higher (OECD average row = 43)", so the direction of this series is unverified.'
 */
export function unverifiedNote(notes: readonly (string | null | undefined)[]): string | null {
  for (const note of notes) {
    const match = note ? /[^.;]*inferred,? not read[^;]*/i.exec(note) : null;
    if (match) return `the source note says "${match[0].trim()}", so the direction of this series is unverified.`;
  }
  return null;
}

/** A test's p-value adjusted across the family of tests it was run with. */
export interface FamilyAdjustment {
  /** Tests in the family. */
  size: number;
  /** What the family is, for the sentence: "policy–outcome links on the three outcome pages". */
  family: string;
  /** The p-value that was adjusted (the permutation p for the outcome pages). */
  raw: number;
  /** Holm (family-wise error) and Benjamini–Hochberg (false discovery rate) adjusted p. */
  holm: number;
  bh: number;
}

/**
 * Holm and Benjamini–Hochberg adjustment of a family of p-values (lib/stats/p-adjust.ts, as R's
 * `p.adjust`); null p-values (tests not computed) stay out of the family and get null.
 *
 * @example
 * adjustFamily([0.01, null, 0.04], "links")[2] // {size: 2, family: "links", raw: 0.04, holm: 0.04, bh: 0.04}
 */
export function adjustFamily(pValues: readonly (number | null)[], family: string): (FamilyAdjustment | null)[] {
  const present = pValues.map((p, i) => ({p, i})).filter((e): e is {p: number; i: number} => e.p !== null);
  const holm = adjustPValues(
    present.map((e) => e.p),
    "holm"
  );
  const bh = adjustPValues(
    present.map((e) => e.p),
    "BH"
  );
  const out: (FamilyAdjustment | null)[] = pValues.map(() => null);
  present.forEach((e, k) => (out[e.i] = {size: present.length, family, raw: e.p, holm: holm[k], bh: bh[k]}));
  return out;
}

/**
 * The countries without which the 95 % (Fisher-z) interval of r would include zero, nearest to zero
 * first: the countries a clear association rests on. Empty when the interval of all countries already
 * includes zero.
 *
 * @example
 * disappearsWithout(summary).map((c) => c.name) // ["Estonia"]
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

/**
 * A paragraph made from the numbers. Its rules never let one sentence contradict another:
 *
 * - **The 95 % interval of r excludes zero**: direction and strength are stated ("those scoring higher on x
 *   tend to have higher y: a moderate correlation"). It is a finding only if chance is ruled out: when the
 *   test belongs to a family, the Holm-adjusted p across the family must be below 0.05 (the sentence gives
 *   the raw, Holm and Benjamini–Hochberg p); without a family, the permutation p. Otherwise the
 *   association is called tentative and the sentence says which test leaves chance open.
 * - **The interval includes zero**: no direction or strength is claimed — the data are compatible with no
 *   association, and the sentence gives the range of correlations they are compatible with.
 * - **Leaving one country out**: the most influential country's r-without is always given. "The sign
 *   flips, so one country carries the result" is said only when the interval excludes zero and some
 *   leave-one-out r has the other sign (that country is named); otherwise, if leaving out one country
 *   makes the interval include zero, the sentence says the link disappears without that country. When the
 *   interval includes zero a sign change is expected and is said to mean little.
 * - An outcome whose direction is unverified in its source says so before any direction is read.
 * - Always: correlation across countries is not a causal effect (and is imprecise below 30 countries),
 *   then the outcome's own caveat.
 *
 * @example
 * interpret(summary, {x: "access to nationality", y: "the naturalisation rate"})
 * // "Across 31 countries, those scoring higher on access to nationality tend to have higher the naturalisation rate:
 * //  a fairly strong correlation (r = 0.55, 95 % CI 0.24 to 0.75; ...). Leaving out Romania, ... gives r = 0.67. ..."
 */
export function interpret(s: CorrelationSummary, labels: InterpretLabels, family?: FamilyAdjustment | null): string {
  if (!s.computable || s.r === null || s.rInterval === null || s.rho === null || s.permutationP === null) {
    return `Not computed: ${s.reason ?? "too few countries"}. The countries' values are shown as a table only; no correlation is claimed.`;
  }
  const [lo, hi] = s.rInterval;
  const excludesZero = lo > 0 || hi < 0;
  const size = family ? integer(family.size) : "";
  const adjusted = family ? `; adjusted over the ${size} ${family.family}: Holm p ${pClause(family.holm)}, Benjamini–Hochberg p ${pClause(family.bh)}` : "";
  const numbers = `r = ${fixed(s.r, 2)}, 95 % CI ${fixed(lo, 2)} to ${fixed(hi, 2)}; Spearman ρ = ${fixed(s.rho, 2)}; permutation p ${pClause(s.permutationP)}${adjusted}`;
  const parts: string[] = [];
  if (labels.unverified) parts.push(`Unverified outcome: ${labels.unverified}`);
  if (excludesZero) {
    parts.push(
      `Across ${s.n} countries, those scoring higher on ${labels.x} tend to have ${s.r > 0 ? "higher" : "lower"} ${labels.y}: ${strength(s.r)} ${s.r > 0 ? "positive" : "negative"} correlation (${numbers}).`
    );
    if (s.permutationP >= 0.05)
      parts.push(`The interval excludes zero, but the permutation test does not rule out chance (p ≥ 0.05), so the association is tentative.`);
    else if (family && family.holm >= 0.05) {
      parts.push(
        family.bh < 0.05
          ? `The interval excludes zero and the link survives the false-discovery-rate correction (Benjamini–Hochberg) for the ${size} tests in the family, but not the family-wise one (Holm p ≥ 0.05), so the association is tentative.`
          : `The interval excludes zero, but with ${size} tests in the family the adjusted p does not rule out chance (Holm and Benjamini–Hochberg p ≥ 0.05), so the association is tentative.`
      );
    }
  } else {
    parts.push(`Across ${s.n} countries, these data show no clear association between ${labels.x} and ${labels.y} (${numbers}).`);
    parts.push(
      `The interval includes zero: these data cannot tell whether there is any association at all — they are compatible with none, and with correlations anywhere from ${fixed(lo, 2)} to ${fixed(hi, 2)}.`
    );
  }
  if (s.mostInfluential && s.mostInfluential.without !== null) {
    const most = s.mostInfluential;
    const r = s.r;
    const flipped = (without: number | null): without is number => without !== null && Math.sign(without) !== Math.sign(r);
    let sentence = `Leaving out ${most.name}, the most influential country, gives r = ${fixed(most.without!, 2)}`;
    if (excludesZero) {
      // The flip furthest across zero, among every leave-one-out estimate.
      const flips = s.influence.filter((c) => flipped(c.without)).sort((a, b) => Math.abs(b.without!) - Math.abs(a.without!));
      const gone = disappearsWithout(s);
      if (flipped(most.without)) sentence += " — the sign flips, so one country carries the result.";
      else if (flips.length) {
        sentence += `; leaving out ${flips[0].name ?? flips[0].iso3} gives r = ${fixed(flips[0].without!, 2)} — the sign flips, so one country carries the result.`;
      } else if (gone.length) {
        const shown = gone.slice(0, 3);
        const more = gone.length - shown.length;
        const list =
          shown.length === 1
            ? shown[0].name
            : `${shown
                .slice(0, -1)
                .map((c) => c.name)
                .join(", ")}${more ? ", " : " or "}${shown[shown.length - 1].name}${more ? ` or any of ${more} more countries` : ""}`;
        sentence += `. Without ${list} the 95 % interval of r includes zero (${shown.map((c) => `${c.name}: r = ${fixed(c.without, 2)}, ${fixed(c.interval[0], 2)} to ${fixed(c.interval[1], 2)}`).join("; ")}): the link disappears without one country.`;
      } else sentence += ".";
    } else if (flipped(most.without) && fixed(most.without!, 2) !== fixed(0, 2)) {
      sentence += " — a change of sign that means little while the interval includes zero.";
    } else sentence += ".";
    parts.push(sentence);
  }
  parts.push(
    `A correlation across countries is not a causal effect: countries differ in who their immigrants are and in much else${s.n < 30 ? `, and with ${s.n} countries the estimate is imprecise` : ""}.`
  );
  if (labels.caveat) parts.push(labels.caveat);
  return parts.join(" ");
}
