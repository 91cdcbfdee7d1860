import {findCountry, eurostatGeoToIso2, isEurostatAggregate} from "../countries/index.ts";

/** Where a geography code points: a country (iso3) or an aggregate (iso3 null). */
export interface GeoMapping {
  iso3: string | null;
  isAggregate: boolean;
}

/**
 * Maps a Eurostat geo code to ISO 3166-1 alpha-3 through lib/countries: `EL` → GRC and `UK` → GBR explicitly
 * (eurostatGeoToIso2), aggregates (`EU27_2020`, `EA20`, `EU`, ...) to iso3 null. Returns undefined for a code that
 * is neither, so the caller can report it with its file and row.
 *
 * @example
 * mapEurostatGeo("EL")        // {iso3: "GRC", isAggregate: false}
 * mapEurostatGeo("EU27_2020") // {iso3: null, isAggregate: true}
 * mapEurostatGeo("DE_TOT")    // undefined
 */
export function mapEurostatGeo(code: string): GeoMapping | undefined {
  if (isEurostatAggregate(code)) return {iso3: null, isAggregate: true};
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  const country = findCountry(eurostatGeoToIso2(code));
  return country ? {iso3: country.iso3, isAggregate: false} : undefined;
}

/**
 * Codes that tidy files use for aggregates in the iso3 column besides Eurostat's (EU28, EU27_2020, ...).
 *
 * @example
 * TIDY_AGGREGATE_CODES.has("OECD") // true
 */
export const TIDY_AGGREGATE_CODES: ReadonlySet<string> = new Set(["OECD", "WORLD", "WLD", "EU", "EUR", "EA"]);

/**
 * A tidy file's country label that names an aggregate rather than a country: an average, a survey total, the EU,
 * the OECD, the world ("EU-28 (survey average)", "OECD average", "World", "12 MS (survey average)").
 *
 * @example
 * AGGREGATE_LABEL.test("EU-28 (survey average)") // true
 * AGGREGATE_LABEL.test("Sweden") // false
 */
export const AGGREGATE_LABEL = /\b(average|survey|countries|world|total|OECD|EU|EU-?\d+|European Union|Euro area)\b/i;

/**
 * What an aggregate's own code looks like in tidy files (`EU28`, `EU12BB`, `EU15M`, `EA19`, `OECD_AVG`): a code of
 * this shape is an aggregate when its label names one too. Any other unknown code is an error whatever its label
 * says, so a mistyped country code is never taken for an aggregate because its label reads "total".
 *
 * @example
 * AGGREGATE_CODE_SHAPE.test("EU12BB") // true
 * AGGREGATE_CODE_SHAPE.test("SWX") // false
 */
export const AGGREGATE_CODE_SHAPE = /^(EU|EA|OECD)[A-Z0-9_]*$/;

/**
 * Classifies a tidy row's `iso3` cell. A known ISO3 code is a country. An aggregate is an empty cell whose country
 * label names an aggregate ({@link AGGREGATE_LABEL}), a Eurostat aggregate code, a code in
 * {@link TIDY_AGGREGATE_CODES}, or a code of {@link AGGREGATE_CODE_SHAPE} whose label names an aggregate. Anything
 * else is undefined (the parser raises an error): an unknown code is never an aggregate because of its label alone.
 *
 * @example
 * mapTidyGeo("SWE", "Sweden")                // {iso3: "SWE", isAggregate: false}
 * mapTidyGeo("", "OECD average")             // {iso3: null, isAggregate: true}
 * mapTidyGeo("EU12BB", "12 MS (survey average)") // {iso3: null, isAggregate: true}
 * mapTidyGeo("SWX", "Sweden")                // undefined
 * mapTidyGeo("XYZ", "Total")                 // undefined
 * mapTidyGeo("", "Sweden")                   // undefined
 */
export function mapTidyGeo(iso3: string, country: string): GeoMapping | undefined {
  if (/^[A-Z]{3}$/.test(iso3) && findCountry(iso3)) return {iso3, isAggregate: false};
  const aggregate = {iso3: null, isAggregate: true};
  if (iso3 === "") return AGGREGATE_LABEL.test(country) ? aggregate : undefined;
  if (isEurostatAggregate(iso3) || TIDY_AGGREGATE_CODES.has(iso3.toUpperCase())) return aggregate;
  return AGGREGATE_CODE_SHAPE.test(iso3) && AGGREGATE_LABEL.test(country) ? aggregate : undefined;
}
