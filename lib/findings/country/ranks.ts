/**
 * A profile's ranks: competition ranks of the recomputed 2019 overall score with health among all 56
 * countries and within each group the country belongs to (EU27, OECD members in 2019, traditional
 * destinations); for countries of the 2025 EU update also among the update's countries in its latest
 * year with the country.
 */
import type {Edition} from "../../mipex/editions.ts";
import type {CountryRow, WorkspaceTables} from "../../mipex/workspace-tables.ts";
import {competitionRanks} from "../../stats/rank.ts";
import {PROFILE_EDITION, PROFILE_YEAR} from "./profile-year.ts";

/**
 * The groups a country is ranked in, by a predicate on its countries row.
 *
 * @example (needs the workbooks)
 * const sweden = tables.countries.find((c) => c.iso3 === "SWE")!;
 * RANK_GROUPS.filter((g) => g.member(sweden)).map((g) => g.group) // ["all", "eu27", "oecd"]
 */
export const RANK_GROUPS: readonly {group: string; label: string; member: (c: CountryRow) => boolean}[] = [
  {group: "all", label: "All 56 MIPEX countries", member: () => true},
  {group: "eu27", label: "EU27", member: (c) => c.eu27},
  {group: "oecd", label: "OECD (members in 2019)", member: (c) => c.oecd},
  {group: "traditional_destinations", label: "Traditional destinations", member: (c) => c.traditional_destination}
];

export interface RankRow {
  group: string;
  label: string;
  edition: Edition;
  year: number;
  rank: number;
  of: number;
  score: number;
}

/**
 * The recomputed overall scores with health of one edition and year, by ISO3 (countries without one left out).
 *
 * @example (needs the workbooks)
 * overallScores(tables, "2020", 2019).get("SWE") // ≈ 86.39
 */
export function overallScores(tables: Pick<WorkspaceTables, "overall_scores">, edition: Edition, year: number): Map<string, number> {
  return new Map(
    tables.overall_scores
      .filter((r) => r.edition === edition && r.year === year && r.variant === "with_health" && r.recomputed !== null)
      .map((r) => [r.iso3, r.recomputed as number])
  );
}

/**
 * A country's competition rank among the members that have a score, and how many those are; null when
 * the country has none.
 *
 * @example
 * rankIn(new Map([["A", 50], ["B", 70], ["C", 50]]), ["A", "B", "C"], "C") // {rank: 2, of: 3}
 */
export function rankIn(scores: ReadonlyMap<string, number>, members: readonly string[], iso3: string): {rank: number; of: number} | null {
  const field = members.filter((m) => scores.has(m));
  const i = field.indexOf(iso3);
  if (i < 0) return null;
  return {rank: competitionRanks(field.map((m) => scores.get(m)!))[i], of: field.length};
}

/**
 * A function giving each country its rank rows: one per {@link RANK_GROUPS} group it belongs to (in
 * {@link PROFILE_YEAR}), then, for a country of the 2025 EU update, its rank in the update's latest year
 * that scores it. `countries` is the field the groups are drawn from.
 *
 * @example (needs the workbooks)
 * const sweden = tables.countries.find((c) => c.iso3 === "SWE")!;
 * countryRanks(tables, tables.countries)(sweden).map((r) => `${r.group} ${r.year}: ${r.rank} of ${r.of}`) // ["all 2019: 1 of 56", "eu27 2019: 1 of 27", "oecd 2019: 1 of 36", "eu_update 2023: 1 of 28"]
 */
export function countryRanks(tables: Pick<WorkspaceTables, "overall_scores">, countries: readonly CountryRow[]): (country: CountryRow) => RankRow[] {
  const overall2019 = overallScores(tables, PROFILE_EDITION, PROFILE_YEAR);
  const updateYears = [...new Set(tables.overall_scores.filter((r) => r.edition === "2025").map((r) => r.year))].sort((a, b) => a - b);
  return (c) => {
    const ranks: RankRow[] = [];
    for (const g of RANK_GROUPS) {
      if (!g.member(c)) continue;
      const r = rankIn(
        overall2019,
        countries.filter(g.member).map((m) => m.iso3),
        c.iso3
      );
      if (r) ranks.push({group: g.group, label: g.label, edition: PROFILE_EDITION, year: PROFILE_YEAR, ...r, score: overall2019.get(c.iso3)!});
    }
    for (const year of [...updateYears].reverse()) {
      const scores = overallScores(tables, "2025", year);
      if (!scores.has(c.iso3)) continue;
      const r = rankIn(scores, [...scores.keys()].sort(), c.iso3)!;
      ranks.push({group: "eu_update", label: `Countries of the 2025 EU update scored in ${year}`, edition: "2025", year, ...r, score: scores.get(c.iso3)!});
      break;
    }
    return ranks;
  };
}
