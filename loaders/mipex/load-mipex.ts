import {readFileSync} from "node:fs";
import {basename} from "node:path";
import {countryByIso3} from "../../lib/countries/countries.ts";
import {SHEET_TO_ISO3} from "../../lib/countries/sheet-codes.ts";
import {parseApproachGroups} from "../../lib/mipex/approach-groups.ts";
import {buildTables} from "../../lib/mipex/build-tables.ts";
import type {CountryRow, WorkspaceTables} from "../../lib/mipex/workspace-tables.ts";
import {EDITION_2020, EDITION_2025, type EditionSpec} from "../../lib/mipex/editions.ts";
import {parseCountrySheet} from "../../lib/mipex/parse-country-sheet.ts";
import {cellAddress} from "../../lib/mipex/sheet-grid.ts";
import {locateSource, type LocatedSource} from "../data-sources.ts";
import {readWorkbook} from "./read-workbook.ts";

export type {WorkspaceTables};

export interface LoadedMipex {
  tables: WorkspaceTables;
  sources: LocatedSource[];
}

/**
 * Reads both official MIPEX workbooks and the published approach classification into the workspace's
 * tidy tables. Each workbook is read once; everything else is derived from these tables.
 *
 * @example
 * const {tables} = await loadMipex();
 * tables.overall_scores.filter((r) => r.edition === "2020" && r.year === 2019 && r.variant === "with_health").length // 56
 */
export async function loadMipex({warn}: {warn?: (message: string) => void} = {}): Promise<LoadedMipex> {
  const core = locateSource("mipex_core", {warn});
  const eu = locateSource("mipex_eu", {warn});
  const approaches = locateSource("approach_groups", {warn});
  const [coreSheets, euSheets] = await Promise.all([readEdition(core.file, EDITION_2020), readEdition(eu.file, EDITION_2025)]);
  const {warnings, ...mipex} = buildTables([coreSheets, euSheets]);
  const approachGroups = parseApproachGroups(readFileSync(approaches.file, "utf8"), basename(approaches.file));
  return {
    tables: {
      ...mipex,
      countries: countryRows(),
      approach_groups: approachGroups,
      load_warnings: warnings.map((w) => ({
        kind: w.kind,
        file: w.location.file,
        sheet: w.location.sheet ?? null,
        cell: w.location.row !== undefined && w.location.column !== undefined ? cellAddress(w.location.row, w.location.column) : null,
        message: w.message
      }))
    },
    sources: [core, eu, approaches]
  };
}

async function readEdition(file: string, spec: EditionSpec) {
  const grids = await readWorkbook(file);
  return {spec, file: basename(file), sheets: grids.map(parseCountrySheet)};
}

function countryRows(): CountryRow[] {
  const in2025 = new Set(EDITION_2025.sheets.map((s) => SHEET_TO_ISO3.get(s)));
  return EDITION_2020.sheets
    .map((sheet) => countryByIso3(SHEET_TO_ISO3.get(sheet)!))
    .map((c) => ({
      iso3: c.iso3,
      iso2: c.iso2,
      iso_numeric: c.isoNumeric,
      name: c.name,
      region: c.region,
      subregion: c.subregion,
      eu27: c.eu27,
      oecd: c.oecd,
      oecd_since: c.oecdSince,
      traditional_destination: c.traditionalDestination,
      in_edition_2020: true,
      in_edition_2025: in2025.has(c.iso3)
    }))
    .sort((a, b) => a.iso3.localeCompare(b.iso3));
}
