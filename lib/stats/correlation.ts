/**
 * Pearson's r and Spearman's rho (Pearson's r of mid-ranks, so ties at 0/50/100 are handled as R's
 * `cor(method = "spearman")` does).
 */
import {StatsInputError} from "./errors.ts";
import {pairComplete, type MissingOptions} from "./pairs.ts";
import {midRanks} from "./rank.ts";
import {requireVariation, type MaybeNumber} from "./validate.ts";

/** The two correlation coefficients offered throughout lib/stats. */
export type CorrelationMethod = "pearson" | "spearman";

/**
 * Pearson's r for already validated, complete data of length ≥ 2 with spread in both variables.
 * Two-pass (centre first) for accuracy; clamped to [−1, 1] against rounding.
 * Exposed for inner loops (bootstrap, jackknife) that validate once.
 *
 * @example
 * pearsonUnchecked([1, 2, 3], [1, 3, 2]); // 0.5
 */
export function pearsonUnchecked(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += x[i];
    meanY += y[i];
  }
  meanX /= n;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - meanX;
    const dy = y[i] - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const r = sxy / Math.sqrt(sxx * syy);
  return Math.max(-1, Math.min(1, r));
}

/**
 * Checks paired data for a correlation: at least `minimum` pairs and spread in both variables.
 *
 * @example
 * requireCorrelatable([1, 2, 3], [3, 1, 2]); // ok
 */
export function requireCorrelatable(x: readonly number[], y: readonly number[], minimum = 3): void {
  if (x.length < minimum) {
    throw new StatsInputError("x", `needs at least ${minimum} complete pairs, got ${x.length}`);
  }
  requireVariation(x, "x");
  requireVariation(y, "y");
}

/**
 * Pearson's product-moment correlation (R: `cor(x, y)`). Needs ≥ 3 pairs and spread in both variables.
 *
 * @example
 * pearson([10, 20, 30, 40], [12, 25, 29, 48]); // ≈ 0.9712 (R: cor)
 */
export function pearson(x: readonly MaybeNumber[], y: readonly MaybeNumber[], options: MissingOptions = {}): number {
  const pairs = pairComplete(x, y, options);
  requireCorrelatable(pairs.x, pairs.y);
  return pearsonUnchecked(pairs.x, pairs.y);
}

/**
 * Spearman's rank correlation: Pearson's r of mid-ranks (R: `cor(x, y, method = "spearman")`).
 *
 * @example
 * spearman([0, 50, 50, 100], [10, 20, 40, 30]); // ≈ 0.6325 (R: cor(method = "spearman"))
 */
export function spearman(x: readonly MaybeNumber[], y: readonly MaybeNumber[], options: MissingOptions = {}): number {
  const pairs = pairComplete(x, y, options);
  requireCorrelatable(pairs.x, pairs.y);
  return pearsonUnchecked(midRanks(pairs.x), midRanks(pairs.y));
}

/**
 * Either coefficient by name.
 *
 * @example
 * correlation([1, 2, 3, 4], [1, 3, 2, 4], {method: "spearman"}); // 0.8
 */
export function correlation(
  x: readonly MaybeNumber[],
  y: readonly MaybeNumber[],
  {method = "pearson", ...options}: MissingOptions & {method?: CorrelationMethod} = {}
): number {
  if (method === "pearson") return pearson(x, y, options);
  if (method === "spearman") return spearman(x, y, options);
  throw new StatsInputError("method", `must be 'pearson' or 'spearman', got ${String(method)}`);
}

/**
 * The unchecked coefficient for `method`, for inner loops over validated data.
 *
 * @example
 * correlationFunction("spearman")([1, 2, 3], [1, 3, 2]); // 0.5
 */
export function correlationFunction(method: CorrelationMethod): (x: ArrayLike<number>, y: ArrayLike<number>) => number {
  if (method === "pearson") return pearsonUnchecked;
  if (method === "spearman") return (x, y) => pearsonUnchecked(midRanks(Array.from(x)), midRanks(Array.from(y)));
  throw new StatsInputError("method", `must be 'pearson' or 'spearman', got ${String(method)}`);
}
