/** The parsers the loader can pick. */
export type OutcomeFormat = "eurostat-sdmx" | "eurostat-tsv" | "tidy";

/**
 * The column a format's values stand in, for an observation of a given year: a tidy `value`, SDMX-CSV
 * `OBS_VALUE`, a Eurostat TSV's year column. Messages about a value name it.
 *
 * @example
 * valueColumnOf("eurostat-tsv")({year: 2019}) // "2019"
 */
export function valueColumnOf(format: OutcomeFormat): (o: {year: number}) => string {
  if (format === "tidy") return () => "value";
  if (format === "eurostat-sdmx") return () => "OBS_VALUE";
  return (o) => String(o.year);
}

/**
 * Picks the parser for a file from its name and first line: `*.tsv` → Eurostat TSV; a CSV whose header has
 * `TIME_PERIOD` and `OBS_VALUE` (or a `*.sdmx.csv`) → Eurostat SDMX-CSV; any other `*.csv` → tidy (whose parser
 * then names a missing column). Returns null for other files.
 *
 * @example
 * detectOutcomeFormat("eurostat/lfsa_ergan.tsv", "freq,unit,geo\\TIME_PERIOD\t2019 ") // "eurostat-tsv"
 * detectOutcomeFormat("mine.csv", "country,iso3,year,indicator,group,value,unit,source,note") // "tidy"
 */
export function detectOutcomeFormat(fileName: string, firstLine: string): OutcomeFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith(".tsv")) return "eurostat-tsv";
  if (!name.endsWith(".csv")) return null;
  if (name.endsWith(".sdmx.csv")) return "eurostat-sdmx";
  const header = firstLine
    .replace(/^\ufeff/, "")
    .split(",")
    .map((h) => h.trim().replace(/^"|"$/g, ""));
  if (header.includes("TIME_PERIOD") && header.includes("OBS_VALUE")) return "eurostat-sdmx";
  return "tidy";
}
