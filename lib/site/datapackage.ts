/**
 * The workspace's tidy tables as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/):
 * one tabular resource per table, pointing at its CSV, with a Table Schema built from the table's spec
 * (types, descriptions, nullability, primary key), its sources and licences. Pure: the loader
 * `src/data/datapackage.json.ts` gives it the specs, row counts, file hashes and sources.
 */
import type {ColumnType, TableSpec} from "../mipex/table-specs.ts";

/** A source as data/manifest.json describes it, with the sha256 of the file actually read. */
export interface PackageSource {
  id: string;
  path: string;
  title: string;
  edition?: string;
  sha256: string | null;
  actualSha256?: string;
  download: string;
  licence: string;
  citation: string;
}

/** One table to describe: its spec, and facts about the files built from it. */
export interface PackageTable {
  spec: TableSpec;
  rows: number;
  /** Folder of the table's files, relative to datapackage.json, e.g. "mipex". */
  folder: string;
  /** Bytes and sha256 of the CSV the resource points at. */
  csv: {bytes: number; sha256: string};
  /** Ids of the sources the table is read from. */
  sources: string[];
}

/** Frictionless Table Schema field types for the spec's column types. */
export const FIELD_TYPES: Readonly<Record<ColumnType, string>> = {string: "string", float: "number", int: "integer", bool: "boolean"};

/**
 * Which manifest sources each MIPEX table is read from. Countries take their codes and groups from
 * npm packages (world-countries, is-eu-member) and their membership of an edition from the workbooks.
 */
export const MIPEX_TABLE_SOURCES: Readonly<Record<string, readonly string[]>> = {
  countries: ["mipex_core", "mipex_eu"],
  indicators: ["mipex_core", "mipex_eu"],
  indicator_scores: ["mipex_core", "mipex_eu"],
  area_scores: ["mipex_core", "mipex_eu"],
  overall_scores: ["mipex_core", "mipex_eu"],
  comments: ["mipex_core", "mipex_eu"],
  approach_groups: ["approach_groups"],
  load_warnings: ["mipex_core", "mipex_eu"]
};

const URL_PATTERN = /https?:\/\/[^\s);,]+/;

export const WORKSPACE_LICENSE = {
  name: "MIT",
  path: "https://opensource.org/licenses/MIT",
  title: "MIT License (the workspace's code and derived table layout)"
};

/** Frictionless license object for a source's licence text (MIPEX data has no SPDX licence). */
export function sourceLicense(source: PackageSource): {title: string; path: string} {
  return {title: source.licence, path: source.download.match(URL_PATTERN)?.[0] ?? "https://www.mipex.eu"};
}

function frictionlessSource(source: PackageSource): Record<string, unknown> {
  const match = source.download.match(URL_PATTERN);
  return {
    title: source.title,
    ...(match ? {path: match[0]} : {}),
    "mipex:file": source.path,
    "mipex:sha256": source.actualSha256 ?? source.sha256,
    "mipex:citation": source.citation
  };
}

/** Table Schema of a spec: fields with types and descriptions, required unless nullable, primary key. */
export function tableSchema(spec: TableSpec): Record<string, unknown> {
  return {
    fields: spec.columns.map((c) => ({
      name: c.name,
      type: FIELD_TYPES[c.type],
      description: c.description,
      ...(c.type === "bool" ? {trueValues: ["true"], falseValues: ["false"]} : {}),
      ...(c.nullable ? {} : {constraints: {required: true}})
    })),
    primaryKey: [...spec.key],
    missingValues: [""]
  };
}

export interface DataPackageOptions {
  tables: readonly PackageTable[];
  sources: readonly PackageSource[];
  version: string;
  /** ISO date-time the package was made; omitted when undefined, so builds stay reproducible. */
  created?: string;
}

/**
 * The data package descriptor.
 *
 * @example
 * import {TABLE_SPECS} from "../mipex/table-specs.ts";
 * const spec = TABLE_SPECS.find((s) => s.name === "countries")!;
 * const source = {id: "mipex_core", path: "mipex/mipex_core_2007-2019.xlsx", title: "MIPEX 2020", sha256: null, download: "www.mipex.eu", licence: "CC BY", citation: "Solano and Huddleston 2020"};
 * const descriptor = dataPackage({tables: [{spec, rows: 56, folder: "mipex", csv: {bytes: 4096, sha256: "ab12"}, sources: ["mipex_core"]}], sources: [source], version: "0.1.0"});
 * descriptor.resources[0].path // "mipex/countries.csv"
 */
export function dataPackage({tables, sources, version, created}: DataPackageOptions): Record<string, unknown> & {resources: Record<string, unknown>[]} {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const sourcesOf = (ids: readonly string[]): PackageSource[] =>
    ids.map((id) => {
      const source = byId.get(id);
      if (!source) throw new Error(`datapackage: unknown source "${id}"; sources are ${[...byId.keys()].join(", ")}`);
      return source;
    });
  const licenses = [WORKSPACE_LICENSE, ...uniqueBy(sources.map(sourceLicense), (l) => l.title)];
  return {
    profile: "tabular-data-package",
    name: "mipex-workspace",
    title: "MIPEX Workspace: tidy tables of the Migrant Integration Policy Index",
    description:
      "Every tidy table of the MIPEX Workspace as CSV (Parquet and Arrow IPC beside each CSV, see mipex:formats). " +
      "Scores are published by CIDOB and the Migration Policy Group; the workspace recomputes them beside the published values.",
    homepage: "https://www.mipex.eu",
    version,
    ...(created ? {created} : {}),
    licenses,
    sources: sources.map(frictionlessSource),
    contributors: [{title: "MIPEX Workspace contributors", role: "author"}],
    resources: tables.map(({spec, rows, folder, csv, sources: ids}) => {
      const used = sourcesOf(ids);
      return {
        name: spec.name,
        title: spec.name.replace(/_/g, " "),
        description: spec.description,
        profile: "tabular-data-resource",
        path: `${folder}/${spec.name}.csv`,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: csv.bytes,
        hash: `sha256:${csv.sha256}`,
        dialect: {delimiter: ",", doubleQuote: true, header: true},
        schema: tableSchema(spec),
        sources: used.map(frictionlessSource),
        licenses: uniqueBy(used.map(sourceLicense), (l) => l.title),
        "mipex:rows": rows,
        "mipex:formats": {csv: `${folder}/${spec.name}.csv`, parquet: `${folder}/${spec.name}.parquet`, arrow: `${folder}/${spec.name}.arrow`}
      };
    })
  };
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}
