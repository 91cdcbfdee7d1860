/**
 * The honest summary of a correlation between MIPEX scores and an outcome: Pearson and Spearman with
 * intervals, permutation p, leave-one-out influence and the fitted line, reported only from
 * {@link MIN_COUNTRIES} complete pairs up. Shared by the finding pages (build time) and the correlation
 * explorer (in the browser, through lib/browser/correlation.ts).
 */
import {correlationReport, type CorrelationReport} from "../../stats/correlation-report.ts";
import {partialCorrelation} from "../../stats/partial-correlation.ts";
import type {PairRow} from "./pairs.ts";
import {fittedLineText} from "./prose.ts";

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

/** Which bootstrap interval a summary gives: BCa, or the percentile one where BCa is undefined. */
export type BootstrapMethod = "BCa" | "percentile";

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
  /** Bootstrap 95 % interval of r: BCa, or the percentile interval where BCa is undefined (`rBootstrapMethod`). */
  rBootstrap: [number, number] | null;
  /** "BCa", or "percentile" where BCa is undefined for this sample (r or rho of ±1 in every resample); `bcaUndefined` says why. */
  rBootstrapMethod: BootstrapMethod | null;
  pValue: number | null;
  rho: number | null;
  /** Bootstrap 95 % interval of rho: BCa, or the percentile interval where BCa is undefined (`rhoBootstrapMethod`). */
  rhoBootstrap: [number, number] | null;
  rhoBootstrapMethod: BootstrapMethod | null;
  /** Why a BCa interval is undefined, for r or rho; null when both are BCa. */
  bcaUndefined: string | null;
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
 * const noise = [3, -2, 4, -1, 0, 2, -3, 1, -4, 2, 0, -1];
 * const rows = noise.map((e, i) => ({iso3: `C${i}`, name: `C${i}`, x: i + 1, y: i + 1 + e, mipexYear: 2019, outcomeYear: 2019}));
 * const s = summarizeCorrelation(rows, {replicates: 999});
 * [s.computable, s.n] // [true, 12]
 * s.r // ≈ 0.779
 * summarizeCorrelation(rows.slice(0, 9)).computable // false (fewer than MIN_COUNTRIES, 10)
 * // An outcome that rises with the score in every country: ρ is 1 in every resample, so its interval is the percentile one.
 * const monotone = summarizeCorrelation(rows.map((row) => ({...row, y: row.x ** 3})), {replicates: 999});
 * [monotone.rhoBootstrapMethod, monotone.rhoBootstrap] // ["percentile", [1, 1]]
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
    rBootstrapMethod: null,
    pValue: null,
    rho: null,
    rhoBootstrap: null,
    rhoBootstrapMethod: null,
    bcaUndefined: null,
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
    rBootstrap: report.bootstrap.pearson.bca ?? report.bootstrap.pearson.percentile,
    rBootstrapMethod: report.bootstrap.pearson.bca ? "BCa" : "percentile",
    pValue: report.pearson.pValue,
    rho: report.rho,
    rhoBootstrap: report.bootstrap.spearman.bca ?? report.bootstrap.spearman.percentile,
    rhoBootstrapMethod: report.bootstrap.spearman.bca ? "BCa" : "percentile",
    bcaUndefined: bcaUndefinedText(report),
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

/** Why BCa is undefined for r, for rho or for both, or null when it is defined for both. */
function bcaUndefinedText({bootstrap: {pearson, spearman}}: CorrelationReport): string | null {
  const parts = [pearson.bcaUndefined ? `for r, ${pearson.bcaUndefined}` : null, spearman.bcaUndefined ? `for ρ, ${spearman.bcaUndefined}` : null].filter(
    (part) => part !== null
  );
  return parts.length ? `BCa is undefined ${parts.join("; ")}: the percentile interval is given instead` : null;
}
