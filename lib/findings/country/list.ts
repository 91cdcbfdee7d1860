/**
 * The countries list (src/countries.md, and the 404 page's "did you mean"): one row per profile, and the
 * profiles' links in name order.
 */
import type {Approach} from "../../mipex/approach-groups.ts";
import type {CountryProfile} from "./profile.ts";

export interface CountryListRow {
  iso3: string;
  name: string;
  region: string;
  eu27: boolean;
  oecd: boolean;
  traditionalDestination: boolean;
  /** The editions that score the country, e.g. "2020, 2025". */
  editions: string;
  overall2019: number | null;
  rank2019: number | null;
  bandLabel: string | null;
  approach: Approach;
  /** The published approach, or its alternatives joined by " / " when the source names two; null for none. */
  publishedApproach: string | null;
}

/**
 * One list row per profile, in the profiles' order.
 *
 * @example (needs the workbooks)
 * import {trainedApproachModel} from "./approach.ts";
 * import {countryProfiles} from "./profile.ts";
 * const {iso3, rank2019, approach, publishedApproach} = countryList(countryProfiles(tables, {model: trainedApproachModel(tables)}))[0];
 * ({iso3, rank2019, approach, publishedApproach}) // {iso3: "ALB", rank2019: 39, approach: "Equality on paper", publishedApproach: "Equality on paper"}
 */
export function countryList(profiles: readonly CountryProfile[]): CountryListRow[] {
  return profiles.map((p) => ({
    iso3: p.iso3,
    name: p.name,
    region: p.region,
    eu27: p.groups.eu27,
    oecd: p.groups.oecd,
    traditionalDestination: p.groups.traditionalDestination,
    editions: p.editions.join(", "),
    overall2019: p.overall2019,
    rank2019: p.ranks.find((r) => r.group === "all")?.rank ?? null,
    bandLabel: p.bandLabel,
    approach: p.approach.computed,
    publishedApproach: p.approach.published ?? (p.approach.publishedAlternatives.join(" / ") || null)
  }));
}

/**
 * The countries' codes and names in English alphabetical order of name, for the list of profile links.
 *
 * @example
 * countriesByName([{iso3: "SWE", name: "Sweden"}, {iso3: "AUT", name: "Austria"}]) // [{iso3: "AUT", name: "Austria"}, {iso3: "SWE", name: "Sweden"}]
 */
export function countriesByName(rows: readonly {iso3: string; name: string}[]): {iso3: string; name: string}[] {
  return rows.map(({iso3, name}) => ({iso3, name})).sort((a, b) => a.name.localeCompare(b.name, "en"));
}
