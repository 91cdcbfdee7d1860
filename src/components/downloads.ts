import {csvFormat} from "d3-dsv";

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
    rows.map((row) => Object.fromEntries(names.map((n) => [n, row[n] === null || row[n] === undefined ? "" : typeof row[n] === "object" ? JSON.stringify(row[n]) : String(row[n])]))),
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

/**
 * "Download SVG · PNG" buttons for a chart (a Plot figure or svg). The SVG carries the page's current
 * text colour so it reads the same outside the page; the PNG is drawn at twice the size for print.
 */
export function DownloadChart(chart: Element, {filename, document = globalThis.document}: DownloadOptions): HTMLElement {
  const span = document.createElement("span");
  span.className = "mipex-downloads";
  span.append("Download the chart: ");
  const svgButton = button(document, "SVG", () => save(document, `${filename}.svg`, new Blob([serializeSvg(chart, document)], {type: "image/svg+xml"})));
  const pngButton = button(document, "PNG", async () => save(document, `${filename}.png`, await svgToPng(chart, document)));
  span.append(svgButton, " · ", pngButton);
  return span;
}

/** The chart's main svg as standalone SVG text. */
export function serializeSvg(chart: Element, document: Document): string {
  const svg = (chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector("svg:not(.plot-swatch svg)") ?? chart.querySelector("svg")) as SVGSVGElement | null;
  if (!svg) throw new Error("DownloadChart: the chart has no svg element");
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const view = document.defaultView;
  const color = view ? view.getComputedStyle(svg).color : "";
  if (color) clone.style.color = color;
  const background = view ? view.getComputedStyle(document.body).backgroundColor : "";
  if (background) clone.style.background = background;
  return new (view?.XMLSerializer ?? XMLSerializer)().serializeToString(clone);
}

async function svgToPng(chart: Element, document: Document): Promise<Blob> {
  const text = serializeSvg(chart, document);
  const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector("svg")!;
  const {width, height} = svg.getBoundingClientRect();
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(width * 2);
  canvas.height = Math.ceil(height * 2);
  const context = canvas.getContext("2d")!;
  context.scale(2, 2);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))), "image/png"));
}

function link(document: Document, filename: string, type: string, content: string, label: string): HTMLAnchorElement {
  const a = document.createElement("a");
  a.download = filename;
  a.textContent = label;
  a.href = "#";
  // The blob is made on click, so large tables cost nothing until someone downloads them.
  a.addEventListener("click", (event) => {
    event.preventDefault();
    save(document, filename, new Blob([content], {type}));
  });
  return a;
}

function button(document: Document, label: string, onClick: () => void | Promise<void>): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.addEventListener("click", () => void onClick());
  return b;
}

function save(document: Document, filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
