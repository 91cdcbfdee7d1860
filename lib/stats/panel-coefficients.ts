/**
 * The coefficient table of a panel regression with clustered standard errors. Tests and intervals use a t
 * distribution with G − 1 degrees of freedom (G clusters), Stata's convention for clustered errors, because
 * with about 30 countries the normal approximation is too narrow.
 */
import {studentTCdf, studentTQuantile} from "./student-t.ts";

/** One coefficient's inference under one covariance. */
export interface ClusteredInference {
  standardError: number;
  statistic: number;
  pValue: number;
  confidenceInterval: [number, number];
}

/** One coefficient with its CR1 and CR2 inference. */
export interface PanelCoefficient {
  name: string;
  estimate: number;
  cr1: ClusteredInference;
  cr2: ClusteredInference;
}

/**
 * The inference for an estimate with standard error `se`, using t with `df` degrees of freedom.
 *
 * @example
 * clusteredInference(2, 1, 1000, 0.95).pValue // ≈ 0.0458
 */
export function clusteredInference(estimate: number, se: number, df: number, level: number): ClusteredInference {
  const statistic = estimate / se;
  const pValue = 2 * studentTCdf(-Math.abs(statistic), df);
  const q = studentTQuantile((1 + level) / 2, df);
  return {standardError: se, statistic, pValue, confidenceInterval: [estimate - q * se, estimate + q * se]};
}

/**
 * The coefficient table from estimates and the two covariance matrices.
 *
 * @example
 * panelCoefficients(["x"], [0.5], [[0.01]], [[0.0121]], 30)[0].cr2.standardError // 0.11
 */
export function panelCoefficients(
  names: readonly string[],
  estimates: readonly number[],
  vcovCr1: readonly (readonly number[])[],
  vcovCr2: readonly (readonly number[])[],
  clusters: number,
  level = 0.95
): PanelCoefficient[] {
  return names.map((name, k) => ({
    name,
    estimate: estimates[k],
    cr1: clusteredInference(estimates[k], Math.sqrt(vcovCr1[k][k]), clusters - 1, level),
    cr2: clusteredInference(estimates[k], Math.sqrt(vcovCr2[k][k]), clusters - 1, level)
  }));
}
