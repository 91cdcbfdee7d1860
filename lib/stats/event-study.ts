/**
 * An event study around policy reforms in a two-way fixed-effects model. A country's event is the first year
 * its score rose by at least `threshold` points over the year before (both years scored); countries without
 * such a rise are never treated and serve as controls. Event time e = year − event year is coded as dummies
 * for e = −window … window except the reference e = −1; the endpoints are binned (e ≤ −window counts as
 * −window, e ≥ window as window), so every treated year is in some bin. Leads (e ≤ −2) show whether outcomes
 * were already moving before the reform (pre-trends).
 *
 * With staggered events, two-way estimates can mix effects across cohorts (Sun and Abraham 2021); the page
 * says so and shows the leads.
 */
import {StatsInputError} from "./errors.ts";
import {twoWayFixedEffects, type PanelInput, type TwoWayFit} from "./two-way-fixed-effects.ts";

/** A country's event: the year of its first qualifying rise, or null (never treated). */
export interface EventYear {
  unit: string;
  year: number | null;
  /** The rise in points that year. */
  rise: number | null;
}

/**
 * The first year each unit's policy rose by at least `threshold` over the year before.
 *
 * @example
 * eventYears(["A", "A", "A", "B", "B"], [1, 2, 3, 1, 2], [40, 41, 55, 50, 52], 10) // [{unit: "A", year: 3, rise: 14}, {unit: "B", year: null, rise: null}]
 */
export function eventYears(unit: readonly string[], time: readonly number[], policy: readonly number[], threshold: number): EventYear[] {
  if (!(threshold > 0)) throw new StatsInputError("threshold", `must be positive, got ${threshold}`);
  const byUnit = new Map<string, {time: number; value: number}[]>();
  unit.forEach((u, i) => {
    if (!byUnit.has(u)) byUnit.set(u, []);
    byUnit.get(u)!.push({time: time[i], value: policy[i]});
  });
  return [...byUnit.keys()].sort().map((u) => {
    const series = byUnit.get(u)!.sort((a, b) => a.time - b.time);
    for (let k = 1; k < series.length; k++) {
      const rise = series[k].value - series[k - 1].value;
      if (series[k].time === series[k - 1].time + 1 && rise >= threshold) return {unit: u, year: series[k].time, rise};
    }
    return {unit: u, year: null, rise: null};
  });
}

/** One event-time coefficient; e = −1 is the reference (estimate 0, no interval). */
export interface EventTimeEstimate {
  eventTime: number;
  /** "≤ −3", "−2", "0", "≥ 3". */
  label: string;
  estimate: number;
  reference: boolean;
  cr2: {standardError: number; confidenceInterval: [number, number]; pValue: number} | null;
  cr1: {standardError: number; confidenceInterval: [number, number]; pValue: number} | null;
  /** Treated country-years in this bin. */
  observations: number;
}

/** An event study's result. */
export interface EventStudyFit {
  threshold: number;
  window: number;
  events: EventYear[];
  estimates: EventTimeEstimate[];
  /** Event-time bins without any observation, left out of the model. */
  emptyBins: number[];
  model: TwoWayFit;
}

const binLabel = (k: number, window: number): string => (k === -window ? `≤ −${window}` : k === window ? `≥ ${window}` : k < 0 ? `−${-k}` : `${k}`);

/**
 * The event-time name of a dummy: `lead3` for e = −3, `lag0` for e = 0 (as in test/fixtures/r/panel.R).
 *
 * @example
 * eventDummyName(-2) // "lead2"
 */
export function eventDummyName(k: number): string {
  return k < 0 ? `lead${-k}` : `lag${k}`;
}

/**
 * Fits the event study of y around rises of the first regressor (the policy) of at least `threshold`. The
 * policy itself is not a regressor; further regressors of `input` are controls.
 *
 * @example
 * const unit = Array.from({length: 24}, (_, i) => "ABCD"[Math.floor(i / 6)]);
 * const time = Array.from({length: 24}, (_, i) => 2010 + (i % 6));
 * const start = {A: 2012, B: 2013, C: 2014, D: 9999}; // staggered reforms; D never reforms
 * const score = time.map((t, i) => (t >= start[unit[i]] ? 60 : 40) + (i % 3));
 * const y = score.map((s, i) => 0.5 * s + ((i * 7) % 5));
 * const study = eventStudy({unit, time, y, regressors: [score], names: ["score"]}, {threshold: 10, window: 3});
 * study.estimates.map((e) => e.label) // ["≤ −3", "−2", "−1", "0", "1", "2", "≥ 3"]
 */
export function eventStudy(input: PanelInput, {threshold, window}: {threshold: number; window: number}): EventStudyFit {
  if (!(Number.isInteger(window) && window >= 2)) throw new StatsInputError("window", `must be a whole number ≥ 2, got ${window}`);
  const [policy, ...controls] = input.regressors;
  const events = eventYears(input.unit, input.time, policy, threshold);
  if (!events.some((e) => e.year !== null))
    throw new StatsInputError("threshold", `no country's score rose by ${threshold} points or more from one year to the next`);
  const eventOf = new Map(events.map((e) => [e.unit, e.year]));
  const binOf = input.unit.map((u, i) => {
    const year = eventOf.get(u) ?? null;
    return year === null ? null : Math.max(-window, Math.min(window, input.time[i] - year));
  });
  const bins = Array.from({length: 2 * window + 1}, (_, k) => k - window).filter((k) => k !== -1);
  const counts = new Map(bins.map((k) => [k, binOf.filter((b) => b === k).length]));
  const used = bins.filter((k) => counts.get(k)! > 0);
  const model = twoWayFixedEffects({
    ...input,
    regressors: [...used.map((k) => binOf.map((b) => (b === k ? 1 : 0))), ...controls],
    names: [...used.map(eventDummyName), ...input.names.slice(1)]
  });
  const estimates: EventTimeEstimate[] = [...used, -1]
    .sort((a, b) => a - b)
    .map((k) => {
      if (k === -1) {
        return {
          eventTime: -1,
          label: binLabel(-1, window),
          estimate: 0,
          reference: true,
          cr1: null,
          cr2: null,
          observations: binOf.filter((b) => b === -1).length
        };
      }
      const c = model.coefficients[used.indexOf(k)];
      const pick = (inference: typeof c.cr1) => ({
        standardError: inference.standardError,
        confidenceInterval: inference.confidenceInterval,
        pValue: inference.pValue
      });
      return {
        eventTime: k,
        label: binLabel(k, window),
        estimate: c.estimate,
        reference: false,
        cr1: pick(c.cr1),
        cr2: pick(c.cr2),
        observations: counts.get(k)!
      };
    });
  return {threshold, window, events, estimates, emptyBins: bins.filter((k) => counts.get(k) === 0), model};
}
