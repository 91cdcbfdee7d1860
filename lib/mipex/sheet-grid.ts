/**
 * A worksheet as the MIPEX parsers see it: plain cell values by 1-based row and column, with the
 * formula where the cell has one. Kept free of any xlsx library so the parsers are pure and testable.
 */
export type CellValue = number | string | boolean | null;

export interface Cell {
  value: CellValue;
  /** The formula text without "=", where the cell holds a formula (its value is the cached result). */
  formula?: string;
  /** Set when the cell holds an Excel error such as #DIV/0!. */
  error?: string;
}

export interface SheetGrid {
  /** The workbook file the sheet came from, for messages. */
  file: string;
  sheet: string;
  rowCount: number;
  columnCount: number;
  cell(row: number, column: number): Cell | undefined;
}

/**
 * The A1-style address of a cell.
 *
 * @example
 * cellAddress(45, 28) // "AB45"
 */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** The letters of a 1-based column number: 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The 1-based column number of column letters: "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A grid from a dense array of rows, for tests and small inputs (row 1 is `rows[0]`). */
export function gridFromRows(file: string, sheet: string, rows: (CellValue | Cell)[][]): SheetGrid {
  const cells = rows.map((row) => row.map((v) => (v !== null && typeof v === "object" ? v : {value: v})));
  return {
    file,
    sheet,
    rowCount: cells.length,
    columnCount: Math.max(0, ...cells.map((r) => r.length)),
    cell: (row, column) => cells[row - 1]?.[column - 1]
  };
}

/** The text of a cell, trimmed, or "" when it is empty or not text-like. */
export function cellText(grid: SheetGrid, row: number, column: number): string {
  const value = grid.cell(row, column)?.value;
  if (value === null || value === undefined) return "";
  return String(value).trim();
}
