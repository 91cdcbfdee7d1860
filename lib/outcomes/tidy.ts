import {parseCsv} from "./csv.ts";
import {resolveDuplicates} from "./duplicates.ts";
import {mapTidyGeo} from "./geography.ts";
import {OutcomeFormatError, type ParseOptions, type ParseResult, type Observation} from "./observation.ts";
import {parseValue, parseYear} from "./values.ts";

/**
 * Columns a tidy outcome file must have; `note` and any other column are optional.
 *
 * @example
 * TIDY_REQUIRED_COLUMNS.includes("iso3") // true
 */
export const TIDY_REQUIRED_COLUMNS = ["country", "iso3", "year", "indicator", "group", "value", "unit", "source"] as const;

/**
 * Parses a tidy outcome CSV (`country, iso3, year, indicator, group, value, unit, source, note`, one value a row).
 *
 * - `iso3` must be an ISO 3166-1 alpha-3 code lib/countries knows, or mark an aggregate (lib/outcomes/geography.ts
 *   mapTidyGeo): empty with a `country` naming an aggregate ("OECD average", "World"), a Eurostat aggregate code
 *   (`EU28`), `OECD`/`WORLD`/`EU`, or an EU/EA/OECD-shaped code with such a label (`EU12BB`, "12 MS (survey
 *   average)"); aggregates get iso3 null and `isAggregate`. Anything else is an error, whatever the label says.
 * - An empty `value` is kept as an observation with value null (the note usually says why). Tidy files have no flags.
 * - The same country, year, indicator and group twice: the same value → later rows reported as `duplicate`
 *   exclusions; different values → both kept with `conflict: true` and listed in `conflicts` (the press-reported
 *   files record disagreeing quotes on purpose, and their notes say so).
 * - Columns other than the required ones and `note` go into `dimensions`.
 *
 * @example
 * const text = "country,iso3,year,indicator,group,value,unit,source,note\nSweden,SWE,2016,mai,adults,7.92,index,Gallup,\n";
 * const {iso3, geo, year, indicator, group, value, flag} = parseTidyCsv(text, {file: "x.csv"}).observations[0];
 * ({iso3, geo, year, indicator, group, value, flag}) // {iso3: "SWE", geo: "SWE", year: 2016, indicator: "mai", group: "adults", value: 7.92, flag: null}
 * @throws OutcomeFormatError naming file, row and column for a missing column, bad year, value or iso3.
 */
export function parseTidyCsv(text: string, options: ParseOptions): ParseResult {
  const {file} = options;
  const records = parseCsv(text);
  if (records.length === 0) throw new OutcomeFormatError(file, 1, "(header)", "empty file");
  const header = records[0].fields.map((h) => h.trim());
  for (const required of TIDY_REQUIRED_COLUMNS) {
    if (!header.includes(required))
      throw new OutcomeFormatError(file, records[0].line, required, `missing required column "${required}" (header: ${header.join(", ")})`);
  }
  const col = Object.fromEntries(header.map((h, i) => [h, i])) as Record<string, number>;
  const extra = header.filter((h) => !(TIDY_REQUIRED_COLUMNS as readonly string[]).includes(h) && h !== "note");
  const body = records.slice(1);
  const rows: Observation[] = [];
  for (const {line, fields} of body) {
    if (fields.length !== header.length) {
      throw new OutcomeFormatError(file, line, header[Math.min(fields.length, header.length - 1)], `expected ${header.length} fields, found ${fields.length}`);
    }
    const get = (name: string) => (fields[col[name]] ?? "").trim();
    const country = get("country");
    const iso3 = get("iso3");
    if (!country && !iso3) throw new OutcomeFormatError(file, line, "country", "country and iso3 are both empty");
    const mapping = mapTidyGeo(iso3, country);
    if (!mapping) {
      throw new OutcomeFormatError(
        file,
        line,
        "iso3",
        iso3
          ? `unknown ISO 3166-1 alpha-3 code "${iso3}" (country "${country}"); an aggregate needs an empty iso3 or an aggregate code (EU28, EU27_2020, OECD, WORLD) and a label such as "EU average"`
          : `iso3 is empty but "${country}" is not an aggregate (EU, OECD average, World, ...)`
      );
    }
    const year = parseYear(get("year"), file, line, "year");
    const indicator = get("indicator");
    if (!indicator) throw new OutcomeFormatError(file, line, "indicator", "empty indicator");
    const unit = get("unit");
    if (!unit) throw new OutcomeFormatError(file, line, "unit", "empty unit");
    const value = parseValue(get("value"), file, line, "value");
    const group = get("group") || "all";
    const note = col.note !== undefined ? get("note") || null : null;
    rows.push({
      iso3: mapping.iso3,
      geo: iso3 || country,
      geoLabel: country || iso3,
      isAggregate: mapping.isAggregate,
      year,
      indicator,
      indicatorLabel: indicator,
      group,
      groupLabel: group,
      value,
      flag: null,
      unit,
      source: get("source"),
      sourceFile: file,
      row: line,
      note,
      conflict: false,
      derived: false,
      dimensions: Object.fromEntries(extra.map((h) => [h, get(h)])),
      dimensionLabels: {}
    });
  }
  const resolved = resolveDuplicates(rows, file, "keep", "value");
  return {...resolved, rows: body.length};
}
