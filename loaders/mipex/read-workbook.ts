import {basename} from "node:path";
import ExcelJS from "exceljs";
import type {Cell, CellValue, SheetGrid} from "../../lib/mipex/sheet-grid.ts";
import {WorkbookError} from "../../lib/mipex/workbook-error.ts";

/**
 * Reads every worksheet of an xlsx file into plain grids, with exceljs's streaming reader (styles are
 * not read: the MIPEX workbooks carry many, and reading them doubles the time). Messages name the file
 * by its base name, as a user sees it in a folder.
 *
 * @example
 * const sheets = await readWorkbook("mipex_core_2007-2019.xlsx");
 * sheets.map((s) => s.sheet) // ["AE", "AL", ...]
 * @throws WorkbookError when the file is not a readable xlsx workbook.
 */
export async function readWorkbook(path: string): Promise<SheetGrid[]> {
  const file = basename(path);
  const grids: SheetGrid[] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      sharedStrings: "cache",
      hyperlinks: "ignore",
      styles: "ignore",
      worksheets: "emit",
      entries: "ignore"
    });
    for await (const worksheet of reader) grids.push(await readSheet(file, worksheet as unknown as StreamedSheet));
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError({file}, `not a readable xlsx workbook (${(error as Error).message})`);
  }
  return grids;
}

/** The parts of exceljs's streamed worksheet this reader uses (its typings omit them). */
interface StreamedSheet extends AsyncIterable<ExcelJS.Row> {
  name: string;
}

async function readSheet(file: string, worksheet: StreamedSheet): Promise<SheetGrid> {
  const rows: (Cell | undefined)[][] = [];
  // Shared formulas are written once, on their first cell; the others refer to it. The MIPEX sheets
  // share formulas down a column, so a child's formula is the master's with row numbers shifted.
  const masters = new Map<number, {formula: string; row: number}>();
  let columnCount = 0;
  for await (const row of worksheet) {
    const cells: (Cell | undefined)[] = [];
    row.eachCell({includeEmpty: false}, (cell, columnNumber) => {
      cells[columnNumber - 1] = toCell(cell, row.number, columnNumber, masters);
      columnCount = Math.max(columnCount, columnNumber);
    });
    rows[row.number - 1] = cells;
  }
  return {file, sheet: worksheet.name, rowCount: rows.length, columnCount, cell: (row, column) => rows[row - 1]?.[column - 1]};
}

function toCell(cell: ExcelJS.Cell, rowNumber: number, columnNumber: number, masters: Map<number, {formula: string; row: number}>): Cell {
  const value = cell.value;
  if (value === null || value === undefined) return {value: null};
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return {value};
  if (value instanceof Date) return {value: value.toISOString()};
  if (typeof value === "object") {
    if ("richText" in value) return {value: value.richText.map((part) => part.text).join("")};
    if ("error" in value) return {value: null, error: String(value.error)};
    if ("formula" in value || "sharedFormula" in value) {
      const text = "formula" in value ? value.formula : "";
      let formula: string | undefined;
      if (text) {
        formula = text;
        masters.set(columnNumber, {formula, row: rowNumber});
      } else {
        // The streaming reader gives a shared formula's other cells an empty formula; the MIPEX sheets
        // share formulas down a column, so the master is the last formula above in the same column.
        const master = masters.get(columnNumber);
        formula = master ? shiftRows(master.formula, rowNumber - master.row) : undefined;
      }
      // exceljs leaves `result` out of a master formula cell's `value` when the cached result is 0 (a
      // falsy check) but keeps it in `cell.result`; shared cells have it only in `value.result`.
      const result = "result" in value && value.result !== undefined ? value.result : cell.result;
      if (result !== null && typeof result === "object" && "error" in result) return {value: null, formula, error: String(result.error)};
      // The streaming reader parses an error result such as #DIV/0! as a number, giving NaN.
      if (typeof result === "number" && Number.isNaN(result)) return {value: null, formula, error: "an Excel error value (#DIV/0! or similar)"};
      return {value: plain(result), formula};
    }
    if ("text" in value) return {value: String((value as ExcelJS.CellHyperlinkValue).text)};
  }
  return {value: String(value)};
}

/**
 * A formula's relative row references moved down by `offset` rows, as Excel fills a shared formula.
 *
 * @example
 * shiftRows("AVERAGE(E24,$H$24)", 2) // "AVERAGE(E26,$H$24)"
 */
export function shiftRows(formula: string, offset: number): string {
  if (offset === 0) return formula;
  return formula.replace(
    /(\$?[A-Z]{1,3})(\$?)(\d+)/g,
    (_, column: string, absolute: string, row: string) => `${column}${absolute}${absolute ? row : Number(row) + offset}`
  );
}

function plain(result: unknown): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
  if (result instanceof Date) return result.toISOString();
  return String(result);
}
