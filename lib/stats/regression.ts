/**
 * Simple ordinary least-squares regression y = intercept + slope·x, with the inference R's `lm`
 * gives: standard errors, t tests and confidence intervals for both coefficients (`confint`), and the
 * confidence band of the fitted line (`predict(fit, newdata, interval = "confidence")`):
 * ŷ ± t_{(1+level)/2, n−2} · s · √(1/n + (x₀ − x̄)² / Sxx).
 */
import {StatsInputError} from "./errors.ts";
import {pairComplete, type MissingOptions} from "./pairs.ts";
import {studentTCdf, studentTQuantile} from "./student-t.ts";
import {requireLevel, requireVariation, type MaybeNumber} from "./validate.ts";
import {mean} from "./mean.ts";

/** One coefficient of a fitted line. */
export interface Coefficient {
  estimate: number;
  standardError: number;
  statistic: number;
  pValue: number;
  confidenceInterval: [number, number];
}

/** A fitted simple regression; pass it to {@link regressionBand} for the band. */
export interface LinearRegressionResult {
  n: number;
  dropped: number;
  df: number;
  level: number;
  intercept: Coefficient;
  slope: Coefficient;
  rSquared: number;
  /** Residual standard error s = √(RSS / (n − 2)). */
  residualStandardError: number;
  /** Mean of x and Σ(x − x̄)², kept for the band. */
  meanX: number;
  sumSquaresX: number;
}

/** A point on the fitted line with its confidence band. */
export interface BandPoint {
  x: number;
  fit: number;
  lower: number;
  upper: number;
}

/**
 * Fits y on x by least squares. Needs ≥ 3 complete pairs and spread in x.
 *
 * @example
 * const fit = linearRegression([10, 20, 30, 40, 50, 60], [12, 25, 29, 48, 45, 70]);
 * fit.slope.estimate; // ≈ 1.0543
 * fit.slope.confidenceInterval; // ≈ [0.6429, 1.4657] (R: confint(lm(y ~ x)))
 */
export function linearRegression(
  x: readonly MaybeNumber[],
  y: readonly MaybeNumber[],
  {level = 0.95, ...missingOptions}: MissingOptions & {level?: number} = {}
): LinearRegressionResult {
  requireLevel(level);
  const pairs = pairComplete(x, y, missingOptions);
  const n = pairs.x.length;
  if (n < 3) throw new StatsInputError("x", `needs at least 3 complete pairs for a regression with inference, got ${n}`);
  requireVariation(pairs.x, "x");
  const meanX = mean(pairs.x);
  const meanY = mean(pairs.y);
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = pairs.x[i] - meanX;
    const dy = pairs.y[i] - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let rss = 0;
  for (let i = 0; i < n; i++) {
    const residual = pairs.y[i] - intercept - slope * pairs.x[i];
    rss += residual * residual;
  }
  const df = n - 2;
  const s = Math.sqrt(rss / df);
  const tCritical = studentTQuantile((1 + level) / 2, df);
  const coefficient = (estimate: number, standardError: number): Coefficient => {
    // A perfect fit has zero standard error: report an infinite t and p = 0 rather than NaN.
    const statistic = standardError === 0 ? (estimate === 0 ? 0 : Math.sign(estimate) * Infinity) : estimate / standardError;
    return {
      estimate,
      standardError,
      statistic,
      pValue: Math.min(1, 2 * studentTCdf(-Math.abs(statistic), df)),
      confidenceInterval: [estimate - tCritical * standardError, estimate + tCritical * standardError]
    };
  };
  return {
    n,
    dropped: pairs.dropped,
    df,
    level,
    intercept: coefficient(intercept, s * Math.sqrt(1 / n + (meanX * meanX) / sxx)),
    slope: coefficient(slope, s / Math.sqrt(sxx)),
    rSquared: syy === 0 ? 1 : 1 - rss / syy,
    residualStandardError: s,
    meanX,
    sumSquaresX: sxx
  };
}

/**
 * The fitted line and its pointwise confidence band at each x in `grid`.
 *
 * @example
 * const fit = linearRegression([10, 20, 30, 40, 50, 60], [12, 25, 29, 48, 45, 70]);
 * regressionBand(fit, [20, 40]).map((point) => point.lower); // ≈ [13.0016, 36.1175]
 */
export function regressionBand(fit: LinearRegressionResult, grid: readonly number[]): BandPoint[] {
  const tCritical = studentTQuantile((1 + fit.level) / 2, fit.df);
  return grid.map((x, i) => {
    if (!Number.isFinite(x)) throw new StatsInputError("grid", `value at index ${i} is not finite`);
    const fitted = fit.intercept.estimate + fit.slope.estimate * x;
    const halfWidth = tCritical * fit.residualStandardError * Math.sqrt(1 / fit.n + ((x - fit.meanX) * (x - fit.meanX)) / fit.sumSquaresX);
    return {x, fit: fitted, lower: fitted - halfWidth, upper: fitted + halfWidth};
  });
}

/**
 * `count` evenly spaced values from `min` to `max` inclusive (a grid for {@link regressionBand}).
 *
 * @example
 * evenGrid(0, 100, 5); // [0, 25, 50, 75, 100]
 */
export function evenGrid(min: number, max: number, count: number): number[] {
  if (!(count >= 2) || !Number.isInteger(count)) throw new StatsInputError("count", `must be an integer >= 2, got ${count}`);
  return Array.from({length: count}, (_, i) => (i === count - 1 ? max : min + ((max - min) * i) / (count - 1)));
}
