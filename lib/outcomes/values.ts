import {OutcomeFormatError} from "./observation.ts";

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Reads a numeric cell: empty → null (missing), a decimal number → its value, anything else → an
 * {@link OutcomeFormatError} naming file, row and column. Thousands separators and decimal commas are refused
 * rather than guessed; so are numbers too large to represent (`1e999`).
 *
 * @example
 * parseValue("70.4", "x.csv", 2, "OBS_VALUE") // 70.4
 * parseValue("", "x.csv", 2, "OBS_VALUE")     // null
 */
export function parseValue(cell: string, file: string, row: number, column: string): number | null {
  const text = cell.trim();
  if (text === "") return null;
  if (!NUMBER.test(text)) throw new OutcomeFormatError(file, row, column, `not a number: "${cell}"`);
  const value = Number(text);
  // 1e999 is written like a number but reads as Infinity: an error, never a value.
  if (!Number.isFinite(value)) throw new OutcomeFormatError(file, row, column, `not a finite number: "${cell}"`);
  return value;
}

/**
 * Reads a year cell: four digits between 1900 and 2100, else an {@link OutcomeFormatError}.
 *
 * @example
 * parseYear("2019", "x.csv", 2, "year") // 2019
 */
export function parseYear(cell: string, file: string, row: number, column: string): number {
  const text = cell.trim();
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= 1900 && year <= 2100)) throw new OutcomeFormatError(file, row, column, `not a year (YYYY): "${cell}"`);
  return year;
}
