/**
 * EU membership by date, from the EU's list of member countries and their accession years
 * (https://european-union.europa.eu/principles-countries-history/country-profiles_en) and the United
 * Kingdom's withdrawal on 31 January 2020. `is-eu-member` (the `eu27` column) knows only today's members;
 * MIPEX 2020 describes 2019, when the United Kingdom was still a member, and compares the "old" (EU15) with
 * the "new" (EU13) member states, so the groups need the years.
 *
 * @example
 * EU_ACCESSION.get("HRV") // 2013
 */
export const EU_ACCESSION: ReadonlyMap<string, number> = new Map([
  ["BEL", 1958],
  ["DEU", 1958],
  ["FRA", 1958],
  ["ITA", 1958],
  ["LUX", 1958],
  ["NLD", 1958],
  ["DNK", 1973],
  ["IRL", 1973],
  ["GBR", 1973],
  ["GRC", 1981],
  ["ESP", 1986],
  ["PRT", 1986],
  ["AUT", 1995],
  ["FIN", 1995],
  ["SWE", 1995],
  ["CYP", 2004],
  ["CZE", 2004],
  ["EST", 2004],
  ["HUN", 2004],
  ["LVA", 2004],
  ["LTU", 2004],
  ["MLT", 2004],
  ["POL", 2004],
  ["SVK", 2004],
  ["SVN", 2004],
  ["BGR", 2007],
  ["ROU", 2007],
  ["HRV", 2013]
]);

/** The last year a member state that left was a member for the whole year. */
export const EU_LAST_FULL_YEAR: ReadonlyMap<string, number> = new Map([["GBR", 2019]]);

/** The enlargement of 2004 that separates the "old" (EU15) from the "new" (EU13) member states. */
export const EU_EASTERN_ENLARGEMENT = 2004;

/**
 * True when `iso3` was an EU member throughout `year`.
 *
 * @example
 * isEuMember("GBR", 2019) // true
 * isEuMember("GBR", 2020) // false
 */
export function isEuMember(iso3: string, year: number): boolean {
  const since = EU_ACCESSION.get(iso3);
  const until = EU_LAST_FULL_YEAR.get(iso3) ?? Infinity;
  return since !== undefined && since <= year && year <= until;
}

/**
 * The "old" member states (EU15, members before the 2004 enlargement; the United Kingdom among them) and
 * the "new" ones (EU13, joined in 2004 or later), as members in `year`.
 *
 * @example
 * [...euCohort("old", 2019)].length // 15
 * [...euCohort("new", 2019)].length // 13
 */
export function euCohort(cohort: "old" | "new", year: number): Set<string> {
  return new Set(
    [...EU_ACCESSION]
      .filter(([iso3, since]) => isEuMember(iso3, year) && (cohort === "old" ? since < EU_EASTERN_ENLARGEMENT : since >= EU_EASTERN_ENLARGEMENT))
      .map(([iso3]) => iso3)
  );
}
