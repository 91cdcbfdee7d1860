/**
 * First differences: Δy on Δx with an intercept (a common trend), one difference per country and pair of
 * consecutive years; a gap in a country's years breaks the difference rather than bridging it (plm's
 * `model = "fd"` would difference across the gap; this equals `lm` on plm's time-aware `diff()`), with standard
 * errors clustered by country (CR1 as clubSandwich's "CR1S", Stata's factor; CR2 as clubSandwich).
 */
import {clusterRobustVcov, crossProductInverse} from "./cluster-robust.ts";
import {StatsInputError} from "./errors.ts";
import {panelCoefficients} from "./panel-coefficients.ts";
import {requirePanelInput, type PanelFit, type PanelInput} from "./two-way-fixed-effects.ts";

/** The name of the first-difference model's intercept (the mean yearly change not explained by Δx). */
export const INTERCEPT = "(intercept)";

/** For each row, the index of the same country's row one year earlier, or −1. */
export function previousYearRow(unit: readonly string[], time: readonly number[]): Int32Array {
  const index = new Map(unit.map((u, i) => [`${u}\u0000${time[i]}`, i]));
  return Int32Array.from(unit, (u, i) => index.get(`${u}\u0000${time[i] - 1}`) ?? -1);
}

/**
 * Fits the first-difference model. The first coefficient is the intercept.
 *
 * @example
 * firstDifferences({unit: ["A", "A", "A", "B", "B", "B"], time: [1, 2, 3, 1, 2, 3], y: [0, 2, 3, 1, 1, 4], regressors: [[0, 1, 1, 0, 0, 2]], names: ["x"]}).coefficients[1].estimate // 1.2727272727272727 (14/11: the slope of Δy on Δx)
 */
export function firstDifferences(input: PanelInput): PanelFit & {differences: number} {
  requirePanelInput(input);
  const level = input.level ?? 0.95;
  const previous = previousYearRow(input.unit, input.time);
  const rows = [...previous.keys()].filter((i) => previous[i] >= 0);
  if (rows.length <= input.names.length + 1) throw new StatsInputError("time", `gives only ${rows.length} differences between consecutive years`);
  const difference = (v: readonly number[]): number[] => rows.map((i) => v[i] - v[previous[i]]);
  const columns = [rows.map(() => 1), ...input.regressors.map(difference)];
  const dy = difference(input.y);
  const bread = crossProductInverse(columns);
  const moments = columns.map((c) => c.reduce((sum, v, i) => sum + v * dy[i], 0));
  const estimates = bread.map((row) => row.reduce((sum, b, k) => sum + b * moments[k], 0));
  const residuals = dy.map((v, i) => v - estimates.reduce((sum, b, k) => sum + b * columns[k][i], 0));
  const units = [...new Set(rows.map((i) => input.unit[i]))].sort();
  const cluster = rows.map((i) => units.indexOf(input.unit[i]));
  const vcovCr1 = clusterRobustVcov({columns, residuals, cluster}, "CR1");
  const vcovCr2 = clusterRobustVcov({columns, residuals, cluster}, "CR2");
  return {
    coefficients: panelCoefficients([INTERCEPT, ...input.names], estimates, vcovCr1, vcovCr2, units.length, level),
    n: rows.length,
    differences: rows.length,
    clusters: units.length,
    years: new Set(rows.map((i) => input.time[i])).size,
    dfResidual: rows.length - columns.length,
    vcovCr1,
    vcovCr2,
    level
  };
}
