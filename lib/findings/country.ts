/**
 * The country profiles (src/country/[iso3].md), found by their stem: the loader src/data/country.zip.ts
 * writes one profile per country (lib/findings/country/profile.ts) and the countries list
 * (lib/findings/country/list.ts); `mipex reproduce` prints each country's rank within its groups beside
 * the rank of the workbook's published scores (lib/findings/country/rank-findings.ts).
 */
import type {Finding} from "./finding.ts";
import {findingsModule, type FindingInputs} from "./findings-module.ts";
import {trainedApproachModel} from "./country/approach.ts";
import {countriesByName, countryList} from "./country/list.ts";
import {countryProfiles} from "./country/profile.ts";
import {groupRankFindings} from "./country/rank-findings.ts";

/**
 * The country module: its analysis is the group-rank findings (the profiles are page data, written by
 * {@link countryPageFiles}: fifty-six files, not one JSON).
 *
 * @example (needs the workbooks)
 * country.findings(country.analyse(inputs)).find((f) => f.id === "rank_eu27.2019.SWE")?.computed // 1
 */
export const country = findingsModule<Finding[]>({
  stem: "country",
  page: "country/[iso3].md",
  title: "Country profiles",
  idPrefixes: ["rank_eu27", "rank_oecd", "rank_traditional_destinations"],
  analyse: ({tables}) => groupRankFindings(tables),
  findings: (found) => found
});

/**
 * The files of src/data/country.zip, by name: `<ISO3>.json`, one profile per country (read by
 * src/country/[iso3].md); `index.json`, the countries list (src/countries.md, src/404.md); `by-name.json`,
 * the countries' codes and names in name order (the list of profile links). The approach classifier is
 * trained once for all of them.
 *
 * @example (needs the workbooks)
 * // One file per country, by ISO3 (ARE: the United Arab Emirates sorts before Argentina).
 * Object.keys(countryPageFiles(inputs)).slice(0, 2) // ["ALB.json", "ARE.json"]
 */
export function countryPageFiles({tables, outcomes}: Pick<FindingInputs, "tables" | "outcomes">): Record<string, unknown> {
  const profiles = countryProfiles(tables, {model: trainedApproachModel(tables), outcomes: outcomes()});
  const list = countryList(profiles);
  return {
    ...Object.fromEntries(profiles.map((p) => [`${p.iso3}.json`, p])),
    "index.json": list,
    "by-name.json": countriesByName(list)
  };
}
