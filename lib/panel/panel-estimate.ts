/**
 * Every within-country estimate of one panel (lib/panel/panel-table.ts), in JSON-safe form: two-way fixed
 * effects with CR1, CR2 and the wild cluster bootstrap, first differences, distributed lags and the event
 * study. An estimator the data cannot support (too few countries, no reform, no lagged years) is reported
 * with its reason instead of a number.
 */
import {distributedLags} from "../stats/distributed-lags.ts";
import {eventStudy, type EventTimeEstimate, type EventYear} from "../stats/event-study.ts";
import {firstDifferences} from "../stats/first-differences.ts";
import type {PanelCoefficient} from "../stats/panel-coefficients.ts";
import {twoWayFixedEffects, type PanelInput} from "../stats/two-way-fixed-effects.ts";
import {wildClusterBootstrap, type WildBootstrapResult} from "../stats/wild-cluster-bootstrap.ts";
import type {PanelRow} from "./panel-table.ts";

/** Fewest countries with at least two years for a within estimate: below it, clustered errors are meaningless. */
export const MIN_PANEL_COUNTRIES = 8;
/** The reform threshold of the event study: a rise of at least this many points from one year to the next. */
export const REFORM_THRESHOLD = 10;
/** Event-time window of the event study (endpoints binned). */
export const EVENT_WINDOW = 3;
/** Policy lags of the distributed-lag model. */
export const MAX_LAG = 2;
/** Draws of the wild cluster bootstrap. */
export const BOOTSTRAP_DRAWS = 9999;
/** The bootstrap's seed, so pages, the CLI and the explorer give the same numbers. */
export const BOOTSTRAP_SEED = 2020;

/** One estimator's outcome: a result or why there is none. */
export type Estimate<T> = {ok: true; value: T} | {ok: false; reason: string};

/** The two-way fixed-effects result. */
export interface TwfeEstimate {
  policy: PanelCoefficient;
  controls: PanelCoefficient[];
  n: number;
  clusters: number;
  years: number;
  bootstrap: WildBootstrapResult;
}

/** All estimates of one panel. */
export interface PanelEstimates {
  twfe: Estimate<TwfeEstimate>;
  firstDifference: Estimate<{policy: PanelCoefficient; intercept: PanelCoefficient; n: number; clusters: number}>;
  lags: Estimate<{coefficients: PanelCoefficient[]; cumulative: {estimate: number; cr2: PanelCoefficient["cr2"]}; n: number; clusters: number}>;
  eventStudy: Estimate<{
    threshold: number;
    window: number;
    events: EventYear[];
    estimates: EventTimeEstimate[];
    emptyBins: number[];
    n: number;
    clusters: number;
  }>;
}

/** Options: control names and the bootstrap's draws and seed. */
export interface PanelEstimateOptions {
  controlNames?: readonly string[];
  draws?: number;
  seed?: number;
}

/**
 * The panel as the estimators' input.
 *
 * @example
 * panelInput([{iso3: "SWE", year: 2019, score: 80, outcome: 5, controls: []}]).unit // ["SWE"]
 */
export function panelInput(rows: readonly PanelRow[], controlNames: readonly string[] = []): PanelInput {
  return {
    unit: rows.map((r) => r.iso3),
    time: rows.map((r) => r.year),
    y: rows.map((r) => r.outcome),
    regressors: [rows.map((r) => r.score), ...controlNames.map((_, k) => rows.map((r) => r.controls[k]))],
    names: ["policy", ...controlNames]
  };
}

function attempt<T>(compute: () => T): Estimate<T> {
  try {
    return {ok: true, value: compute()};
  } catch (error) {
    return {ok: false, reason: error instanceof Error ? error.message : String(error)};
  }
}

/**
 * Two-way fixed effects with the wild cluster bootstrap: what the explorer recomputes on every change.
 *
 * @example
 * const twfe = twfeEstimate([{iso3: "SWE", year: 2019, score: 80, outcome: 5, controls: []}]);
 * twfe.ok // false
 * twfe.ok || twfe.reason // "only 0 countries have two or more years (at least 8 are needed)"
 */
export function twfeEstimate(rows: readonly PanelRow[], options: PanelEstimateOptions = {}): Estimate<TwfeEstimate> {
  const enough = enoughCountries(rows);
  if (enough) return enough;
  return attempt(() => {
    const fit = twoWayFixedEffects(panelInput(rows, options.controlNames ?? []));
    const [policy, ...controls] = fit.coefficients;
    const bootstrap = wildClusterBootstrap(fit, {draws: options.draws ?? BOOTSTRAP_DRAWS, seed: options.seed ?? BOOTSTRAP_SEED});
    return {policy, controls, n: fit.n, clusters: fit.clusters, years: fit.years, bootstrap};
  });
}

function enoughCountries(rows: readonly PanelRow[]): {ok: false; reason: string} | null {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.iso3, (counts.get(r.iso3) ?? 0) + 1);
  const usable = [...counts.values()].filter((n) => n >= 2).length;
  return usable < MIN_PANEL_COUNTRIES
    ? {ok: false, reason: `only ${usable} countries have two or more years (at least ${MIN_PANEL_COUNTRIES} are needed)`}
    : null;
}

/**
 * Every estimate of one panel.
 *
 * @example
 * const estimates = panelEstimates([{iso3: "SWE", year: 2019, score: 80, outcome: 5, controls: []}]);
 * estimates.eventStudy.ok // false
 */
export function panelEstimates(rows: readonly PanelRow[], options: PanelEstimateOptions = {}): PanelEstimates {
  const controlNames = options.controlNames ?? [];
  const input = panelInput(rows, controlNames);
  const enough = enoughCountries(rows);
  const guarded = <T>(compute: () => T): Estimate<T> => enough ?? attempt(compute);
  return {
    twfe: twfeEstimate(rows, options),
    firstDifference: guarded(() => {
      const fit = firstDifferences(input);
      return {intercept: fit.coefficients[0], policy: fit.coefficients[1], n: fit.n, clusters: fit.clusters};
    }),
    lags: guarded(() => {
      const fit = distributedLags(input, MAX_LAG);
      return {
        coefficients: fit.coefficients.slice(0, MAX_LAG + 1),
        cumulative: {estimate: fit.cumulative.estimate, cr2: fit.cumulative.cr2},
        n: fit.n,
        clusters: fit.clusters
      };
    }),
    eventStudy: guarded(() => {
      const study = eventStudy(input, {threshold: REFORM_THRESHOLD, window: EVENT_WINDOW});
      return {
        threshold: study.threshold,
        window: study.window,
        events: study.events,
        estimates: study.estimates,
        emptyBins: study.emptyBins,
        n: study.model.n,
        clusters: study.model.clusters
      };
    })
  };
}
