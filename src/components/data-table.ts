import {DownloadTable} from "./table-downloads.js";
import {cellText, integer} from "./lib/format.js";

/** What a cell shows: text, or an element (a link, a code span). */
type Cell = string | Node;

/** How one column's values are shown; called as `(value, rowIndex, rows)` like Inputs.table's `format`. */
// Rows are whatever a page passes (numbers, strings, dates, nulls), as with Inputs.table.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CellFormat = (value: any, index: number, rows: readonly Record<string, any>[]) => Cell | null | undefined;

export interface DataTableOptions {
  /** Columns to show, in order; all keys of the first row by default. */
  columns?: readonly string[];
  /** Header text by column (the column name by default). Headers wrap at spaces, never within a word. */
  header?: Record<string, string>;
  /** A formatter by column. Numbers without one are formatted by {@link cellText}. */
  format?: Record<string, CellFormat>;
  /** Alignment by column; numeric columns (every present value a number) are right-aligned by default. */
  align?: Record<string, "left" | "right" | "center">;
  /** A minimum width by column, in CSS pixels (widths otherwise come from the content). */
  width?: Record<string, number>;
  /** The column the rows are first sorted by (the reader can sort by any column), descending with `reverse`. */
  sort?: string;
  reverse?: boolean;
  /** Rows visible before the table scrolls vertically (all by default). */
  rows?: number;
  /** The table's accessible name; the nearest heading above it by default (set when it is shown). */
  label?: string;
  /** The table's download links beside it (CSV and JSON of every row, not just the visible ones). */
  download?: {filename: string; columns?: string[]};
  document?: Document;
  /** Accepted for the pages' Inputs.table calls and ignored: a DataTable never selects and lays out by content. */
  select?: boolean;
  layout?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

/** Rows drawn at first and at each "Show more": a 49,000-row query result must not build 49,000 rows at once. */
export const ROWS_PER_PAGE = 500;

/** Values that sort last whatever the direction. */
function isMissing(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "number" && Number.isNaN(value));
}

/**
 * The order of two cell values: numbers by value, dates by time, anything else as text (numeric-aware,
 * so "Indicator 10" follows "Indicator 9"); missing values last.
 *
 * @example
 * [3, null, 1, 2].sort(compareCells) // [1, 2, 3, null]
 */
export function compareCells(a: unknown, b: unknown): number {
  const ma = isMissing(a);
  const mb = isMissing(b);
  if (ma || mb) return ma && mb ? 0 : ma ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  return String(a).localeCompare(String(b), "en", {numeric: true});
}

/**
 * Whether a column holds numbers: at least one value and every present value a number.
 *
 * @example
 * isNumericColumn([{x: 1}, {x: null}], "x") // true
 */
export function isNumericColumn(rows: readonly Row[], column: string): boolean {
  let seen = false;
  for (const row of rows) {
    const v = row[column];
    if (isMissing(v)) continue;
    if (typeof v !== "number") return false;
    seen = true;
  }
  return seen;
}

/**
 * A table that can be read at any width: headers wrap between words, column widths come from the
 * content, numbers are right-aligned and formatted once ({@link cellText}), no cell is cut off (the
 * table scrolls sideways in its own box when it is wider than the page), long tables scroll within a
 * height, the reader sorts by clicking a header, and the table's downloads sit beside it. Takes the
 * options of Inputs.table that the pages use (`columns`, `header`, `format`, `sort`, `reverse`,
 * `rows`, `width`) so a page swaps one call for the other.
 *
 * @example
 * const table = DataTable([{name: "Sweden", score: 85.7}], {header: {name: "Country", score: "Overall score"}, document});
 * table.querySelector("tbody td:last-child").textContent // "85.70"
 */
export function DataTable(data: Iterable<Row> | ArrayLike<Row>, options: DataTableOptions = {}): HTMLElement {
  const {document = globalThis.document, header = {}, format = {}, align = {}, width = {}, download, label} = options;
  const rows: Row[] = Array.from(data as Iterable<Row>);
  const columns = [...(options.columns ?? Object.keys(rows[0] ?? {}))];
  const numeric = new Set(columns.filter((c) => isNumericColumn(rows, c)));
  const alignOf = (c: string): string => align[c] ?? (numeric.has(c) ? "right" : "left");

  const figure = document.createElement("div");
  figure.className = "mipex-table";
  const scroller = document.createElement("div");
  scroller.className = "mipex-table-scroll";
  // The box scrolls, so a keyboard must reach it (axe: scrollable-region-focusable) and it needs a name.
  scroller.tabIndex = 0;
  scroller.setAttribute("role", "region");
  if (label) scroller.setAttribute("aria-label", label);
  if (options.rows !== undefined && rows.length > options.rows) {
    scroller.classList.add("mipex-table-tall");
    scroller.style.maxHeight = `${(options.rows + 1.5) * 2}em`;
  }
  const table = document.createElement("table");
  const thead = document.createElement("thead");
  const headRow = document.createElement("tr");
  const tbody = document.createElement("tbody");
  let sortColumn = options.sort;
  let descending = Boolean(options.reverse);
  let drawn = ROWS_PER_PAGE;
  const more = document.createElement("button");
  more.type = "button";
  more.className = "mipex-table-more";
  more.addEventListener("click", () => {
    drawn += ROWS_PER_PAGE;
    render();
  });

  const buttons = columns.map((column) => {
    const th = document.createElement("th");
    th.scope = "col";
    th.style.textAlign = alignOf(column);
    if (width[column]) th.style.minWidth = `${width[column]}px`;
    const sortButton = document.createElement("button");
    sortButton.type = "button";
    sortButton.className = "mipex-table-sort";
    sortButton.textContent = header[column] ?? column;
    sortButton.title = `Sort by ${header[column] ?? column}`;
    sortButton.addEventListener("click", () => {
      descending = sortColumn === column ? !descending : numeric.has(column);
      sortColumn = column;
      render();
    });
    th.append(sortButton);
    headRow.append(th);
    return {column, th};
  });
  thead.append(headRow);
  table.append(thead, tbody);
  scroller.append(table);
  figure.append(scroller, more);
  if (download && rows.length) figure.append(DownloadTable(rows, {filename: download.filename, columns: download.columns ?? columns, document}));

  function render(): void {
    const order = rows.map((_, i) => i);
    if (sortColumn !== undefined) {
      const key = sortColumn;
      order.sort((i, j) => {
        const a = rows[i][key];
        const b = rows[j][key];
        if (isMissing(a) || isMissing(b)) return compareCells(a, b);
        return descending ? compareCells(b, a) : compareCells(a, b);
      });
    }
    for (const {column, th} of buttons) {
      if (column === sortColumn) th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    }
    more.hidden = order.length <= drawn;
    more.textContent = `Show ${Math.min(ROWS_PER_PAGE, order.length - drawn)} more of ${integer(order.length)} rows`;
    tbody.replaceChildren(
      ...order.slice(0, drawn).map((i) => {
        const tr = document.createElement("tr");
        for (const column of columns) {
          const td = document.createElement("td");
          const value = rows[i][column];
          const shown = format[column] ? format[column](value, i, rows) : cellText(value);
          td.append(shown === null || shown === undefined ? cellText(null) : shown);
          const side = alignOf(column);
          if (side !== "left") td.style.textAlign = side;
          if (numeric.has(column)) td.classList.add("mipex-table-number");
          tr.append(td);
        }
        return tr;
      })
    );
    if (!rows.length) {
      const tr = document.createElement("tr");
      const td = document.createElement("td");
      td.colSpan = Math.max(1, columns.length);
      td.textContent = "No rows.";
      tr.append(td);
      tbody.append(tr);
    }
  }
  render();
  return figure;
}
