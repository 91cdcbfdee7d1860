/**
 * The explorer's selection and its URL form, so that a link reopens the same chart:
 * `?measure=access_to_nationality&mipexYear=2016&indicator=…&group=…&year=2019&control=mipex:health&filter=employment`.
 * Every part of the selection is written, `mipexYear=closest` included: a link that left it out was read
 * with the default year (2016) and showed another r than the page it was copied from.
 */
import type {ExplorerData} from "./dataset.ts";

/** What the user chose. */
export interface ExplorerState {
  /** A MIPEX measure id: an area or `overall.with_health` / `overall.without_health`. */
  measure: string;
  /** The MIPEX year; null = the year closest to the outcome year. */
  mipexYear: number | null;
  indicator: string;
  group: string;
  /** The outcome year. */
  year: number;
  /** `mipex:<measure>` (same MIPEX year) or `outcome:<indicator>|<group>` (same outcome year), or null. */
  control: string | null;
  /** The text that filters the outcome list (a view setting: it does not change the result); absent or "" = none. */
  filter?: string;
}

/** How `mipexYear` says "the year closest to the outcome year" (null in the state). */
export const CLOSEST_YEAR = "closest";

/** The parameter names, in URL order. */
export const STATE_PARAMS = ["measure", "mipexYear", "indicator", "group", "year", "control", "filter"] as const;

/**
 * The selection as a query string (no leading `?`).
 *
 * @example
 * encodeExplorerState({measure: "health", mipexYear: null, indicator: "x", group: "sex=T", year: 2019, control: null, filter: "self-rated"})
 * // "measure=health&mipexYear=closest&indicator=x&group=sex%3DT&year=2019&filter=self-rated"
 */
export function encodeExplorerState(state: ExplorerState): string {
  const params = new URLSearchParams();
  params.set("measure", state.measure);
  params.set("mipexYear", state.mipexYear === null ? CLOSEST_YEAR : String(state.mipexYear));
  params.set("indicator", state.indicator);
  params.set("group", state.group);
  params.set("year", String(state.year));
  if (state.control) params.set("control", state.control);
  if (state.filter) params.set("filter", state.filter);
  return params.toString();
}

/**
 * Reads a selection from a query string and checks it against the data: an unknown measure, series or
 * year falls back to `defaults` (or the series' latest year) and `corrections` says what was changed.
 *
 * @example
 * const series = {id: "x|all", indicator: "x", group: "all", label: "X", groupLabel: "all", unit: "", source: "", years: [2015, 2019]};
 * const data = {measures: [{id: "overall", label: "Overall", years: [2019]}, {id: "health", label: "Health", years: [2019]}], series: [series]};
 * const defaults = {measure: "overall", mipexYear: null, indicator: "x", group: "all", year: 2019, control: null};
 * decodeExplorerState("?measure=health&year=2015", data, defaults).state // {measure: "health", mipexYear: null, indicator: "x", group: "all", year: 2015, control: null}
 * decodeExplorerState("?measure=nope", data, defaults).corrections.length // 1
 */
export function decodeExplorerState(
  search: string,
  data: Pick<ExplorerData, "measures" | "series">,
  defaults: ExplorerState
): {state: ExplorerState; corrections: string[]} {
  const params = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  const corrections: string[] = [];
  const state: ExplorerState = {...defaults};
  const measure = params.get("measure");
  if (measure !== null) {
    if (data.measures.some((m) => m.id === measure)) state.measure = measure;
    else corrections.push(`unknown MIPEX measure "${measure}"`);
  }
  const indicator = params.get("indicator");
  const group = params.get("group");
  if (indicator !== null) {
    const series = data.series.find((s) => s.indicator === indicator && (group === null || s.group === group)) ?? null;
    if (series) {
      state.indicator = series.indicator;
      state.group = series.group;
      if (!params.has("year")) state.year = series.years[series.years.length - 1] ?? state.year;
    } else corrections.push(`unknown outcome series "${indicator}"${group ? ` [${group}]` : ""}`);
  }
  const series = data.series.find((s) => s.indicator === state.indicator && s.group === state.group);
  const year = params.get("year");
  if (year !== null) {
    const y = Number(year);
    if (series?.years.includes(y)) state.year = y;
    else corrections.push(`no ${state.indicator} values for ${year}`);
  }
  if (series && !series.years.includes(state.year) && series.years.length) state.year = series.years[series.years.length - 1];
  const mipexYear = params.get("mipexYear");
  // A link written before mipexYear was always set left it out for "closest"; a bare address gets the default.
  if (mipexYear === CLOSEST_YEAR || (mipexYear === null && [...params.keys()].some((k) => k !== "filter"))) state.mipexYear = null;
  else if (mipexYear !== null) {
    const y = Number(mipexYear);
    const m = data.measures.find((x) => x.id === state.measure);
    if (m?.years.includes(y)) state.mipexYear = y;
    else corrections.push(`no ${state.measure} scores for ${mipexYear}; using the year closest to the outcome`);
  }
  const control = params.get("control");
  if (control !== null && control !== "") {
    const ok = control.startsWith("mipex:")
      ? data.measures.some((m) => `mipex:${m.id}` === control)
      : control.startsWith("outcome:") && data.series.some((s) => `outcome:${s.id}` === control);
    if (ok) state.control = control;
    else corrections.push(`unknown control "${control}"`);
  }
  // Any text is a valid filter: it only narrows the outcome list, and the chosen series stays listed.
  const filter = params.get("filter");
  if (filter !== null && filter.trim() !== "") state.filter = filter;
  return {state, corrections};
}
