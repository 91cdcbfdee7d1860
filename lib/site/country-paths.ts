/**
 * The country profile pages, /country/<ISO3>, that src/country/[iso3].md makes (Framework's
 * parameterized routes need the list at build time as `dynamicPaths`). The list is MIPEX 2020's
 * country sheets mapped to ISO3 (lib/countries/sheet-codes.ts, lib/mipex/editions.ts): the 56 countries
 * every edition's countries are drawn from. Read by observablehq.config.ts; the paths are given only
 * when the page exists under the source root, so a site that spreads the config builds without them.
 */
import {existsSync} from "node:fs";
import {resolve} from "node:path";
import {SHEET_TO_ISO3} from "../countries/sheet-codes.ts";
import {EDITION_2020} from "../mipex/editions.ts";

/** ISO3 codes of the 56 MIPEX countries, sorted. */
export function mipexCountryCodes(): string[] {
  return [
    ...new Set(
      EDITION_2020.sheets.map((sheet) => {
        const iso3 = SHEET_TO_ISO3.get(sheet);
        if (!iso3) throw new Error(`No ISO3 code for the MIPEX sheet ${sheet}`);
        return iso3;
      })
    )
  ].sort();
}

/**
 * @param root Framework source root, relative to the working directory of `observable build`.
 * @example
 * countryPaths("src")[0] // "/country/ALB"
 */
export function countryPaths(root = "src"): string[] {
  if (!existsSync(resolve(root, "country", "[iso3].md"))) return [];
  return mipexCountryCodes().map((iso3) => `/country/${iso3}`);
}
