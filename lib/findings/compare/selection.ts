/**
 * What the compare page (src/compare.md) shows of the picked countries and group averages: the pickers'
 * lists, the selection in URL order, and the rows of its tables and charts. Pure; bundled for the
 * browser by lib/browser/compare.ts.
 */
import type {CompareData, CompareEntity} from "./data.ts";

/**
 * The countries and the group averages, each in the data's order (the two pickers).
 *
 * @example (needs the workbooks)
 * import {compareData} from "./data.ts";
 * const {countries, groups} = pickerEntities(compareData(tables).entities);
 * countries.length // 56
 * groups.map((g) => g.id) // ["eu27", "oecd", "all"]
 */
export function pickerEntities(entities: readonly CompareEntity[]): {countries: CompareEntity[]; groups: CompareEntity[]} {
  return {countries: entities.filter((e) => e.kind === "country"), groups: entities.filter((e) => e.kind === "group")};
}

/**
 * The ids the pickers know, for reading the URL.
 *
 * @example (needs the workbooks)
 * import {compareData} from "./data.ts";
 * const {countries, groups} = knownIds(pickerEntities(compareData(tables).entities));
 * [countries.length, countries[0], groups] // [56, "ALB", ["eu27", "oecd", "all"]]
 */
export function knownIds(pickers: {countries: readonly CompareEntity[]; groups: readonly CompareEntity[]}): {countries: string[]; groups: string[]} {
  return {countries: pickers.countries.map((c) => c.id), groups: pickers.groups.map((g) => g.id)};
}

/**
 * The entities whose id is in `ids` (the pickers' initial values), in the list's order.
 *
 * @example
 * pickedIn([{id: "DEU"}, {id: "FIN"}, {id: "SWE"}], ["SWE", "DEU"]).map((c) => c.id) // ["DEU", "SWE"] (the list's order)
 */
export function pickedIn<E extends {id: string}>(list: readonly E[], ids: readonly string[]): E[] {
  return list.filter((e) => ids.includes(e.id));
}

/**
 * The picked entities in the order the URL (or the click) gave them: those named in `ids` first, in that
 * order, then the rest by label.
 *
 * @example
 * inUrlOrder([{id: "DEU", label: "Germany"}, {id: "SWE", label: "Sweden"}], ["SWE"]).map((e) => e.id) // ["SWE", "DEU"]
 */
export function inUrlOrder<E extends {id: string; label: string}>(list: readonly E[], ids: readonly string[]): E[] {
  return [...list].sort((a, b) => (ids.indexOf(a.id) + 1 || 1e9) - (ids.indexOf(b.id) + 1 || 1e9) || a.label.localeCompare(b.label));
}

/**
 * The overall table's rows: each entity's overall score, how many countries it averages and its kind.
 *
 * @example (needs the workbooks)
 * import {compareData} from "./data.ts";
 * const {entities} = compareData(tables);
 * const rows = overallRows(entities.filter((e) => e.id === "SWE" || e.id === "eu27"));
 * rows.map((r) => [r.id, r.countries, r.kind]) // [["SWE", 1, "country"], ["eu27", 27, "group"]]
 * rows.map((r) => r.overall2019) // ≈ [86.39, 53.33]
 */
export function overallRows(
  selected: readonly CompareEntity[]
): {id: string; label: string; overall2019: number | null; countries: number; kind: CompareEntity["kind"]}[] {
  return selected.map((e) => ({id: e.id, label: e.label, overall2019: e.overall2019, countries: e.members.length, kind: e.kind}));
}

/**
 * The area chart's points: each entity's score in each area, missing scores left out.
 *
 * @example (needs the workbooks)
 * import {compareData} from "./data.ts";
 * const data = compareData(tables);
 * const {subject, area, score} = areaPoints(data, data.entities.filter((e) => e.id === "SWE"))[0];
 * [subject, area] // ["Sweden", "Labour market mobility"]
 * score // ≈ 90.78
 */
export function areaPoints(data: Pick<CompareData, "areas">, selected: readonly CompareEntity[]): {subject: string; area: string; score: number}[] {
  return selected.flatMap((e) =>
    data.areas.flatMap((a, k) => (e.areas2019[k] === null ? [] : [{subject: e.label, area: a.name, score: e.areas2019[k] as number}]))
  );
}

/**
 * The area table's rows: one per area, a column per entity id.
 *
 * @example (needs the workbooks)
 * import {compareData} from "./data.ts";
 * const data = compareData(tables);
 * const first = areaRows(data, data.entities.filter((e) => e.id === "SWE" || e.id === "eu27"))[0];
 * first.area // "Labour market mobility"
 * [first.SWE, first.eu27] // ≈ [90.78, 53.36]
 */
export function areaRows(data: Pick<CompareData, "areas">, selected: readonly CompareEntity[]): Record<string, string | number | null>[] {
  return data.areas.map((a, k) => Object.fromEntries([["area", a.name], ...selected.map((e) => [e.id, e.areas2019[k]])]));
}

/**
 * The indicator table's rows: one per indicator, its area, code, title and level, a column per entity id.
 *
 * @example (needs the workbooks)
 * import {compareData} from "./data.ts";
 * const data = compareData(tables);
 * indicatorRows(data, data.entities.filter((e) => e.id === "SWE"))[0] // {area: "Labour market mobility", code: "aa1", title: "Immediate access to labour market", level: "indicator", SWE: 50}
 */
export function indicatorRows(data: Pick<CompareData, "indicators">, selected: readonly CompareEntity[]): Record<string, string | number | null>[] {
  return data.indicators.map((ind, j) =>
    Object.fromEntries([
      ["area", ind.areaName],
      ["code", ind.code],
      ["title", ind.title],
      ["level", ind.level],
      ...selected.map((e) => [e.id, e.indicators2019[j]])
    ])
  );
}

/** One row of the trend table: an entity's overall score in one year, with how many members were scored. */
export interface TrendRow {
  series: string;
  edition: string;
  year: number;
  score: number | null;
  scored: string;
  note: string;
}

/**
 * The trend table's rows: every entity's overall score by edition and year.
 *
 * @example (needs the workbooks)
 * import {compareData} from "./data.ts";
 * const eu27 = compareData(tables).entities.find((e) => e.id === "eu27")!;
 * const {series, edition, year, scored} = trendRows([eu27])[0];
 * [series, edition, year, scored] // ["EU27 average", "2020", 2014, "27 of 27"]
 */
export function trendRows(selected: readonly CompareEntity[]): TrendRow[] {
  return selected.flatMap((e) =>
    e.trend.map((t) => ({series: e.label, edition: t.edition, year: t.year, score: t.overall, scored: `${t.n} of ${t.of}`, note: t.note ?? ""}))
  );
}

/**
 * The trend chart's points: the rows with a score (a group's incomplete years are gaps).
 *
 * @example
 * const row = {series: "EU27 average", edition: "2020", year: 2014, scored: "27 of 27", note: ""};
 * trendPoints([{...row, score: null}, {...row, year: 2019, score: 60}]).map((p) => p.year) // [2019]
 */
export function trendPoints(rows: readonly TrendRow[]): (TrendRow & {score: number})[] {
  return rows.filter((r): r is TrendRow & {score: number} => r.score !== null);
}

/**
 * The trend chart's legend: which line is which edition, with its years.
 *
 * @example
 * trendLegend([{edition: "2020", first: 2007, last: 2019}, {edition: "2025", first: 2020, last: 2024}])
 * // "Solid: the 2020 edition (2007–2019); dashed: the 2025 EU update, a separate series (2020–2024)"
 */
export function trendLegend(editions: CompareData["editions"]): string {
  return editions
    .map((e) => `${e.edition === "2025" ? "dashed: the 2025 EU update, a separate series" : `solid: the ${e.edition} edition`} (${e.first}–${e.last})`)
    .join("; ")
    .replace(/^./, (c) => c.toUpperCase());
}
