/**
 * The one observation schema every outcome parser produces, and the reports that travel with it.
 *
 * One row is one value for one geography, year, indicator and population group:
 * - `indicator` + `group` identify a series. For Eurostat exports the indicator is the dataset code plus the
 *   key dimensions that are not population groups (`lfsa_ergan.Y20-64`) and the group joins the
 *   population-group dimensions, sorted by name (`citizen=NEU27_2020_FOR;sex=T`). Tidy files give both as text.
 * - `value` is null when the source marks the cell missing (Eurostat `:` or an empty OBS_VALUE, an empty tidy
 *   value). Missing cells are kept as rows, never dropped, so coverage tables can show them.
 * - `flag` is the Eurostat observation flag as published (`b`, `u`, `bu`, ...), or null.
 * - `iso3` is the ISO 3166-1 alpha-3 code, or null for aggregates (`isAggregate`: EU27_2020, OECD average, ...).
 */
export interface Observation {
  iso3: string | null;
  /** The geography as the source spells it: a Eurostat geo code (`EL`, `EU27_2020`) or a tidy file's country. */
  geo: string;
  geoLabel: string;
  isAggregate: boolean;
  year: number;
  indicator: string;
  indicatorLabel: string;
  group: string;
  groupLabel: string;
  value: number | null;
  flag: string | null;
  unit: string;
  source: string;
  /** The file the row came from, as the caller named it (the loader: path inside its outcome folder). */
  sourceFile: string;
  /** 1-based line number of the row in `sourceFile` (0 for derived observations). */
  row: number;
  note: string | null;
  /** True when this or another file gives another, different value for this geography, year, indicator and group. */
  conflict: boolean;
  /** True for values computed in lib/outcomes/derived.ts rather than read from a file. */
  derived: boolean;
  /** Dimension codes (Eurostat) or extra columns (tidy), e.g. `{sex: "T", citizen: "NAT", age: "Y20-64"}`. */
  dimensions: Record<string, string>;
  /** Human-readable labels of the dimension codes, where the source gives or implies them. */
  dimensionLabels: Record<string, string>;
}

/** A row (or cell) that was read but not turned into an observation, with the reason. Never silent. */
export interface Exclusion {
  file: string;
  row: number;
  column: string;
  code: string;
  reason: "unknown-geography" | "duplicate";
  message: string;
}

/**
 * Rows that give different values for the same geography, year, indicator and group: in one file, or in
 * several (lib/outcomes/cross-file.ts). `files`, `rows`, `columns` and `values` run in parallel.
 */
export interface Conflict {
  /** The file, or the files joined with "; " when the rows come from more than one. */
  file: string;
  files: string[];
  geo: string;
  iso3: string | null;
  year: number;
  indicator: string;
  group: string;
  rows: number[];
  columns: string[];
  values: (number | null)[];
}

/** What each parser returns. `rows` counts the data rows read (TSV: rows × year columns = cells). */
export interface ParseResult {
  observations: Observation[];
  exclusions: Exclusion[];
  conflicts: Conflict[];
  rows: number;
}

/** Options every parser takes: the file's name as it should appear in observations and errors. */
export interface ParseOptions {
  file: string;
}

/**
 * Bad input: the message names the file, the 1-based line and the column.
 *
 * @example
 * new OutcomeFormatError("x.csv", 3, "value", 'not a number: "abc"').message
 * // 'x.csv, row 3, column "value": not a number: "abc"'
 */
export class OutcomeFormatError extends Error {
  constructor(
    readonly file: string,
    readonly row: number,
    readonly column: string,
    readonly detail: string
  ) {
    super(`${file}, row ${row}, column "${column}": ${detail}`);
    this.name = "OutcomeFormatError";
  }
}
