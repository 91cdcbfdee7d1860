/**
 * The compare page (src/compare.md): countries and group averages side by side. `compareData` builds the
 * page's data at build time; the URL state functions run in the browser (lib/browser/compare.ts).
 *
 * A group average is the mean of its members' recomputed scores; for a year or indicator where some
 * members have no score, the mean of those that have one, with the count beside it (`n`).
 */
import {AREAS, AREA_IDS, type AreaId} from "../mipex/areas.ts";
import type {Edition} from "../mipex/editions.ts";
import type {CountryRow, WorkspaceTables} from "../mipex/workspace-tables.ts";

export const COMPARE_YEAR = 2019;
export const COMPARE_EDITION: Edition = "2020";

/** The group averages the page offers, by URL id. */
export const COMPARE_GROUPS: readonly {id: string; label: string; member: (c: CountryRow) => boolean}[] = [
  {id: "eu27", label: "EU27 average", member: (c) => c.eu27},
  {id: "oecd", label: "OECD average (members in 2019)", member: (c) => c.oecd},
  {id: "all", label: "Average of all 56 countries", member: () => true}
];

export interface CompareEntity {
  /** ISO3 for a country, the group id for a group average. */
  id: string;
  kind: "country" | "group";
  label: string;
  /** Members of a group (ISO3); the country itself for a country. */
  members: string[];
  overall2019: number | null;
  /** Area scores 2019 in AREA_IDS order. */
  areas2019: (number | null)[];
  /** Indicator scores 2019 in `CompareData.indicators` order. */
  indicators2019: (number | null)[];
  /** Overall score with health by edition and year; `n` = countries averaged. */
  trend: {edition: Edition; year: number; overall: number; n: number}[];
}

export interface CompareData {
  year: number;
  edition: Edition;
  areas: {id: AreaId; name: string}[];
  indicators: {code: string; area: AreaId; areaName: string; level: string; title: string}[];
  entities: CompareEntity[];
}

const mean = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0) / values.length;

/**
 * Every country and group average the compare page can show.
 *
 * @example
 * compareData(tables).entities.find((e) => e.id === "eu27")?.members.length // 27
 */
export function compareData(tables: Pick<WorkspaceTables, "countries" | "indicators" | "indicator_scores" | "area_scores" | "overall_scores">): CompareData {
  const countries = [...tables.countries].sort((a, b) => a.name.localeCompare(b.name));
  const overall = new Map<string, number>();
  const trendKeys = new Set<string>();
  for (const r of tables.overall_scores) {
    if (r.variant !== "with_health" || r.recomputed === null) continue;
    overall.set(`${r.iso3}|${r.edition}|${r.year}`, r.recomputed);
    trendKeys.add(`${r.edition}|${r.year}`);
  }
  const periods = [...trendKeys].map((k) => ({edition: k.split("|")[0] as Edition, year: Number(k.split("|")[1])})).sort((a, b) => a.edition.localeCompare(b.edition) || a.year - b.year);
  const area = new Map(tables.area_scores.filter((r) => r.edition === COMPARE_EDITION && r.year === COMPARE_YEAR).map((r) => [`${r.iso3}|${r.area}`, r.recomputed]));
  const indicator = new Map(tables.indicator_scores.filter((r) => r.edition === COMPARE_EDITION && r.year === COMPARE_YEAR).map((r) => [`${r.iso3}|${r.indicator}`, r.score]));

  const averaged = (members: readonly string[], value: (iso3: string) => number | null | undefined): {mean: number; n: number} | null => {
    const present = members.map(value).filter((v): v is number => v !== null && v !== undefined);
    return present.length === 0 ? null : {mean: mean(present), n: present.length};
  };
  const entity = (id: string, kind: CompareEntity["kind"], label: string, members: string[]): CompareEntity => ({
    id,
    kind,
    label,
    members,
    overall2019: averaged(members, (m) => overall.get(`${m}|${COMPARE_EDITION}|${COMPARE_YEAR}`))?.mean ?? null,
    areas2019: AREA_IDS.map((a) => averaged(members, (m) => area.get(`${m}|${a}`))?.mean ?? null),
    indicators2019: tables.indicators.map((i) => averaged(members, (m) => indicator.get(`${m}|${i.code}`))?.mean ?? null),
    trend: periods.flatMap(({edition, year}) => {
      const a = averaged(members, (m) => overall.get(`${m}|${edition}|${year}`));
      return a ? [{edition, year, overall: a.mean, n: a.n}] : [];
    })
  });

  return {
    year: COMPARE_YEAR,
    edition: COMPARE_EDITION,
    areas: AREAS.map((a) => ({id: a.id, name: a.name})),
    indicators: tables.indicators.map((i) => ({code: i.code, area: i.area, areaName: AREAS.find((a) => a.id === i.area)!.name, level: i.level, title: i.title})),
    entities: [
      ...countries.map((c) => entity(c.iso3, "country", c.name, [c.iso3])),
      ...COMPARE_GROUPS.map((g) => entity(g.id, "group", g.label, countries.filter(g.member).map((c) => c.iso3).sort()))
    ]
  };
}

/** The compare page's selection as it lives in the URL: `?c=SWE,FIN&g=eu27`. */
export interface CompareSelection {
  countries: string[];
  groups: string[];
}

/**
 * Reads the selection from a query string, keeping only ids in `known` (when given), in URL order,
 * without duplicates.
 *
 * @example
 * parseCompareQuery("?c=swe,FIN,XXX&g=eu27", {countries: ["SWE", "FIN"], groups: ["eu27"]}) // {countries: ["SWE", "FIN"], groups: ["eu27"]}
 */
export function parseCompareQuery(search: string, known?: {countries: readonly string[]; groups: readonly string[]}): CompareSelection {
  const params = new URLSearchParams(search);
  const list = (name: string, normalize: (s: string) => string, allowed?: readonly string[]) => [
    ...new Set(
      (params.get(name) ?? "")
        .split(",")
        .map((s) => normalize(s.trim()))
        .filter((s) => s !== "" && (!allowed || allowed.includes(s)))
    )
  ];
  return {countries: list("c", (s) => s.toUpperCase(), known?.countries), groups: list("g", (s) => s.toLowerCase(), known?.groups)};
}

/**
 * The query string of a selection ("" when nothing is selected).
 *
 * @example
 * compareQuery({countries: ["SWE", "FIN"], groups: ["eu27"]}) // "?c=SWE,FIN&g=eu27"
 */
export function compareQuery({countries, groups}: CompareSelection): string {
  const parts = [...(countries.length ? [`c=${countries.map(encodeURIComponent).join(",")}`] : []), ...(groups.length ? [`g=${groups.map(encodeURIComponent).join(",")}`] : [])];
  return parts.length ? `?${parts.join("&")}` : "";
}
