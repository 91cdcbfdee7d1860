/**
 * The workspace's tidy tables: names, column types and meanings. One description drives the Arrow and
 * Parquet writers, the CLI, the data page and the data package, so a column is documented once.
 */
export type ColumnType = "string" | "float" | "int" | "bool";

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  description: string;
  nullable?: boolean;
}

export interface TableSpec {
  name: string;
  description: string;
  /** The columns that identify a row; the loaders reject duplicates of these. */
  key: string[];
  columns: ColumnSpec[];
}

const iso3: ColumnSpec = {name: "iso3", type: "string", description: "ISO 3166-1 alpha-3 country code"};
const year: ColumnSpec = {name: "year", type: "int", description: "Year the policy score describes"};
const edition: ColumnSpec = {
  name: "edition",
  type: "string",
  description: 'MIPEX edition: "2020" (2007–2019, 56 countries) or "2025" (EU update, 2020–2024); never mix the two in one series'
};
const area: ColumnSpec = {name: "area", type: "string", description: "Policy area id, e.g. labour_market_mobility"};
const published: ColumnSpec = {name: "published", type: "float", nullable: true, description: "The score as the official workbook publishes it (unrounded)"};
const recomputed: ColumnSpec = {
  name: "recomputed",
  type: "float",
  nullable: true,
  description: "The score recomputed by the workspace from the indicator scores"
};
const mismatch: ColumnSpec = {name: "mismatch", type: "bool", nullable: true, description: "True when published and recomputed differ by more than 1e-6"};
const note: ColumnSpec = {name: "note", type: "string", nullable: true, description: "Why published and recomputed differ, or why one is missing"};
const sourceCell: ColumnSpec = {
  name: "source_cell",
  type: "string",
  nullable: true,
  description: "Sheet and cell of the official workbook the published value was read from"
};

export const TABLE_SPECS: readonly TableSpec[] = [
  {
    name: "countries",
    description: "Countries with codes and the groups MIPEX compares (EU27, OECD in 2019, traditional destinations)",
    key: ["iso3"],
    columns: [
      iso3,
      {name: "iso2", type: "string", description: "ISO 3166-1 alpha-2 code"},
      {name: "iso_numeric", type: "string", description: "ISO 3166-1 numeric code (world-atlas geometry id)"},
      {name: "name", type: "string", description: "Country name"},
      {name: "region", type: "string", description: "UN region (world-countries package)"},
      {name: "subregion", type: "string", description: "UN subregion (world-countries package)"},
      {name: "eu27", type: "bool", description: "EU member state since 2020 (is-eu-member package)"},
      {name: "oecd", type: "bool", description: "OECD member in 2019"},
      {name: "oecd_since", type: "int", nullable: true, description: "Year of OECD accession"},
      {name: "traditional_destination", type: "bool", description: "Australia, Canada, New Zealand, United States"},
      {name: "in_edition_2020", type: "bool", description: "Scored in MIPEX 2020"},
      {name: "in_edition_2025", type: "bool", description: "Scored in the 2025 EU update"}
    ]
  },
  {
    name: "indicators",
    description: "The indicators and sub-indicators of each policy area, with their weights in the area score",
    key: ["code"],
    columns: [
      {name: "code", type: "string", description: "Indicator code as most workbook sheets spell it"},
      area,
      {name: "level", type: "string", description: '"indicator" (averaged into the area score) or "sub-indicator" (details an indicator)'},
      {name: "parent", type: "string", nullable: true, description: "For a sub-indicator, the indicator it details"},
      {name: "position", type: "int", description: "Position in the area's block, left to right"},
      {name: "weight", type: "float", description: "Weight in the area score, from the workbooks' area formulas"},
      {name: "title", type: "string", description: "Title in the workbook"},
      // Three items have no question text in any sheet: the column is nullable rather than required.
      {name: "description", type: "string", nullable: true, description: "Question in the workbook; empty where no sheet gives one"},
      {name: "answer_options", type: "string", description: "Answer options and their scores, where the sheet gives them"}
    ]
  },
  {
    name: "indicator_scores",
    description: "Every indicator and sub-indicator score by country, year and edition",
    key: ["iso3", "year", "indicator", "edition"],
    columns: [
      iso3,
      year,
      {name: "indicator", type: "string", description: "Indicator code (see indicators)"},
      {name: "score", type: "float", description: "Score, 0–100 (answers score 0, 50 or 100; composite indicators can take other values)"},
      edition,
      {name: "level", type: "string", description: "indicator or sub-indicator"},
      area,
      {...sourceCell, nullable: false}
    ]
  },
  {
    name: "area_scores",
    description: "Policy-area scores by country and year: published beside recomputed",
    key: ["iso3", "year", "edition", "area"],
    columns: [iso3, year, edition, area, published, recomputed, mismatch, note, {...sourceCell, nullable: false}]
  },
  {
    name: "overall_scores",
    description: "Overall scores with health, without health, and without health and education: published beside recomputed",
    key: ["iso3", "year", "edition", "variant"],
    columns: [
      iso3,
      year,
      edition,
      {name: "variant", type: "string", description: "with_health, without_health or without_health_education"},
      published,
      recomputed,
      mismatch,
      note,
      sourceCell
    ]
  },
  {
    name: "comments",
    description: "Coders' comments on indicator scores",
    key: ["iso3", "year", "edition", "indicator"],
    columns: [
      iso3,
      year,
      edition,
      {name: "indicator", type: "string", description: "Indicator code"},
      {name: "comment", type: "string", description: "Comment text"}
    ]
  },
  {
    name: "approach_groups",
    description: "The integration approach each mipex.eu country page states (published classification)",
    key: ["iso3", "reference_year", "approach"],
    columns: [
      iso3,
      {name: "country", type: "string", description: "Country name as on mipex.eu"},
      {name: "reference_year", type: "int", description: "Year the classification refers to"},
      {name: "approach", type: "string", description: "Comprehensive integration, Temporary integration, Equality on paper or Immigration without integration"},
      {name: "top_ten", type: "bool", description: "Named among the Top Ten"},
      {name: "confidence", type: "string", description: "high, or low where the page was not retrieved or contradicts itself"},
      {name: "source_url", type: "string", description: "The page the classification was read from"},
      {name: "note", type: "string", nullable: true, description: "What the page says"},
      {name: "conflict", type: "bool", description: "The source gives this country and year more than one approach; both rows are kept"}
    ]
  },
  {
    name: "load_warnings",
    description: "Inconsistencies inside the official workbooks, loaded anyway and counted",
    key: ["kind", "file", "sheet", "cell"],
    columns: [
      {name: "kind", type: "string", description: "formula-error, not-scored-note, erratum, code-variant, level-row, area-formula, two-codes, ..."},
      {name: "file", type: "string", description: "Workbook file"},
      {name: "sheet", type: "string", nullable: true, description: "Sheet"},
      {name: "cell", type: "string", nullable: true, description: "Cell"},
      {name: "message", type: "string", description: "What was found and how it was read"}
    ]
  }
];

/** The spec of a table by name; throws for an unknown name. */
export function tableSpec(name: string): TableSpec {
  const spec = TABLE_SPECS.find((t) => t.name === name);
  if (!spec) throw new Error(`Unknown table "${name}"; tables are ${TABLE_SPECS.map((t) => t.name).join(", ")}`);
  return spec;
}
