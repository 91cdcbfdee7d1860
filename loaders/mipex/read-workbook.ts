import {basename} from "node:path";
import ExcelJS from "exceljs";
import type {Cell, CellValue, SheetGrid} from "../../lib/mipex/sheet-grid.ts";
import {WorkbookError} from "../../lib/mipex/workbook-error.ts";

/**
 * Reads every worksheet of an xlsx file into plain grids. Messages name the file by its base name, as a
 * user sees it in a folder.
 *
 * @example
 * const sheets = await readWorkbook("mipex_core_2007-2019.xlsx");
 * sheets.map((s) => s.sheet) // ["AE", "AL", ...]
 * @throws WorkbookError when the file is not a readable xlsx workbook.
 */
export async function readWorkbook(path: string): Promise<SheetGrid[]> {
  const file = basename(path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new WorkbookError({file}, `not a readable xlsx workbook (${(error as Error).message})`);
  }
  return workbook.worksheets.map((sheet) => toGrid(file, sheet));
}

function toGrid(file: string, sheet: ExcelJS.Worksheet): SheetGrid {
  const rows: (Cell | undefined)[][] = [];
  let columnCount = 0;
  sheet.eachRow({includeEmpty: false}, (row, rowNumber) => {
    const cells: (Cell | undefined)[] = [];
    row.eachCell({includeEmpty: false}, (cell, columnNumber) => {
      cells[columnNumber - 1] = toCell(cell);
      columnCount = Math.max(columnCount, columnNumber);
    });
    rows[rowNumber - 1] = cells;
  });
  return {file, sheet: sheet.name, rowCount: rows.length, columnCount, cell: (row, column) => rows[row - 1]?.[column - 1]};
}

function toCell(cell: ExcelJS.Cell): Cell {
  const value = cell.value;
  if (value === null || value === undefined) return {value: null};
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return {value};
  if (value instanceof Date) return {value: value.toISOString()};
  if (typeof value === "object") {
    if ("richText" in value) return {value: value.richText.map((part) => part.text).join("")};
    if ("error" in value) return {value: null, error: String(value.error)};
    if ("formula" in value || "sharedFormula" in value) {
      const formula = cell.formula || undefined;
      // exceljs leaves `result` out of a formula cell's `value` when the cached result is 0 (a falsy
      // check), so the cell's own `result` is read: otherwise every formula scoring 0 would read as empty.
      const result = cell.result;
      if (result !== null && typeof result === "object" && "error" in result) return {value: null, formula, error: String(result.error)};
      return {value: plain(result), formula};
    }
    if ("text" in value) return {value: String((value as ExcelJS.CellHyperlinkValue).text)};
  }
  return {value: String(value)};
}

function plain(result: unknown): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
  if (result instanceof Date) return result.toISOString();
  return String(result);
}
