/**
 * Two-way fixed effects (country and year) by least squares on the within-transformed data, with standard
 * errors clustered by country (CR1 and CR2). Equal to plm's `plm(y ~ x, model = "within", effect = "twoways")`
 * on balanced and unbalanced panels: the within transformation is the exact projection off the country and
 * year dummies (lib/stats/fixed-effects-projection.ts), so there is no convergence tolerance.
 */
import {clusterRobustVcov, crossProductInverse} from "./cluster-robust.ts";
import {StatsInputError} from "./errors.ts";
import {fixedEffectsProjector, type FixedEffectsProjector} from "./fixed-effects-projection.ts";
import {panelCoefficients, type PanelCoefficient} from "./panel-coefficients.ts";

/** A panel regression's input: one entry per country-year row, complete (no missing values). */
export interface PanelInput {
  unit: readonly string[];
  time: readonly number[];
  y: readonly number[];
  /** Regressor columns, each with one value per row. */
  regressors: readonly (readonly number[])[];
  /** Names of the regressors, in order. */
  names: readonly string[];
  /** Confidence level of the intervals (default 0.95). */
  level?: number;
}

/** A fitted panel regression. */
export interface PanelFit {
  coefficients: PanelCoefficient[];
  n: number;
  /** Countries (clusters). */
  clusters: number;
  /** Distinct years. */
  years: number;
  /** N − K − (absorbed effects), as plm's df.residual. */
  dfResidual: number;
  vcovCr1: number[][];
  vcovCr2: number[][];
  level: number;
}

/** A two-way fit with what the wild bootstrap reuses. */
export interface TwoWayFit extends PanelFit {
  projector: FixedEffectsProjector;
  /** Demeaned regressors and outcome. */
  demeanedRegressors: Float64Array[];
  demeanedY: Float64Array;
  residuals: Float64Array;
}

/**
 * Checks a panel input's shape and values.
 *
 * @example
 * requirePanelInput({unit: ["A"], time: [1], y: [1], regressors: [[1]], names: ["x"]}) // ok (no error)
 * requirePanelInput({unit: ["A"], time: [1, 2], y: [1], regressors: [[1]], names: ["x"]}) // throws StatsInputError
 */
export function requirePanelInput(input: PanelInput): void {
  const n = input.y.length;
  if (input.unit.length !== n || input.time.length !== n) throw new StatsInputError("unit", `unit, time and y need the same number of rows (${n})`);
  if (input.regressors.length !== input.names.length) throw new StatsInputError("names", "needs one name per regressor");
  if (input.regressors.length === 0) throw new StatsInputError("regressors", "needs at least one regressor");
  input.regressors.forEach((column, k) => {
    if (column.length !== n) throw new StatsInputError("regressors", `${input.names[k]} has ${column.length} values for ${n} rows`);
    const bad = column.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0)
      throw new StatsInputError("regressors", `${input.names[k]} is not a finite number in row ${bad + 1} (${input.unit[bad]}, ${input.time[bad]})`);
  });
  const bad = input.y.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new StatsInputError("y", `is not a finite number in row ${bad + 1} (${input.unit[bad]}, ${input.time[bad]})`);
  const seen = new Set<string>();
  input.unit.forEach((u, i) => {
    const key = `${u}\u0000${input.time[i]}`;
    if (seen.has(key)) throw new StatsInputError("time", `${u} has two rows for ${input.time[i]}`);
    seen.add(key);
  });
}

/**
 * Fits y on the regressors with country and year fixed effects.
 *
 * @example
 * const unit = Array.from({length: 24}, (_, i) => "ABCD"[Math.floor(i / 6)]);
 * const time = Array.from({length: 24}, (_, i) => 2010 + (i % 6));
 * const start = {A: 2012, B: 2013, C: 2014, D: 9999}; // staggered reforms; D never reforms
 * const score = time.map((t, i) => (t >= start[unit[i]] ? 60 : 40) + (i % 3));
 * const y = score.map((s, i) => 0.5 * s + ((i * 7) % 5));
 * const fit = twoWayFixedEffects({unit, time, y, regressors: [score], names: ["score"]});
 * fit.coefficients[0].estimate // ≈ 0.564
 * fit.coefficients[0].cr2.confidenceInterval // ≈ [0.31, 0.82]
 */
export function twoWayFixedEffects(input: PanelInput): TwoWayFit {
  requirePanelInput(input);
  const level = input.level ?? 0.95;
  const projector = fixedEffectsProjector(input.unit, input.time);
  const demeanedRegressors = input.regressors.map((c) => projector.demean(c));
  demeanedRegressors.forEach((column, k) => {
    if (!(Math.sqrt(dot(column, column)) > 1e-9 * Math.sqrt(dot(input.regressors[k], input.regressors[k])))) {
      throw new StatsInputError("regressors", `${input.names[k]} does not vary within countries once year effects are removed`);
    }
  });
  const demeanedY = projector.demean(input.y);
  const bread = crossProductInverse(demeanedRegressors);
  const K = demeanedRegressors.length;
  const moments = demeanedRegressors.map((c) => dot(c, demeanedY));
  const estimates = bread.map((row) => row.reduce((sum, b, k) => sum + b * moments[k], 0));
  const residuals = Float64Array.from(demeanedY, (v, i) => v - estimates.reduce((sum, b, k) => sum + b * demeanedRegressors[k][i], 0));
  const cluster = projector.unitIndex;
  // CR2 as clubSandwich does for plm twoways models clustered by country: the country effects are nested in the
  // clusters and drop out; the year effects are not, and enter the hat matrix.
  const unitSize = new Float64Array(projector.units.length);
  for (const u of cluster) unitSize[u] += 1;
  const absorbedHat = (i: number, j: number): number => projector.hat(i, j) - (cluster[i] === cluster[j] ? 1 / unitSize[cluster[i]] : 0);
  const vcovCr1 = clusterRobustVcov({columns: demeanedRegressors, residuals, cluster}, "CR1");
  const vcovCr2 = clusterRobustVcov({columns: demeanedRegressors, residuals, cluster, absorbedHat}, "CR2");
  const clusters = projector.units.length;
  return {
    coefficients: panelCoefficients(input.names, estimates, vcovCr1, vcovCr2, clusters, level),
    n: input.y.length,
    clusters,
    years: projector.times.length,
    dfResidual: input.y.length - K - projector.rank,
    vcovCr1,
    vcovCr2,
    level,
    projector,
    demeanedRegressors,
    demeanedY,
    residuals
  };
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
