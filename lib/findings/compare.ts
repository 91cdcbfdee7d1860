/**
 * The compare page (src/compare.md): countries and group averages side by side. `compareData` builds the
 * page's data at build time; the URL state functions run in the browser (lib/browser/compare.ts).
 *
 * A group average is over a fixed membership: it is the mean of its members' recomputed scores only
 * when every member has a score (for that year and edition, area or indicator); otherwise there is no
 * average (null), and the count of members scored (`n` of `of`) says why. Averaging whichever members
 * happen to be scored would make the average move with the set of countries, not with their policies.
 */
import {AREAS, AREA_IDS, type AreaId} from "../mipex/areas.ts";
import type {Edition} from "../mipex/editions.ts";
import type {CountryRow, WorkspaceTables} from "../mipex/workspace-tables.ts";
import {findingsModule} from "./findings-module.ts";

export const COMPARE_YEAR = 2019;
export const COMPARE_EDITION: Edition = "2020";

/** The group averages the page offers, by URL id. */
export const COMPARE_GROUPS: readonly {id: string; label: string; member: (c: CountryRow) => boolean}[] = [
  {id: "eu27", label: "EU27 average", member: (c) => c.eu27},
  {id: "oecd", label: "OECD average (members in 2019)", member: (c) => c.oecd},
  {id: "all", label: "Average of all 56 countries", member: () => true}
];

/** One point of an entity's overall-score trend. */
export interface CompareTrendPoint {
  edition: Edition;
  year: number;
  /** The score, or for a group the average over all its members; null when some member is not scored. */
  overall: number | null;
  /** Members scored this year (1 for a country). */
  n: number;
  /** Members of the group (1 for a country). */
  of: number;
  /** Why there is no average (null when there is one), e.g. "no average: Argentina not scored", "no average: 34 members not scored". */
  note: string | null;
}

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
  /**
   * Overall score with health by edition and year, for every year at least one member is scored; for a
   * group, `overall` is null (a gap) in a year where not every member is scored.
   */
  trend: CompareTrendPoint[];
}

export interface CompareData {
  year: number;
  edition: Edition;
  areas: {id: AreaId; name: string}[];
  indicators: {code: string; area: AreaId; areaName: string; level: string; title: string}[];
  /** The years of each edition's overall scores (any country), for the page's legend text. */
  editions: {edition: Edition; first: number; last: number}[];
  entities: CompareEntity[];
}

/** A group average over a fixed membership: `mean` is null unless all `of` members have a value. */
export interface CompleteMean {
  mean: number | null;
  /** Members with a value. */
  n: number;
  /** Members. */
  of: number;
}

/**
 * The mean of every member's value, or null when any member has none (null or undefined): a group
 * average that always covers the same countries.
 *
 * @example
 * completeMean([50, 60]) // {mean: 55, n: 2, of: 2}
 * completeMean([50, null, 70]) // {mean: null, n: 2, of: 3}
 */
export function completeMean(values: readonly (number | null | undefined)[]): CompleteMean {
  const present = values.filter((v): v is number => v !== null && v !== undefined);
  const of = values.length;
  return {mean: of > 0 && present.length === of ? present.reduce((s, v) => s + v, 0) / of : null, n: present.length, of};
}

/**
 * Every country and group average the compare page can show.
 *
 * @example
 * compareData(tables).entities.find((e) => e.id === "eu27")?.members.length // 27
 * compareData(tables).entities.find((e) => e.id === "all")?.trend.find((t) => t.year === 2014)?.overall // null: Argentina has no 2014 score
 */
export function compareData(tables: Pick<WorkspaceTables, "countries" | "indicators" | "indicator_scores" | "area_scores" | "overall_scores">): CompareData {
  const countries = [...tables.countries].sort((a, b) => a.name.localeCompare(b.name));
  const nameOf = new Map(countries.map((c) => [c.iso3, c.name]));
  const overall = new Map<string, number>();
  const trendKeys = new Set<string>();
  for (const r of tables.overall_scores) {
    if (r.variant !== "with_health" || r.recomputed === null) continue;
    overall.set(`${r.iso3}|${r.edition}|${r.year}`, r.recomputed);
    trendKeys.add(`${r.edition}|${r.year}`);
  }
  const periods = [...trendKeys]
    .map((k) => ({edition: k.split("|")[0] as Edition, year: Number(k.split("|")[1])}))
    .sort((a, b) => a.edition.localeCompare(b.edition) || a.year - b.year);
  const editions = [...new Set(periods.map((p) => p.edition))].map((edition) => {
    const years = periods.filter((p) => p.edition === edition).map((p) => p.year);
    return {edition, first: Math.min(...years), last: Math.max(...years)};
  });
  const area = new Map(
    tables.area_scores.filter((r) => r.edition === COMPARE_EDITION && r.year === COMPARE_YEAR).map((r) => [`${r.iso3}|${r.area}`, r.recomputed])
  );
  const indicator = new Map(
    tables.indicator_scores.filter((r) => r.edition === COMPARE_EDITION && r.year === COMPARE_YEAR).map((r) => [`${r.iso3}|${r.indicator}`, r.score])
  );

  const note = (members: readonly string[], scored: (iso3: string) => boolean): string => {
    const missing = members.filter((m) => !scored(m));
    return `no average: ${missing.length <= 3 ? missing.map((m) => nameOf.get(m) ?? m).join(", ") : `${missing.length} members`} not scored`;
  };
  const entity = (id: string, kind: CompareEntity["kind"], label: string, members: string[]): CompareEntity => ({
    id,
    kind,
    label,
    members,
    overall2019: completeMean(members.map((m) => overall.get(`${m}|${COMPARE_EDITION}|${COMPARE_YEAR}`))).mean,
    areas2019: AREA_IDS.map((a) => completeMean(members.map((m) => area.get(`${m}|${a}`))).mean),
    indicators2019: tables.indicators.map((i) => completeMean(members.map((m) => indicator.get(`${m}|${i.code}`))).mean),
    trend: periods.flatMap(({edition, year}) => {
      const key = (m: string) => `${m}|${edition}|${year}`;
      const {mean, n, of} = completeMean(members.map((m) => overall.get(key(m))));
      return n === 0 ? [] : [{edition, year, overall: mean, n, of, note: mean === null ? note(members, (m) => overall.has(key(m))) : null}];
    })
  });

  return {
    year: COMPARE_YEAR,
    edition: COMPARE_EDITION,
    areas: AREAS.map((a) => ({id: a.id, name: a.name})),
    indicators: tables.indicators.map((i) => ({
      code: i.code,
      area: i.area,
      areaName: AREAS.find((a) => a.id === i.area)!.name,
      level: i.level,
      title: i.title
    })),
    editions,
    entities: [
      ...countries.map((c) => entity(c.iso3, "country", c.name, [c.iso3])),
      ...COMPARE_GROUPS.map((g) =>
        entity(
          g.id,
          "group",
          g.label,
          countries
            .filter(g.member)
            .map((c) => c.iso3)
            .sort()
        )
      )
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
 * The codes a query string names that are not in `known`, as written, so that the page can say which
 * ones it left out rather than drop them silently.
 *
 * @example
 * unknownCompareIds("?c=swe,XXX&g=eu27,nope", {countries: ["SWE"], groups: ["eu27"]}) // ["XXX", "nope"]
 */
export function unknownCompareIds(search: string, known: {countries: readonly string[]; groups: readonly string[]}): string[] {
  const params = new URLSearchParams(search);
  const unknown = (name: string, normalize: (s: string) => string, allowed: readonly string[]) =>
    (params.get(name) ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "" && !allowed.includes(normalize(s)));
  return [...new Set([...unknown("c", (s) => s.toUpperCase(), known.countries), ...unknown("g", (s) => s.toLowerCase(), known.groups)])];
}

/**
 * The selection to show on load: the one in the query string when it names one (`?c=…` or `?g=…`, even
 * empty: `?c=&g=` is an explicitly empty selection), else `fallback` (a bare `/compare`).
 *
 * @example
 * restoreCompareSelection("", {countries: ["SWE"], groups: []}) // {countries: ["SWE"], groups: []}
 * restoreCompareSelection("?c=&g=", {countries: ["SWE"], groups: []}) // {countries: [], groups: []}
 */
export function restoreCompareSelection(
  search: string,
  fallback: CompareSelection,
  known?: {countries: readonly string[]; groups: readonly string[]}
): CompareSelection {
  const params = new URLSearchParams(search);
  return params.has("c") || params.has("g") ? parseCompareQuery(search, known) : {countries: [...fallback.countries], groups: [...fallback.groups]};
}

/**
 * The query string of a selection; an empty selection is `?c=&g=`, so that it survives a reload
 * (a bare `/compare` shows the default selection).
 *
 * @example
 * compareQuery({countries: ["SWE", "FIN"], groups: ["eu27"]}) // "?c=SWE,FIN&g=eu27"
 * compareQuery({countries: [], groups: []}) // "?c=&g="
 */
export function compareQuery({countries, groups}: CompareSelection): string {
  const parts = [
    ...(countries.length ? [`c=${countries.map(encodeURIComponent).join(",")}`] : []),
    ...(groups.length ? [`g=${groups.map(encodeURIComponent).join(",")}`] : [])
  ];
  return parts.length ? `?${parts.join("&")}` : "?c=&g=";
}

/**
 * The compare page's module, found by its stem: its loader src/data/compare.json.ts sends
 * {@link compareData}. It makes no findings, so `mipex reproduce` does not list it.
 *
 * @example
 * compare.analyse(inputs).entities.length // 59: 56 countries and 3 group averages
 */
export const compare = findingsModule<CompareData>({
  stem: "compare",
  title: "Compare countries",
  idPrefixes: [],
  analyse: ({tables}) => compareData(tables),
  findings: () => []
});
