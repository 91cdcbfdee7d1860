/**
 * The outcome tables as downloadable tidy tables (src/data/outcomes.zip.ts): one spec per table drives
 * the CSV, Arrow and Parquet writers in loaders/tables/, as lib/mipex/table-specs.ts does for MIPEX.
 */
import type {TableSpec} from "../mipex/table-specs.ts";
import type {CatalogueEntry} from "./catalogue.ts";
import type {Conflict, Exclusion, Observation} from "./observation.ts";

export const OUTCOME_TABLE_SPECS: readonly TableSpec[] = [
  {
    name: "observations",
    description: "Every outcome value read from the outcome folders, then the derived indicators (derived = true); missing cells kept with value null",
    key: ["source_file", "row", "geo", "year", "indicator", "group"],
    columns: [
      {name: "iso3", type: "string", nullable: true, description: "ISO 3166-1 alpha-3 code; null for aggregates"},
      {name: "geo", type: "string", description: "Geography as the source spells it (Eurostat geo code or the tidy file's iso3/country)"},
      {name: "geo_label", type: "string", description: "Geography label"},
      {name: "is_aggregate", type: "bool", description: "EU, OECD average and other aggregates"},
      {name: "year", type: "int", description: "Year"},
      {name: "indicator", type: "string", description: "Indicator id (Eurostat: dataset + non-group key codes)"},
      {name: "indicator_label", type: "string", description: "Indicator label"},
      {name: "group", type: "string", description: "Population group (Eurostat: citizen/c_birth/sex codes)"},
      {name: "group_label", type: "string", description: "Group label"},
      {name: "value", type: "float", nullable: true, description: "Value; null where the source marks it missing"},
      {name: "flag", type: "string", nullable: true, description: "Eurostat observation flag (b, u, ...)"},
      {name: "unit", type: "string", description: "Unit"},
      {name: "source", type: "string", description: "Source as the file states it"},
      {name: "source_file", type: "string", description: "File inside its outcome folder"},
      {name: "row", type: "int", description: "1-based line in the file (0 for derived values)"},
      {name: "note", type: "string", nullable: true, description: "The source's note, or how a derived value was computed"},
      {
        name: "conflict",
        type: "bool",
        description: "This or another file gives a different value for this geography, year, indicator and group; left out of every statistic"
      },
      {name: "derived", type: "bool", description: "Computed by lib/outcomes/derived.ts"},
      {name: "dimensions", type: "string", description: "Dimension codes or extra columns, as JSON"}
    ]
  },
  {
    name: "catalogue",
    description: "One entry per indicator and group: definition, unit, years, sources and coverage of the 56 MIPEX countries",
    key: ["id"],
    columns: [
      {name: "id", type: "string", description: "indicator|group"},
      {name: "indicator", type: "string", description: "Indicator id"},
      {name: "group", type: "string", description: "Group"},
      {name: "label", type: "string", description: "Label"},
      {name: "group_label", type: "string", description: "Group label"},
      {name: "definition", type: "string", description: "What the number measures"},
      {name: "unit", type: "string", description: "Unit"},
      // A series whose every value is missing (a derived value in conflict, a column of ':') has no such year.
      {name: "years", type: "string", nullable: true, description: "Years with a value, space-separated; empty when every value of the series is missing"},
      {name: "source", type: "string", description: "First source"},
      {name: "source_files", type: "string", description: "Files, separated by '; '"},
      {name: "observations", type: "int", description: "Rows"},
      {name: "missing", type: "int", description: "Rows with value null"},
      {name: "conflicts", type: "int", description: "Rows in conflict"},
      {name: "mipex_countries", type: "int", description: "MIPEX countries with a value in at least one year"},
      {name: "coverage", type: "string", description: "Per year: MIPEX countries with a value, as year:count pairs"},
      {name: "derivation", type: "string", nullable: true, description: "For derived indicators: how they are computed"}
    ]
  },
  {
    name: "exclusions",
    description: "Rows read but not turned into observations (unknown geography, exact duplicates), with the reason",
    key: ["file", "row", "column", "code"],
    columns: [
      {name: "file", type: "string", description: "File"},
      {name: "row", type: "int", description: "1-based line"},
      {name: "column", type: "string", description: "Column"},
      {name: "code", type: "string", description: "The code or key concerned"},
      {
        name: "reason",
        type: "string",
        description: "unknown-geography, or duplicate (the same value as an earlier row of this or another file, named in message)"
      },
      {name: "message", type: "string", description: "What was found"}
    ]
  },
  {
    name: "conflicts",
    description:
      "Rows of one file, or of several files, giving different values for the same geography, year, indicator and group: shown, never averaged or picked, and left out of every statistic",
    key: ["file", "geo", "year", "indicator", "group"],
    columns: [
      {name: "file", type: "string", description: "File, or the files separated by '; ' when the rows come from more than one"},
      {name: "geo", type: "string", description: "Geography as written"},
      {name: "iso3", type: "string", nullable: true, description: "ISO3, null for aggregates"},
      {name: "year", type: "int", description: "Year"},
      {name: "indicator", type: "string", description: "Indicator"},
      {name: "group", type: "string", description: "Group"},
      {name: "rows", type: "string", description: "The lines, space-separated"},
      {name: "values", type: "string", description: "The disagreeing values, space-separated (empty = null)"},
      {name: "files", type: "string", description: "The file of each line, separated by '; '"}
    ]
  },
  {
    name: "files",
    description: "Every outcome file read, its format and counts",
    key: ["source_file", "folder"],
    columns: [
      {name: "source_file", type: "string", description: "File inside its outcome folder"},
      {name: "folder", type: "string", description: "shared (the read-only data folder) or user ($MIPEX_OUTCOMES_DIR, data/outcomes/)"},
      {name: "format", type: "string", description: "eurostat-sdmx, eurostat-tsv or tidy"},
      {name: "rows", type: "int", description: "Data rows read"},
      {name: "observations", type: "int", description: "Observations"},
      {name: "missing", type: "int", description: "Observations with value null"},
      {name: "exclusions", type: "int", description: "Rows excluded"},
      {name: "conflicts", type: "int", description: "Conflicts"}
    ]
  }
];

/** Observation as a table row. */
export function observationRow(o: Observation): Record<string, unknown> {
  return {
    iso3: o.iso3,
    geo: o.geo,
    geo_label: o.geoLabel,
    is_aggregate: o.isAggregate,
    year: o.year,
    indicator: o.indicator,
    indicator_label: o.indicatorLabel,
    group: o.group,
    group_label: o.groupLabel,
    value: o.value,
    flag: o.flag,
    unit: o.unit,
    source: o.source,
    source_file: o.sourceFile,
    row: o.row,
    note: o.note,
    conflict: o.conflict,
    derived: o.derived,
    dimensions: JSON.stringify(o.dimensions)
  };
}

/** Catalogue entry as a table row. */
export function catalogueRow(e: CatalogueEntry): Record<string, unknown> {
  return {
    id: e.id,
    indicator: e.indicator,
    group: e.group,
    label: e.label,
    group_label: e.groupLabel,
    definition: e.definition,
    unit: e.unit,
    years: e.years.join(" "),
    source: e.source,
    source_files: e.sourceFiles.join("; "),
    observations: e.observations,
    missing: e.missing,
    conflicts: e.conflicts,
    mipex_countries: e.mipexCountries,
    coverage: e.coverage.map((c) => `${c.year}:${c.countries}`).join(" "),
    derivation: e.derivation ?? null
  };
}

/** Exclusion as a table row. */
export function exclusionRow(e: Exclusion): Record<string, unknown> {
  return {...e};
}

/** Conflict as a table row. */
export function conflictRow(c: Conflict): Record<string, unknown> {
  return {
    file: c.file,
    geo: c.geo,
    iso3: c.iso3,
    year: c.year,
    indicator: c.indicator,
    group: c.group,
    rows: c.rows.join(" "),
    values: c.values.map((v) => (v === null ? "" : String(v))).join(" "),
    files: c.files.join("; ")
  };
}
