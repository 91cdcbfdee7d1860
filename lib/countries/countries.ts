import worldCountriesModule from "world-countries";
import type {Countries} from "world-countries";
import {getEuMembers} from "is-eu-member";
import {eurostatGeoToIso2} from "./eurostat-geo.ts";
import {OECD_ACCESSION, isOecdMember} from "./oecd-members.ts";
import {TRADITIONAL_DESTINATIONS} from "./traditional-destinations.ts";

/** One row of the `countries` table. */
export interface Country {
  iso3: string;
  iso2: string;
  /** ISO 3166-1 numeric code, the id world-atlas uses for its geometry. */
  isoNumeric: string;
  name: string;
  region: string;
  subregion: string;
  eu27: boolean;
  /** OECD member in 2019, the MIPEX 2020 reference year. */
  oecd: boolean;
  oecdSince: number | null;
  traditionalDestination: boolean;
}

/** MIPEX 2020's reference year, used for group membership that changes over time (OECD). */
export const REFERENCE_YEAR = 2019;

// The package lists EU members with Eurostat's `EL` for Greece.
const EU27_ISO2 = new Set(getEuMembers().map(eurostatGeoToIso2));

const SHORT_NAMES: ReadonlyMap<string, string> = new Map([
  // world-countries' common names for these are long or differ from MIPEX's own usage.
  ["MKD", "North Macedonia"],
  ["KOR", "South Korea"],
  ["MDA", "Moldova"],
  ["CZE", "Czechia"],
  ["TUR", "Turkey"]
]);

// The package's types describe its ESM build; under NodeNext they resolve as CommonJS, so the default
// import is typed as the module. At run time both builds give the array.
const worldCountries = worldCountriesModule as unknown as Countries;

const byIso3 = new Map<string, Country>();
const byIso2 = new Map<string, Country>();
for (const c of worldCountries) {
  const country: Country = {
    iso3: c.cca3,
    iso2: c.cca2,
    isoNumeric: c.ccn3,
    name: SHORT_NAMES.get(c.cca3) ?? c.name.common,
    region: c.region,
    subregion: c.subregion,
    eu27: EU27_ISO2.has(c.cca2),
    oecd: isOecdMember(c.cca3, REFERENCE_YEAR),
    oecdSince: OECD_ACCESSION.get(c.cca3) ?? null,
    traditionalDestination: TRADITIONAL_DESTINATIONS.has(c.cca3)
  };
  byIso3.set(country.iso3, country);
  byIso2.set(country.iso2, country);
}

/** Thrown for a country code that no list knows. */
export class UnknownCountryError extends Error {
  constructor(code: string, where: string) {
    super(`Unknown country code "${code}" ${where}`);
    this.name = "UnknownCountryError";
  }
}

/**
 * Looks a country up by ISO 3166-1 alpha-3 code.
 *
 * @example
 * countryByIso3("SWE").name // "Sweden"
 * @throws UnknownCountryError naming `where` (file, sheet, row, column) when the code is unknown.
 */
export function countryByIso3(iso3: string, where = ""): Country {
  const country = byIso3.get(iso3);
  if (!country) throw new UnknownCountryError(iso3, where);
  return country;
}

/** Looks a country up by ISO 3166-1 alpha-2 code; see {@link countryByIso3}. */
export function countryByIso2(iso2: string, where = ""): Country {
  const country = byIso2.get(iso2);
  if (!country) throw new UnknownCountryError(iso2, where);
  return country;
}

/** The country for a code, or undefined: for callers that report unknown codes themselves. */
export function findCountry(code: string): Country | undefined {
  return code.length === 2 ? byIso2.get(code) : byIso3.get(code);
}
