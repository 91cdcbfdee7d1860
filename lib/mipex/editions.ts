import {SHEET_TO_ISO3} from "../countries/sheet-codes.ts";
import type {AreaId} from "./areas.ts";

/** The two MIPEX editions the workspace reads. Their series never mix: every table row carries one. */
export type Edition = "2020" | "2025";

/**
 * What every country sheet of an edition holds: each area block with its items (indicators and
 * sub-indicators), and a row for each scored year in the Overall Scores block and in every area block.
 * A sheet cut short or with a relabelled block lacks some of it, and is refused rather than read in part.
 */
export interface EditionShape {
  items: Readonly<Record<AreaId, number>>;
  years: readonly number[];
}

export interface EditionSpec {
  edition: Edition;
  /** The sheets the official workbook must hold. */
  sheets: readonly string[];
  shape: EditionShape;
}

const CORE_SHEETS = [...SHEET_TO_ISO3.keys()].filter((s) => !["GB", "TR", "EL"].includes(s));

/** Items per area block, the same in every sheet of both official workbooks (79 items in all). */
const MIPEX_2020_ITEMS: Readonly<Record<AreaId, number>> = {
  labour_market_mobility: 9,
  family_reunification: 16,
  education: 12,
  political_participation: 5,
  permanent_residence: 7,
  access_to_nationality: 8,
  anti_discrimination: 10,
  health: 12
};

/** The years from `first` to `last`. */
function yearRange(first: number, last: number): number[] {
  return Array.from({length: last - first + 1}, (_, i) => first + i);
}

/**
 * MIPEX 2020: 56 countries, 2007–2019 (a few 2020 updates). Every sheet has rows for 2014–2019; 52
 * sheets start in 2007 and four (AE, JO, SA, ZA) in 2014.
 */
export const EDITION_2020: EditionSpec = {edition: "2020", sheets: CORE_SHEETS, shape: {items: MIPEX_2020_ITEMS, years: yearRange(2014, 2019)}};

/** The 2025 EU update: the EU27 and Canada, 2020 onwards; every sheet has 2020–2023, 15 also 2024. */
export const EDITION_2025: EditionSpec = {
  edition: "2025",
  sheets: [
    "AT",
    "BE",
    "BG",
    "CA",
    "CY",
    "CZ",
    "DE",
    "DK",
    "EE",
    "ES",
    "FI",
    "FR",
    "GR",
    "HR",
    "HU",
    "IE",
    "IT",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SE",
    "SI"
  ],
  shape: {items: MIPEX_2020_ITEMS, years: yearRange(2020, 2023)}
};
