/**
 * Trends in panel data given as rows {unit, group, year, value} (e.g. MIPEX scores per country and
 * year): change between two waves per unit with counts of improvers and decliners and a t interval
 * for the mean change, and least-squares slopes over annual series with gaps.
 */
import {mean, sampleStandardDeviation} from "simple-statistics";
import {percentileInterval, bootstrapReplicates} from "./bootstrap.ts";
import {StatsInputError} from "./errors.ts";
import type {RandomOptions} from "./random.ts";
import {studentTQuantile} from "./student-t.ts";
import {isPresent, requireInteger, requireLevel, type MaybeNumber} from "./validate.ts";

/** One observation of a panel. */
export interface Observation {
  unit: string;
  /** Optional grouping (e.g. "EU", "non-EU") for per-group summaries. */
  group?: string;
  year: number;
  /** Missing values (null/NaN) are allowed and skipped. */
  value: MaybeNumber;
}

/** Index rows by unit then year, rejecting duplicate (unit, year) pairs. */
function indexPanel(rows: readonly Observation[]): Map<string, {group?: string; byYear: Map<number, MaybeNumber>}> {
  if (!Array.isArray(rows)) throw new StatsInputError("rows", "expected an array of {unit, year, value} rows");
  const units = new Map<string, {group?: string; byYear: Map<number, MaybeNumber>}>();
  rows.forEach((row, i) => {
    if (typeof row?.unit !== "string") throw new StatsInputError("rows", `row ${i} has no string 'unit'`);
    if (!Number.isFinite(row.year)) throw new StatsInputError("rows", `row ${i} (${row.unit}) has year ${String(row.year)}`);
    let entry = units.get(row.unit);
    if (!entry) {
      entry = {group: row.group, byYear: new Map()};
      units.set(row.unit, entry);
    }
    if (entry.byYear.has(row.year)) throw new StatsInputError("rows", `unit ${row.unit} has more than one row for ${row.year}`);
    entry.byYear.set(row.year, row.value);
  });
  return units;
}

/** Options of {@link waveChange}. */
export interface WaveChangeOptions extends RandomOptions {
  from: number;
  to: number;
  /** A unit improves when change > threshold and declines when change < −threshold; default 0. */
  threshold?: number;
  level?: number;
  /** Also compute a percentile bootstrap interval for the mean change with this many resamples. */
  bootstrapReplicates?: number;
}

/** Per-unit change between the two waves. */
export interface UnitChange {
  unit: string;
  group?: string;
  fromValue: number;
  toValue: number;
  change: number;
}

/** Summary of changes for a set of units. */
export interface ChangeSummary {
  n: number;
  improvers: number;
  decliners: number;
  unchanged: number;
  meanChange: number;
  /** Sample standard deviation of the changes. */
  standardDeviation: number;
}

/** Result of {@link waveChange}. */
export interface WaveChangeResult extends ChangeSummary {
  from: number;
  to: number;
  threshold: number;
  level: number;
  units: UnitChange[];
  /** Units left out because a wave is missing, with the reason. */
  excluded: {unit: string; reason: string}[];
  /** t interval for the mean change, n − 1 df (R: `t.test(change)$conf.int`). */
  confidenceInterval: [number, number];
  /** Percentile bootstrap interval for the mean change, when requested. */
  bootstrapInterval?: [number, number];
  byGroup: ({group: string} & ChangeSummary)[];
}

function summarize(changes: number[], threshold: number): ChangeSummary {
  const n = changes.length;
  const meanChange = mean(changes);
  // A group may hold a single unit: its spread is reported as 0 rather than undefined.
  const standardDeviation = n > 1 ? sampleStandardDeviation(changes) : 0;
  const improvers = changes.filter((v) => v > threshold).length;
  const decliners = changes.filter((v) => v < -threshold).length;
  return {n, improvers, decliners, unchanged: n - improvers - decliners, meanChange, standardDeviation};
}

/**
 * Change per unit between waves `from` and `to`, with improver/decliner counts and intervals for the mean.
 *
 * @example
 * const rows = [{unit: "A", year: 2014, value: 40}, {unit: "A", year: 2019, value: 50}, {unit: "B", year: 2014, value: 60}, {unit: "B", year: 2019, value: 58}];
 * waveChange(rows, {from: 2014, to: 2019, threshold: 5}).improvers; // 1
 */
export function waveChange(rows: readonly Observation[], options: WaveChangeOptions): WaveChangeResult {
  const {from, to, threshold = 0, level = 0.95, bootstrapReplicates: replicates} = options ?? ({} as WaveChangeOptions);
  if (!Number.isFinite(from)) throw new StatsInputError("from", `must be a year, got ${String(from)}`);
  if (!Number.isFinite(to) || to === from) throw new StatsInputError("to", `must be a year different from 'from', got ${String(to)}`);
  if (!(threshold >= 0)) throw new StatsInputError("threshold", `must be >= 0, got ${threshold}`);
  requireLevel(level);
  const units: UnitChange[] = [];
  const excluded: {unit: string; reason: string}[] = [];
  for (const [unit, {group, byYear}] of indexPanel(rows)) {
    const fromValue = byYear.get(from);
    const toValue = byYear.get(to);
    if (!isPresent(fromValue) || !isPresent(toValue)) {
      const missing = [!isPresent(fromValue) ? from : null, !isPresent(toValue) ? to : null].filter((y) => y !== null);
      excluded.push({unit, reason: `no value for ${missing.join(" and ")}`});
      continue;
    }
    units.push({unit, group, fromValue, toValue, change: toValue - fromValue});
  }
  if (units.length < 2) throw new StatsInputError("rows", `needs at least 2 units observed in both ${from} and ${to}, got ${units.length}`);
  const changes = units.map((u) => u.change);
  const summary = summarize(changes, threshold);
  const half = (studentTQuantile((1 + level) / 2, summary.n - 1) * summary.standardDeviation) / Math.sqrt(summary.n);
  const groups = [...new Set(units.map((u) => u.group).filter((g): g is string => g !== undefined))];
  const result: WaveChangeResult = {
    from,
    to,
    threshold,
    level,
    ...summary,
    units,
    excluded,
    confidenceInterval: [summary.meanChange - half, summary.meanChange + half],
    byGroup: groups.map((group) => ({
      group,
      ...summarize(
        units.filter((u) => u.group === group).map((u) => u.change),
        threshold
      )
    }))
  };
  if (replicates !== undefined) {
    requireInteger(replicates, 1, "bootstrapReplicates");
    const boot = bootstrapReplicates(
      changes.length,
      (indices) => {
        let sum = 0;
        for (let i = 0; i < indices.length; i++) sum += changes[indices[i]];
        return sum / indices.length;
      },
      {replicates, random: options.random, seed: options.seed}
    );
    result.bootstrapInterval = percentileInterval(boot.values, level);
  }
  return result;
}

/** Result of {@link annualSlope}. */
export interface SlopeResult {
  /** Change per year (least squares). */
  slope: number;
  intercept: number;
  /** Points used. */
  n: number;
  /** Years used, ascending. */
  years: number[];
}

/**
 * Least-squares slope of value on year over one series, skipping missing values (R: `coef(lm(value ~ year))`).
 * Needs at least 2 observed years.
 *
 * @example
 * const {slope, n, years} = annualSlope([{year: 2010, value: 40}, {year: 2011, value: null}, {year: 2013, value: 46}]);
 * [slope, n, years] // [2, 2, [2010, 2013]]
 */
export function annualSlope(series: readonly {year: number; value: MaybeNumber}[]): SlopeResult {
  if (!Array.isArray(series)) throw new StatsInputError("series", "expected an array of {year, value}");
  const seen = new Set<number>();
  const points = series
    .filter((point, i) => {
      if (!Number.isFinite(point?.year)) throw new StatsInputError("series", `point ${i} has year ${String(point?.year)}`);
      if (seen.has(point.year)) throw new StatsInputError("series", `year ${point.year} appears more than once`);
      seen.add(point.year);
      return isPresent(point.value);
    })
    .sort((a, b) => a.year - b.year) as {year: number; value: number}[];
  if (points.length < 2) throw new StatsInputError("series", `needs at least 2 observed years, got ${points.length}`);
  const n = points.length;
  const meanYear = points.reduce((s, p) => s + p.year, 0) / n;
  const meanValue = points.reduce((s, p) => s + p.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.year - meanYear) * (p.value - meanValue);
    sxx += (p.year - meanYear) ** 2;
  }
  const slope = sxy / sxx;
  return {slope, intercept: meanValue - slope * meanYear, n, years: points.map((p) => p.year)};
}

/** Slope per unit of a panel; units with fewer than 2 observed years are listed in `skipped`. */
export interface UnitSlopes {
  slopes: ({unit: string; group?: string} & SlopeResult)[];
  skipped: {unit: string; observedYears: number}[];
}

/**
 * {@link annualSlope} for every unit of a panel.
 *
 * @example
 * const rows = [{unit: "A", year: 2014, value: 40}, {unit: "A", year: 2019, value: 50}, {unit: "B", year: 2014, value: 60}, {unit: "B", year: 2019, value: 58}];
 * slopesByUnit(rows).slopes.map((s) => [s.unit, s.slope]); // [["A", 2], ["B", -0.4]]
 */
export function slopesByUnit(rows: readonly Observation[]): UnitSlopes {
  const result: UnitSlopes = {slopes: [], skipped: []};
  for (const [unit, {group, byYear}] of indexPanel(rows)) {
    const series = [...byYear].map(([year, value]) => ({year, value}));
    const observed = series.filter((point) => isPresent(point.value)).length;
    if (observed < 2) result.skipped.push({unit, observedYears: observed});
    else result.slopes.push({unit, group, ...annualSlope(series)});
  }
  return result;
}
