/**
 * OECD member countries with the year each ratified the Convention, from the OECD's list of members
 * (https://www.oecd.org/en/about/members-partners.html, "Member countries"). No maintained npm package
 * carries OECD membership, so the list lives here with its source; accession years let a page ask
 * "OECD as of 2019" (36 members) rather than today's 38.
 *
 * @example
 * OECD_ACCESSION.get("KOR") // 1996
 */
export const OECD_ACCESSION: ReadonlyMap<string, number> = new Map([
  ["AUS", 1971],
  ["AUT", 1961],
  ["BEL", 1961],
  ["CAN", 1961],
  ["CHL", 2010],
  ["COL", 2020],
  ["CRI", 2021],
  ["CZE", 1995],
  ["DNK", 1961],
  ["EST", 2010],
  ["FIN", 1969],
  ["FRA", 1961],
  ["DEU", 1961],
  ["GRC", 1961],
  ["HUN", 1996],
  ["ISL", 1961],
  ["IRL", 1961],
  ["ISR", 2010],
  ["ITA", 1962],
  ["JPN", 1964],
  ["KOR", 1996],
  ["LVA", 2016],
  ["LTU", 2018],
  ["LUX", 1961],
  ["MEX", 1994],
  ["NLD", 1961],
  ["NZL", 1973],
  ["NOR", 1961],
  ["POL", 1996],
  ["PRT", 1961],
  ["SVK", 2000],
  ["SVN", 2010],
  ["ESP", 1961],
  ["SWE", 1961],
  ["CHE", 1961],
  ["TUR", 1961],
  ["GBR", 1961],
  ["USA", 1961]
]);

/** True when `iso3` was an OECD member in `year`. */
export function isOecdMember(iso3: string, year: number): boolean {
  const since = OECD_ACCESSION.get(iso3);
  return since !== undefined && since <= year;
}
