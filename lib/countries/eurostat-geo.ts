/**
 * Eurostat geography codes are ISO 3166-1 alpha-2 except Greece (`EL`) and the United Kingdom (`UK`);
 * aggregates such as `EU27_2020` are not countries. Both exceptions are listed here so the mapping is
 * explicit rather than inferred.
 *
 * @example
 * eurostatGeoToIso2("EL") // "GR"
 */
export const EUROSTAT_GEO_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ["EL", "GR"],
  ["UK", "GB"]
]);

/** Eurostat aggregate codes start with one of these prefixes (EU27_2020, EA20, EFTA, ...). */
const AGGREGATE = /^(EU\d*|EA\d*|EFTA|EEA\d*|EU27_2020|EU28|EA19|EA20)(_\d{4})?$/;

/** True for Eurostat aggregate geography codes such as `EU27_2020` or `EA20`. */
export function isEurostatAggregate(geo: string): boolean {
  return AGGREGATE.test(geo);
}

/** Maps a Eurostat country code to ISO 3166-1 alpha-2 (`EL` → `GR`, `UK` → `GB`, others unchanged). */
export function eurostatGeoToIso2(geo: string): string {
  return EUROSTAT_GEO_EXCEPTIONS.get(geo) ?? geo;
}
