import {cellAddress} from "./sheet-grid.ts";

/** Where in a workbook something was found: every message names file, sheet, row and column. */
export interface WorkbookLocation {
  file: string;
  sheet?: string;
  row?: number;
  column?: number;
}

/**
 * "file.xlsx, sheet SE, row 45, column E (E45)": the location as a user would look for it in Excel.
 *
 * @example
 * describeLocation({file: "a.xlsx", sheet: "SE", row: 45, column: 5}) // "a.xlsx, sheet SE, row 45, column E (E45)"
 */
export function describeLocation({file, sheet, row, column}: WorkbookLocation): string {
  const parts = [file];
  if (sheet !== undefined) parts.push(`sheet ${sheet}`);
  if (row !== undefined) parts.push(`row ${row}`);
  if (column !== undefined) {
    const address = cellAddress(row ?? 1, column).replace(/\d+$/, "");
    parts.push(row !== undefined ? `column ${address} (${cellAddress(row, column)})` : `column ${address}`);
  }
  return parts.join(", ");
}

/** Bad input that stops loading: the message says what is wrong and exactly where. */
export class WorkbookError extends Error {
  readonly location: WorkbookLocation;
  constructor(location: WorkbookLocation, problem: string) {
    super(`${describeLocation(location)}: ${problem}`);
    this.name = "WorkbookError";
    this.location = location;
  }
}

/** An inconsistency inside an official workbook that is loaded anyway, counted and reported. */
export interface WorkbookWarning {
  kind: string;
  location: WorkbookLocation;
  message: string;
}

export function warning(kind: string, location: WorkbookLocation, problem: string): WorkbookWarning {
  return {kind, location, message: `${describeLocation(location)}: ${problem}`};
}
