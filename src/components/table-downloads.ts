// "Download CSV · JSON" for the table behind a chart (DownloadTable), and the CSV text itself (rowsToCsv).
import {csvFormat} from "d3-dsv";
import {saveFile} from "./save-file.js";

export interface DownloadOptions {
  /** File name without extension. */
  filename: string;
  /** Columns to write, in order; all keys of the first row by default. */
  columns?: string[];
  document?: Document;
}

/**
 * Rows as CSV text, header first, empty cells for null.
 *
 * @example
 * rowsToCsv([{a: 1, b: null}]) // "a,b\n1,"
 */
export function rowsToCsv(rows: readonly Record<string, unknown>[], columns?: string[]): string {
  const names = columns ?? Object.keys(rows[0] ?? {});
  return csvFormat(
    rows.map((row) =>
      Object.fromEntries(
        names.map((n) => [n, row[n] === null || row[n] === undefined ? "" : typeof row[n] === "object" ? JSON.stringify(row[n]) : String(row[n])])
      )
    ),
    names
  );
}

/**
 * "Download CSV · JSON" links for the table behind a chart. The files are made in the browser from the
 * rows shown, so they are exactly what the page displays.
 *
 * @example
 * display(DownloadTable(overview.ranking, {filename: "mipex-ranking-2019"}));
 */
export function DownloadTable(rows: readonly Record<string, unknown>[], {filename, columns, document = globalThis.document}: DownloadOptions): HTMLElement {
  const span = document.createElement("span");
  span.className = "mipex-downloads";
  span.append("Download the table: ");
  span.append(link(document, `${filename}.csv`, "text/csv", rowsToCsv(rows, columns), "CSV"));
  span.append(" · ");
  const projected = columns ? rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c]]))) : rows;
  span.append(link(document, `${filename}.json`, "application/json", JSON.stringify(projected, null, 2), "JSON"));
  return span;
}

function link(document: Document, filename: string, type: string, content: string, label: string): HTMLAnchorElement {
  const a = document.createElement("a");
  a.download = filename;
  a.textContent = label;
  a.href = "#";
  // The blob is made on click, so large tables cost nothing until someone downloads them.
  a.addEventListener("click", (event) => {
    event.preventDefault();
    saveFile(document, filename, new Blob([content], {type}));
  });
  return a;
}
