/**
 * The compare page's data (src/compare.md): every country and group average side by side, built at
 * build time by `compareData`.
 *
 * A group average is over a fixed membership: it is the mean of its members' recomputed scores only
 * when every member has a score (for that year and edition, area or indicator); otherwise there is no
 * average (null), and the count of members scored (`n` of `of`) says why. Averaging whichever members
 * happen to be scored would make the average move with the set of countries, not with their policies.
 */
import {AREAS, AREA_IDS, type AreaId} from "../../mipex/areas.ts";
import type {Edition} from "../../mipex/editions.ts";
import type {CountryRow, WorkspaceTables} from "../../mipex/workspace-tables.ts";

/**
 * The year of the compared area, indicator and overall scores (the trend covers every year).
 *
 * @example
 * COMPARE_YEAR // 2019
 */
export const COMPARE_YEAR = 2019;

/**
 * The edition of the compared area, indicator and overall scores.
 *
 * @example
 * COMPARE_EDITION // "2020"
 */
export const COMPARE_EDITION: Edition = "2020";

/**
 * The group averages the page offers, by URL id.
 *
 * @example
 * COMPARE_GROUPS.map((g) => g.id) // ["eu27", "oecd", "all"]
 */
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
 * @example (needs the workbooks)
 * const data = compareData(tables);
 * data.entities.find((e) => e.id === "eu27")?.members.length // 27
 * // No average of all 56 in 2014: Argentina has no 2014 score.
 * const all2014 = data.entities.find((e) => e.id === "all")!.trend.find((t) => t.year === 2014)!;
 * [all2014.overall, all2014.n, all2014.note] // [null, 55, "no average: Argentina not scored"]
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
