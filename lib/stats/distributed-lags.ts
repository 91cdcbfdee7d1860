/**
 * Distributed lags: the policy at t, t−1, …, t−k together in a two-way fixed-effects model, because a law
 * passed this year changes outcomes over several years. A lag exists only where the country was scored in
 * that earlier year (a gap is not bridged), as plm's `lag()`. The cumulative effect is the sum of the
 * coefficients, with its clustered standard error from the covariance matrix.
 */
import {StatsInputError} from "./errors.ts";
import {clusteredInference, type ClusteredInference} from "./panel-coefficients.ts";
import {twoWayFixedEffects, type PanelInput, type TwoWayFit} from "./two-way-fixed-effects.ts";

/**
 * Each row's value `lag` years earlier in the same unit, or null.
 *
 * @example
 * laggedValues(["A", "A", "A"], [1, 2, 4], [10, 20, 40], 1) // [null, 10, null]
 */
export function laggedValues(unit: readonly string[], time: readonly number[], values: readonly number[], lag: number): (number | null)[] {
  const index = new Map(unit.map((u, i) => [`${u}\u0000${time[i]}`, i]));
  return unit.map((u, i) => {
    const j = index.get(`${u}\u0000${time[i] - lag}`);
    return j === undefined ? null : values[j];
  });
}

/** The lag model and the cumulative effect of the policy. */
export interface DistributedLagFit extends TwoWayFit {
  maxLag: number;
  /** Sum of the policy coefficients at lags 0 … k. */
  cumulative: {estimate: number; cr1: ClusteredInference; cr2: ClusteredInference};
}

/**
 * Fits y on policy lags 0 … maxLag (the first regressor of `input` is the policy; further regressors are
 * controls at time t). Rows without every lag are left out.
 *
 * @example
 * const unit = Array.from({length: 24}, (_, i) => "ABCD"[Math.floor(i / 6)]);
 * const time = Array.from({length: 24}, (_, i) => 2010 + (i % 6));
 * const start = {A: 2012, B: 2013, C: 2014, D: 9999}; // staggered reforms; D never reforms
 * const score = time.map((t, i) => (t >= start[unit[i]] ? 60 : 40) + (i % 3));
 * const y = score.map((s, i) => 0.5 * s + ((i * 7) % 5));
 * const fit = distributedLags({unit, time, y, regressors: [score], names: ["score"]}, 2);
 * fit.coefficients.map((c) => c.name) // ["score", "score (t−1)", "score (t−2)"]
 */
export function distributedLags(input: PanelInput, maxLag: number): DistributedLagFit {
  if (!(Number.isInteger(maxLag) && maxLag >= 1)) throw new StatsInputError("maxLag", `must be a whole number ≥ 1, got ${maxLag}`);
  const [policy, ...controls] = input.regressors;
  const lags = Array.from({length: maxLag + 1}, (_, k) => (k === 0 ? policy.slice() : laggedValues(input.unit, input.time, policy, k)));
  const keep = input.y.map((_, i) => i).filter((i) => lags.every((column) => column[i] !== null));
  if (keep.length === 0) throw new StatsInputError("maxLag", `no row has the policy observed in all of the previous ${maxLag} years`);
  const pick = <T>(values: readonly T[]): T[] => keep.map((i) => values[i]);
  const [policyName, ...controlNames] = input.names;
  const fit = twoWayFixedEffects({
    unit: pick(input.unit),
    time: pick(input.time),
    y: pick(input.y),
    regressors: [...lags.map((column) => pick(column) as number[]), ...controls.map(pick)],
    names: [...lags.map((_, k) => (k === 0 ? policyName : `${policyName} (t−${k})`)), ...controlNames],
    level: input.level
  });
  const total = (vcov: number[][]): number => {
    let sum = 0;
    for (let a = 0; a <= maxLag; a++) for (let b = 0; b <= maxLag; b++) sum += vcov[a][b];
    return sum;
  };
  const estimate = fit.coefficients.slice(0, maxLag + 1).reduce((sum, c) => sum + c.estimate, 0);
  return {
    ...fit,
    maxLag,
    cumulative: {
      estimate,
      cr1: clusteredInference(estimate, Math.sqrt(total(fit.vcovCr1)), fit.clusters - 1, fit.level),
      cr2: clusteredInference(estimate, Math.sqrt(total(fit.vcovCr2)), fit.clusters - 1, fit.level)
    }
  };
}
