import {SHEET_TO_ISO3} from "../countries/sheet-codes.ts";

/** The two MIPEX editions the workspace reads. Their series never mix: every table row carries one. */
export type Edition = "2020" | "2025";

export interface EditionSpec {
  edition: Edition;
  /** The sheets the official workbook must hold. */
  sheets: readonly string[];
}

const CORE_SHEETS = [...SHEET_TO_ISO3.keys()].filter((s) => !["GB", "TR", "EL"].includes(s));

/** MIPEX 2020: 56 countries, 2007–2019 (a few 2020 updates). */
export const EDITION_2020: EditionSpec = {edition: "2020", sheets: CORE_SHEETS};

/** The 2025 EU update: the EU27 and Canada, 2020 onwards. */
export const EDITION_2025: EditionSpec = {
  edition: "2025",
  sheets: ["AT", "BE", "BG", "CA", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SK", "SE", "SI"]
};
