import type {RankedCountry} from "./ranking.ts";
import {mean} from "../stats/mean.ts";

export interface GroupAverage {
  group: string;
  label: string;
  countries: number;
  /** Mean of the recomputed scores. */
  mean: number;
  /** Mean of the published scores of the same countries. */
  publishedMean: number | null;
  min: number;
  max: number;
}

/** The groups MIPEX 2020 compares, by a predicate on a ranked country. */
export const COUNTRY_GROUPS: readonly {group: string; label: string; member: (c: RankedCountry) => boolean}[] = [
  {group: "all", label: "All MIPEX countries", member: () => true},
  {group: "eu27", label: "EU27", member: (c) => c.eu27},
  {group: "oecd", label: "OECD (members in 2019)", member: (c) => c.oecd},
  {group: "traditional_destinations", label: "Traditional destinations (AUS, CAN, NZL, USA)", member: (c) => c.traditionalDestination},
  {group: "top_ten", label: "Top Ten (by rank)", member: (c) => c.rank <= 10}
];

/**
 * Average, minimum and maximum score of each country group.
 *
 * @example (needs the workbooks)
 * import {ranking} from "./ranking.ts";
 * const averages = groupAverages(ranking(tables.overall_scores, tables.countries, {edition: "2020", year: 2019, variant: "with_health"}));
 * averages.map((g) => `${g.group}: ${g.countries}`) // ["all: 56", "eu27: 27", "oecd: 36", "traditional_destinations: 4", "top_ten: 10"]
 * averages.find((g) => g.group === "eu27")!.mean // ≈ 53.33
 */
export function groupAverages(ranked: readonly RankedCountry[]): GroupAverage[] {
  return COUNTRY_GROUPS.map(({group, label, member}) => {
    const members = ranked.filter(member);
    if (members.length === 0) throw new Error(`No country in group ${group}`);
    const scores = members.map((c) => c.score);
    const published = members.map((c) => c.published);
    return {
      group,
      label,
      countries: members.length,
      mean: mean(scores),
      publishedMean: published.every((p) => p !== null) ? mean(published as number[]) : null,
      min: Math.min(...scores),
      max: Math.max(...scores)
    };
  });
}
