/**
 * Significance tests and confidence intervals for a correlation, matching R's `cor.test`.
 *
 * - Pearson: t = r √(n − 2) / √(1 − r²) on n − 2 df; confidence interval by Fisher's z,
 *   tanh(atanh r ± z_{(1+level)/2} / √(n − 3)) — exactly `cor.test(method = "pearson")`.
 * - Spearman: the p-value uses the t approximation t = ρ √(n − 2) / √(1 − ρ²) on n − 2 df. This is
 *   what R reports with `exact = FALSE`, and what R falls back to whenever there are ties (it then
 *   warns "Cannot compute exact p-value with ties") — the usual case for 0/50/100 indicator scores.
 *   Without ties and n < 1290, R's default instead uses algorithm AS 89 (exact enumeration for n ≤ 9,
 *   an Edgeworth series above), which differs slightly; use {@link permutationCorrelationTest} when an
 *   exact-style p-value matters.
 */
import {pearsonUnchecked, requireCorrelatable} from "./correlation.ts";
import {StatsInputError} from "./errors.ts";
import {normalQuantile} from "./normal.ts";
import {pairComplete, type MissingOptions} from "./pairs.ts";
import {hasTies, midRanks} from "./rank.ts";
import {studentTCdf} from "./student-t.ts";
import {requireLevel, type MaybeNumber} from "./validate.ts";

/** Which departure from zero correlation the test looks for (R's `alternative`). */
export type Alternative = "two-sided" | "less" | "greater";

/** Options of the correlation tests. */
export interface CorrelationTestOptions extends MissingOptions {
  /** Confidence level of the interval; default 0.95. */
  level?: number;
  /** Default `'two-sided'`. */
  alternative?: Alternative;
}

/** Result of {@link pearsonTest}. */
export interface PearsonTestResult {
  method: "pearson";
  /** Pearson's r. */
  estimate: number;
  /** Complete pairs used. */
  n: number;
  /** Pairs dropped under `missing: 'pairwise'` (0 otherwise). */
  dropped: number;
  /** The t statistic, on `df` = n − 2 degrees of freedom (±Infinity when |r| = 1). */
  statistic: number;
  df: number;
  pValue: number;
  alternative: Alternative;
  level: number;
  /** Fisher-z confidence interval [lower, upper] (one-sided intervals reach −1 or 1). */
  confidenceInterval: [number, number];
}

/** Result of {@link spearmanTest}. */
export interface SpearmanTestResult {
  method: "spearman";
  /** Spearman's rho (Pearson's r of mid-ranks). */
  estimate: number;
  n: number;
  dropped: number;
  /** R's S statistic, (n³ − n)(1 − ρ)/6. */
  statistic: number;
  pValue: number;
  /** Always the t approximation on n − 2 df; see the module comment for R's behaviour. */
  pValueMethod: "t-approximation";
  /** Whether x or y contains ties (R cannot give its exact p-value then). */
  ties: boolean;
  alternative: Alternative;
}

function requireAlternative(alternative: string): asserts alternative is Alternative {
  if (alternative !== "two-sided" && alternative !== "less" && alternative !== "greater") {
    throw new StatsInputError("alternative", `must be 'two-sided', 'less' or 'greater', got ${alternative}`);
  }
}

/**
 * p-value of the t statistic for a correlation on `df` degrees of freedom (shared by Pearson,
 * Spearman's t approximation and partial correlation).
 *
 * @example
 * correlationTPValue(2.1, 28, "two-sided"); // ≈ 0.0449
 */
export function correlationTPValue(statistic: number, df: number, alternative: Alternative): number {
  if (alternative === "less") return studentTCdf(statistic, df);
  if (alternative === "greater") return studentTCdf(-statistic, df);
  return Math.min(1, 2 * studentTCdf(-Math.abs(statistic), df));
}

/**
 * t statistic r √df / √(1 − r²), infinite (not NaN) when |r| = 1.
 *
 * @example
 * correlationTStatistic(0.5, 28); // ≈ 3.055
 */
export function correlationTStatistic(r: number, df: number): number {
  if (Math.abs(r) === 1) return r * Infinity;
  return (r * Math.sqrt(df)) / Math.sqrt(1 - r * r);
}

/**
 * Fisher-z confidence interval for a correlation r from n cases with `controls` partialled out
 * (standard error 1/√(n − 3 − controls)), as in R `cor.test`.
 *
 * @example
 * fisherInterval(0.5, 30); // ≈ [0.1704, 0.7290]
 */
export function fisherInterval(
  r: number,
  n: number,
  {level = 0.95, alternative = "two-sided", controls = 0}: {level?: number; alternative?: Alternative; controls?: number} = {}
): [number, number] {
  requireLevel(level);
  requireAlternative(alternative);
  const dof = n - 3 - controls;
  if (dof < 1) throw new StatsInputError("n", `a Fisher-z interval needs n − 3 − controls ≥ 1, got n = ${n}`);
  const z = Math.atanh(r);
  const standardError = 1 / Math.sqrt(dof);
  if (alternative === "less") return [-1, Math.tanh(z + standardError * normalQuantile(level))];
  if (alternative === "greater") return [Math.tanh(z - standardError * normalQuantile(level)), 1];
  const half = standardError * normalQuantile((1 + level) / 2);
  return [Math.tanh(z - half), Math.tanh(z + half)];
}

/**
 * Pearson correlation test with Fisher-z confidence interval (R: `cor.test(x, y)`). Needs ≥ 4 pairs.
 *
 * @example
 * const test = pearsonTest([10, 20, 30, 40, 50, 60], [12, 25, 29, 48, 45, 70]);
 * test.pValue; // ≈ 0.0021
 * test.confidenceInterval; // ≈ [0.691, 0.9961] (R: cor.test)
 */
export function pearsonTest(
  x: readonly MaybeNumber[],
  y: readonly MaybeNumber[],
  {level = 0.95, alternative = "two-sided", ...missingOptions}: CorrelationTestOptions = {}
): PearsonTestResult {
  requireLevel(level);
  requireAlternative(alternative);
  const pairs = pairComplete(x, y, missingOptions);
  requireCorrelatable(pairs.x, pairs.y, 4);
  const n = pairs.x.length;
  const r = pearsonUnchecked(pairs.x, pairs.y);
  const df = n - 2;
  const statistic = correlationTStatistic(r, df);
  return {
    method: "pearson",
    estimate: r,
    n,
    dropped: pairs.dropped,
    statistic,
    df,
    pValue: correlationTPValue(statistic, df, alternative),
    alternative,
    level,
    confidenceInterval: fisherInterval(r, n, {level, alternative})
  };
}

/**
 * Spearman rank correlation test, t approximation (R: `cor.test(x, y, method = "spearman", exact = FALSE)`).
 * Needs ≥ 4 pairs.
 *
 * @example
 * spearmanTest([0, 50, 100, 50, 0], [10, 30, 70, 40, 20]).estimate // ≈ 0.9487
 * spearmanTest([0, 50, 100, 50, 0], [10, 30, 70, 40, 20]).pValue // ≈ 0.0138 (t approximation: the x values tie)
 */
export function spearmanTest(
  x: readonly MaybeNumber[],
  y: readonly MaybeNumber[],
  {alternative = "two-sided", ...missingOptions}: Omit<CorrelationTestOptions, "level"> = {}
): SpearmanTestResult {
  requireAlternative(alternative);
  const pairs = pairComplete(x, y, missingOptions);
  requireCorrelatable(pairs.x, pairs.y, 4);
  const n = pairs.x.length;
  const rho = pearsonUnchecked(midRanks(pairs.x), midRanks(pairs.y));
  const statistic = correlationTStatistic(rho, n - 2);
  return {
    method: "spearman",
    estimate: rho,
    n,
    dropped: pairs.dropped,
    statistic: ((n * n * n - n) * (1 - rho)) / 6,
    pValue: correlationTPValue(statistic, n - 2, alternative),
    pValueMethod: "t-approximation",
    ties: hasTies(pairs.x) || hasTies(pairs.y),
    alternative
  };
}
