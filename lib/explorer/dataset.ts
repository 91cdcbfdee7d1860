/**
 * The explorer's data: MIPEX scores and outcome values of the 56 MIPEX countries in a compact
 * columnar form (built at build time by src/data/explorer.json.ts, unpacked in the browser), and the
 * merge of a user's own tidy CSV, parsed in the browser with lib/outcomes' tidy parser.
 */
import type {CatalogueEntry} from "../outcomes/catalogue.ts";
import type {Observation} from "../outcomes/observation.ts";
import {parseTidyCsv} from "../outcomes/tidy.ts";
import type {OutcomeValue} from "../findings/outcomes/pairs.ts";
import {unverifiedNote} from "../findings/outcomes/prose.ts";
import {MIPEX_MEASURES, type MipexCountry, type MipexScore} from "../findings/outcomes/scores.ts";

/** One outcome series the explorer offers: an indicator for one group. */
export interface ExplorerSeries {
  /** `indicator|group` */
  id: string;
  indicator: string;
  group: string;
  label: string;
  groupLabel: string;
  unit: string;
  definition: string;
  source: string;
  /** Years with a value for at least one MIPEX country. */
  years: number[];
  /** True for series from a file the user loaded in the browser. */
  user?: boolean;
  /** Why the series' direction is unverified (a source note says its convention was inferred), when it is. */
  unverified?: string;
}

/** The packed form written to JSON. */
export interface PackedExplorerData {
  countries: MipexCountry[];
  measures: {id: string; label: string; years: number[]}[];
  /** Per measure and year: country indices and scores. */
  scores: {m: number; y: number; c: number[]; v: number[]}[];
  series: ExplorerSeries[];
  /** Per series and year: country indices, values (null = missing) and the positions of conflicting rows. */
  values: {s: number; y: number; c: number[]; v: (number | null)[]; k?: number[]}[];
}

/** The unpacked data the explorer computes on. */
export interface ExplorerData {
  countries: MipexCountry[];
  measures: {id: string; label: string; years: number[]}[];
  scores: MipexScore[];
  series: ExplorerSeries[];
  observations: OutcomeValue[];
}

/**
 * Packs scores and observations (MIPEX countries only; aggregates dropped) for the page.
 *
 * @example (needs the workbooks)
 * import {mipexInput} from "../findings/outcomes/scores.ts";
 * const mipex = mipexInput(tables);
 * const packed = packExplorerData(mipex.countries, mipex.scores, outcomes.observations, outcomes.catalogue);
 * [packed.countries.length, packed.measures.length, packed.series.length] // [56, 10, 333]
 */
export function packExplorerData(
  countries: readonly MipexCountry[],
  scores: readonly MipexScore[],
  observations: readonly Observation[],
  catalogue: readonly CatalogueEntry[]
): PackedExplorerData {
  const countryIndex = new Map(countries.map((c, i) => [c.iso3, i]));
  const measureIds = MIPEX_MEASURES.map((m) => m.id);
  const scoreBlocks = new Map<string, {m: number; y: number; c: number[]; v: number[]}>();
  for (const s of scores) {
    const m = measureIds.indexOf(s.measure);
    const c = countryIndex.get(s.iso3);
    if (m < 0 || c === undefined) continue;
    const key = `${m}|${s.year}`;
    const block = scoreBlocks.get(key) ?? {m, y: s.year, c: [], v: []};
    block.c.push(c);
    block.v.push(s.score);
    scoreBlocks.set(key, block);
  }
  // A year is offered for a measure when at least half the countries have a score in it.
  const measures = MIPEX_MEASURES.map((m, i) => ({
    ...m,
    years: [...scoreBlocks.values()]
      .filter((b) => b.m === i && b.c.length >= countries.length / 2)
      .map((b) => b.y)
      .sort((a, b) => a - b)
  }));
  const seriesIndex = new Map<string, number>();
  const series: ExplorerSeries[] = [];
  const valueBlocks = new Map<string, {s: number; y: number; c: number[]; v: (number | null)[]; k?: number[]}>();
  for (const o of observations) {
    if (!o.iso3) continue;
    const c = countryIndex.get(o.iso3);
    if (c === undefined || (o.value === null && !o.conflict)) continue;
    const id = `${o.indicator}|${o.group}`;
    let s = seriesIndex.get(id);
    if (s === undefined) {
      const entry = catalogue.find((e) => e.id === id);
      s = series.length;
      seriesIndex.set(id, s);
      series.push({
        id,
        indicator: o.indicator,
        group: o.group,
        label: entry?.label ?? o.indicatorLabel,
        groupLabel: entry?.groupLabel ?? o.groupLabel,
        unit: entry?.unit ?? o.unit,
        definition: entry?.definition ?? "",
        source: entry?.source ?? o.source,
        years: []
      });
    }
    const key = `${s}|${o.year}`;
    const block = valueBlocks.get(key) ?? {s, y: o.year, c: [], v: []};
    if (o.conflict) (block.k ??= []).push(block.c.length);
    block.c.push(c);
    block.v.push(o.value === null ? null : o.value);
    valueBlocks.set(key, block);
  }
  for (const b of valueBlocks.values()) if (b.v.some((v) => v !== null)) series[b.s].years.push(b.y);
  const notes = new Map<number, string[]>();
  for (const o of observations) {
    const s = seriesIndex.get(`${o.indicator}|${o.group}`);
    if (s !== undefined && o.note) notes.set(s, [...(notes.get(s) ?? []), o.note]);
  }
  for (const [s, list] of notes) {
    const unverified = unverifiedNote([...new Set(list)]);
    if (unverified) series[s].unverified = unverified;
  }
  for (const s of series) s.years.sort((a, b) => a - b);
  return {countries: [...countries], measures, scores: [...scoreBlocks.values()], series, values: [...valueBlocks.values()]};
}

/**
 * Unpacks {@link PackedExplorerData} into rows the pairing functions take.
 *
 * @example (needs the workbooks)
 * import {mipexInput} from "../findings/outcomes/scores.ts";
 * // The page: const data = unpackExplorerData(await FileAttachment("data/explorer.json").json());
 * const mipex = mipexInput(tables);
 * const data = unpackExplorerData(JSON.parse(JSON.stringify(packExplorerData(mipex.countries, mipex.scores, observations, catalogue))));
 * [data.scores.length, data.observations.length] // [4690, 82952]
 */
export function unpackExplorerData(packed: PackedExplorerData): ExplorerData {
  const iso = packed.countries.map((c) => c.iso3);
  const scores: MipexScore[] = [];
  for (const b of packed.scores) {
    const measure = packed.measures[b.m].id;
    for (let i = 0; i < b.c.length; i++) scores.push({iso3: iso[b.c[i]], year: b.y, measure, score: b.v[i]});
  }
  const observations: OutcomeValue[] = [];
  for (const b of packed.values) {
    const {indicator, group} = packed.series[b.s];
    const conflicts = new Set(b.k ?? []);
    for (let i = 0; i < b.c.length; i++) observations.push({iso3: iso[b.c[i]], year: b.y, indicator, group, value: b.v[i], conflict: conflicts.has(i)});
  }
  return {countries: packed.countries, measures: packed.measures, scores, series: packed.series, observations};
}

/**
 * The outcome series the explorer lists for a filter text: series with at least one year whose label,
 * id or group label contains the text (case-insensitive), plus `keep` (the selected series) so that a
 * filter never takes the current choice away. An empty filter lists every series with a year.
 *
 * @example (needs the workbooks)
 * import {mipexInput} from "../findings/outcomes/scores.ts";
 * const mipex = mipexInput(tables);
 * const data = unpackExplorerData(packExplorerData(mipex.countries, mipex.scores, observations, catalogue));
 * const kept = "derived.naturalisation_rate_nonEU_citizens.mean_2014_2019|sex=T";
 * const listed = filterSeries(data.series, "employment", kept);
 * listed.length // 1 (the kept series) + the employment series
 * listed.filter((s) => s.id !== kept).every((s) => `${s.label} ${s.id}`.toLowerCase().includes("employment")) // true
 */
export function filterSeries(series: readonly ExplorerSeries[], filter: string, keep: string | null = null): ExplorerSeries[] {
  const text = filter.trim().toLowerCase();
  return series.filter((s) => s.years.length > 0 && (s.id === keep || !text || `${s.label} ${s.id} ${s.groupLabel}`.toLowerCase().includes(text)));
}

/** What loading a user file added. */
export interface UserFileResult {
  data: ExplorerData;
  /** Series ids the file added (or replaced). */
  added: string[];
  rows: number;
  /** Rows that are not a MIPEX country (aggregates, other countries) and so cannot be paired. */
  outsideMipex: number;
  conflicts: number;
}

/**
 * Parses a user's tidy CSV (`country, iso3, year, indicator, group, value, unit, source, note`) with
 * lib/outcomes' parser and adds its series to the data; a series with the same indicator and group as
 * one already present is replaced. Throws the parser's OutcomeFormatError (file, row, column) on bad input.
 * Nothing leaves the browser.
 *
 * @example (needs the workbooks)
 * import {mipexInput} from "../findings/outcomes/scores.ts";
 * const mipex = mipexInput(tables);
 * const data = unpackExplorerData(packExplorerData(mipex.countries, mipex.scores, observations, catalogue));
 * // The page: addUserCsv(data, await file.text(), file.name)
 * const text = "country,iso3,year,indicator,group,value,unit,source\nSweden,SWE,2019,my_indicator,all,1.5,index,me\nWorld,WORLD,2019,my_indicator,all,2,index,me\n";
 * const {added, rows, outsideMipex} = addUserCsv(data, text, "mine.csv");
 * ({added, rows, outsideMipex}) // {added: ["my_indicator|all"], rows: 2, outsideMipex: 1}
 */
export function addUserCsv(data: ExplorerData, text: string, fileName: string): UserFileResult {
  const parsed = parseTidyCsv(text, {file: fileName});
  const mipex = new Set(data.countries.map((c) => c.iso3));
  const inMipex = parsed.observations.filter((o) => o.iso3 !== null && mipex.has(o.iso3));
  const ids = [...new Set(parsed.observations.map((o) => `${o.indicator}|${o.group}`))];
  const replaced = new Set(ids);
  const series: ExplorerSeries[] = data.series.filter((s) => !replaced.has(s.id));
  for (const id of ids) {
    const list = parsed.observations.filter((o) => `${o.indicator}|${o.group}` === id);
    const first = list[0];
    const years = [...new Set(list.filter((o) => o.value !== null && o.iso3 !== null && mipex.has(o.iso3)).map((o) => o.year))].sort((a, b) => a - b);
    const unverified = unverifiedNote([...new Set(list.map((o) => o.note))]);
    series.push({
      id,
      indicator: first.indicator,
      group: first.group,
      label: first.indicatorLabel,
      groupLabel: first.groupLabel,
      unit: first.unit,
      definition: list.find((o) => o.note)?.note ?? `from ${fileName}`,
      source: first.source,
      years,
      user: true,
      ...(unverified ? {unverified} : {})
    });
  }
  const observations = data.observations.filter((o) => !replaced.has(`${o.indicator}|${o.group}`));
  for (const o of inMipex) observations.push({iso3: o.iso3, year: o.year, indicator: o.indicator, group: o.group, value: o.value, conflict: o.conflict});
  return {
    data: {...data, series, observations},
    added: ids,
    rows: parsed.rows,
    outsideMipex: parsed.observations.length - inMipex.length,
    conflicts: parsed.conflicts.length
  };
}
