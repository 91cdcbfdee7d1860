import type {ApproachGroupRow} from "./approach-groups.ts";
import type {MipexTables} from "./build-tables.ts";

export interface CountryRow {
  iso3: string;
  iso2: string;
  iso_numeric: string;
  name: string;
  region: string;
  subregion: string;
  eu27: boolean;
  oecd: boolean;
  oecd_since: number | null;
  traditional_destination: boolean;
  in_edition_2020: boolean;
  in_edition_2025: boolean;
}

export interface LoadWarningRow {
  kind: string;
  file: string;
  sheet: string | null;
  cell: string | null;
  message: string;
}

/** Every table the workspace derives from the MIPEX sources (see table-specs.ts for the columns). */
export interface WorkspaceTables extends Omit<MipexTables, "warnings"> {
  countries: CountryRow[];
  approach_groups: ApproachGroupRow[];
  load_warnings: LoadWarningRow[];
}
