/**
 * Partial correlation of x and y controlling for one or more variables: the correlation of the
 * residuals of x and y after regressing each on the controls (with intercept). Test and interval follow
 * the ppcor package's `pcor.test`: t = r √(n − 2 − q) / √(1 − r²) on n − 2 − q df for q controls; the
 * Fisher-z interval uses standard error 1/√(n − 3 − q). Spearman partial correlation (as in ppcor)
 * ranks every variable first.
 */
import {pearsonUnchecked, type CorrelationMethod} from "./correlation.ts";
import {correlationTPValue, correlationTStatistic, fisherInterval, type Alternative} from "./correlation-test.ts";
import {StatsInputError} from "./errors.ts";
import {residualize} from "./least-squares.ts";
import {midRanks} from "./rank.ts";
import {isPresent, requireLevel, requireVariation, type MaybeNumber} from "./validate.ts";
import {mean} from "./mean.ts";

/** Result of {@link partialCorrelation}. */
export interface PartialCorrelationResult {
  method: CorrelationMethod;
  estimate: number;
  n: number;
  /** Cases dropped under `missing: 'pairwise'` (any of x, y or a control missing). */
  dropped: number;
  /** Number of control variables q. */
  controls: number;
  statistic: number;
  df: number;
  pValue: number;
  level: number;
  confidenceInterval: [number, number];
}

/**
 * Partial correlation of `x` and `y` given `controls` (an array of control variables, each as long as x).
 *
 * @example
 * partialCorrelation([10, 20, 30, 40, 50, 60], [12, 25, 29, 48, 45, 70], [[1, 3, 2, 5, 4, 6]]).estimate; // ≈ 0.856
 */
export function partialCorrelation(
  x: readonly MaybeNumber[],
  y: readonly MaybeNumber[],
  controls: readonly (readonly MaybeNumber[])[],
  {
    method = "pearson",
    level = 0.95,
    alternative = "two-sided",
    missing = "error"
  }: {method?: CorrelationMethod; level?: number; alternative?: Alternative; missing?: "error" | "pairwise"} = {}
): PartialCorrelationResult {
  requireLevel(level);
  if (method !== "pearson" && method !== "spearman") {
    throw new StatsInputError("method", `must be 'pearson' or 'spearman', got ${String(method)}`);
  }
  if (!Array.isArray(controls) || controls.length === 0) {
    throw new StatsInputError("controls", "give at least one control variable (an array of arrays)");
  }
  if (y.length !== x.length) throw new StatsInputError("y", `length ${y.length} does not match x's length ${x.length}`);
  controls.forEach((control, j) => {
    if (!Array.isArray(control) || control.length !== x.length) {
      throw new StatsInputError(`controls[${j}]`, `length ${control?.length} does not match x's length ${x.length}`);
    }
  });
  const variables = [x, y, ...controls];
  const names = ["x", "y", ...controls.map((_, j) => `controls[${j}]`)];
  const keep: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const missingAt = variables.findIndex((variable) => !isPresent(variable[i]));
    if (missingAt < 0) keep.push(i);
    else if (missing === "error") {
      throw new StatsInputError(
        names[missingAt],
        `value at index ${i} is ${String(variables[missingAt][i])}; pass {missing: 'pairwise'} to drop incomplete cases`
      );
    }
  }
  const q = controls.length;
  const n = keep.length;
  if (n - 3 - q < 1) throw new StatsInputError("x", `needs at least ${q + 4} complete cases for ${q} control(s), got ${n}`);
  let columns = variables.map((variable) => keep.map((i) => variable[i] as number));
  columns.forEach((column, j) => requireVariation(column, names[j]));
  if (method === "spearman") columns = columns.map(midRanks);
  const residualX = residualize(columns[0], columns.slice(2));
  const residualY = residualize(columns[1], columns.slice(2));
  const explainedFully = (residuals: number[], column: number[]): boolean => {
    const columnMean = mean(column);
    const total = column.reduce((sum, v) => sum + (v - columnMean) ** 2, 0);
    return residuals.reduce((sum, v) => sum + v * v, 0) <= 1e-20 * total;
  };
  if (explainedFully(residualX, columns[0])) throw new StatsInputError("x", "is fully explained by the controls; the partial correlation is undefined");
  if (explainedFully(residualY, columns[1])) throw new StatsInputError("y", "is fully explained by the controls; the partial correlation is undefined");
  const estimate = pearsonUnchecked(residualX, residualY);
  const df = n - 2 - q;
  const statistic = correlationTStatistic(estimate, df);
  return {
    method,
    estimate,
    n,
    dropped: x.length - n,
    controls: q,
    statistic,
    df,
    pValue: correlationTPValue(statistic, df, alternative),
    level,
    confidenceInterval: fisherInterval(estimate, n, {level, alternative, controls: q})
  };
}
