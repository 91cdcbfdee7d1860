// "Download SVG · PNG" for a chart (DownloadChart): the chart and its legends as one standalone picture.
import {saveFile} from "./save-file.js";

export interface ChartExportOptions {
  /** File name without extension. */
  filename: string;
  document?: Document;
}

/**
 * "Download SVG · PNG" buttons for a chart: a Plot figure or svg, or an element holding one (a `resize`
 * wrapper). Both files are the whole chart as one picture, its legends drawn above it (see chartToSvg);
 * the PNG is drawn at twice the size (or the screen's pixel ratio, if higher) for print.
 *
 * @example
 * display(DownloadChart(rankingChart, {filename: "mipex-ranking-2019"}));
 */
export function DownloadChart(chart: Element, {filename, document = globalThis.document}: ChartExportOptions): HTMLElement {
  const span = document.createElement("span");
  span.className = "mipex-downloads";
  span.append("Download the chart: ");
  // The chart is read on click: a `resize` wrapper replaces its contents when the page width changes.
  const svgButton = button(document, "SVG", () => saveFile(document, `${filename}.svg`, new Blob([serializeSvg(chart, document)], {type: "image/svg+xml"})));
  const pngButton = button(document, "PNG", async () => saveFile(document, `${filename}.png`, await svgToPng(chart, document)));
  span.append(svgButton, " · ", pngButton);
  return span;
}

const SVG_NS = "http://www.w3.org/2000/svg";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

/** A chart drawn as one svg element, ready to serialize, and its size in CSS pixels. */
export interface StandaloneSvg {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

/** The pieces of a rendered Plot chart, in the order Plot draws them. */
export interface ChartParts {
  /** The plot itself. */
  plot: SVGSVGElement;
  /** Legends before the plot: swatch legends (div) and ramp legends (svg). */
  legends: Element[];
  /** Plot's title (h2) and subtitle (h3), if any. */
  titles: Element[];
  /** Plot's own caption (figcaption inside Plot's figure), if any; not a caption added around it. */
  captions: Element[];
}

/**
 * Finds the plot, its legends, titles and caption in a rendered chart. Plot returns a bare svg, or,
 * with a legend, title or caption, a `<figure class="plot-…-figure">` holding them and the svg;
 * swatch legends are `div.plot-…-swatches` (one small svg per swatch), ramp legends `svg.plot-…-ramp`.
 *
 * @example
 * chartParts(RankingChart(rows, {width, bands})) // {plot: <svg>, legends: [<div …-swatches>], titles: [], captions: []}
 */
export function chartParts(chart: Element): ChartParts {
  const svgs = [chart, ...chart.querySelectorAll("svg")].filter((e): e is SVGSVGElement => e.tagName.toLowerCase() === "svg");
  const plot = svgs.find((svg) => !isLegend(svg) && !svg.parentElement?.closest("svg") && !hasAncestor(svg, (e) => hasClassSuffix(e, "-swatches"), chart));
  if (!plot) throw new Error("DownloadChart: the chart has no svg element");
  const scope = plot === chart ? null : plot.parentElement;
  const siblings = scope ? [...scope.children] : [];
  const plotFigure = scope !== null && hasClassSuffix(scope, "-figure");
  return {
    plot,
    legends: siblings.filter(isLegend),
    titles: plotFigure ? siblings.filter((e) => /^h[23]$/i.test(e.tagName)) : [],
    captions: plotFigure ? siblings.filter((e) => e.tagName.toLowerCase() === "figcaption") : []
  };
}

/**
 * The whole chart as one standalone svg: Plot's title and subtitle, then its legends (swatches redrawn
 * as svg rects and text with the same colours and labels; ramp legends as they are), then the plot,
 * then Plot's caption, stacked top to bottom. It carries the page's current text colour, background and
 * legend font so it reads the same outside the page. A chart without any of these is the plot's svg.
 *
 * @example
 * const {svg, width, height} = chartToSvg(figure, document); // width 640, height 33 + 5 + the plot's height
 */
export function chartToSvg(chart: Element, document: Document): StandaloneSvg {
  const parts = chartParts(chart);
  const view = document.defaultView;
  const style = (e: Element): CSSStyleDeclaration | null => view?.getComputedStyle(e) ?? null;
  const color = style(parts.plot)?.color ?? "";
  // The page's background is on <body> or, as in Framework's dark themes, on <html>.
  const background =
    [document.body, document.documentElement].map((e) => (e ? (style(e)?.backgroundColor ?? "") : "")).find((c) => c && !isTransparent(c)) ?? "";
  const plotSize = svgSize(parts.plot);
  let root: SVGSVGElement;
  let width = plotSize.width;
  let height = plotSize.height;
  if (parts.legends.length + parts.titles.length + parts.captions.length === 0) {
    root = parts.plot.cloneNode(true) as SVGSVGElement;
  } else {
    root = document.createElementNS(SVG_NS, "svg") as SVGSVGElement;
    root.setAttribute("fill", "currentColor");
    root.setAttribute("font-family", parts.plot.getAttribute("font-family") ?? "system-ui, sans-serif");
    root.setAttribute("font-size", parts.plot.getAttribute("font-size") ?? "10");
    const blocks: Block[] = [
      ...parts.titles.map((e) => textBlock(document, e, fontOf(style(e), e.tagName.toLowerCase() === "h2" ? 16 : 13))),
      ...parts.legends.map((e) =>
        e.tagName.toLowerCase() === "svg" ? nestedBlock(document, e as SVGSVGElement) : swatchBlock(document, e, plotSize.width, fontOf(style(e), 10))
      ),
      nestedBlock(document, parts.plot),
      ...parts.captions.map((e) => textBlock(document, e, fontOf(style(e), 10)))
    ];
    const stacked = stackBlocks(blocks);
    width = stacked.width;
    height = stacked.height;
    blocks.forEach((block, i) => {
      block.node.setAttribute("transform", `translate(0,${stacked.offsets[i]})`);
      root.append(block.node);
    });
    root.setAttribute("width", String(width));
    root.setAttribute("height", String(height));
    root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  }
  root.setAttributeNS(XMLNS_NS, "xmlns", SVG_NS);
  if (color) root.style.color = color;
  if (background) root.style.background = background;
  return {svg: root, width, height};
}

/** The chart (see chartToSvg) as standalone SVG text. */
export function serializeSvg(chart: Element, document: Document): string {
  return svgText(chartToSvg(chart, document).svg, document);
}

function svgText(svg: SVGSVGElement, document: Document): string {
  return new (document.defaultView?.XMLSerializer ?? XMLSerializer)().serializeToString(svg);
}

/** The chart (see chartToSvg) as a PNG at twice its size, or the screen's pixel ratio if higher. */
async function svgToPng(chart: Element, document: Document): Promise<Blob> {
  const {svg, width, height} = chartToSvg(chart, document);
  const scale = Math.max(2, document.defaultView?.devicePixelRatio ?? 1);
  const image = document.createElement("img");
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg, document))}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext("2d")!;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))), "image/png"));
}

/** One piece of the exported picture: its svg node (placed by a transform) and its size. */
interface Block {
  node: SVGElement;
  width: number;
  height: number;
  /** Space below it, as Plot's CSS leaves in the page (0.5em under a swatch legend). */
  marginBottom?: number;
}

interface Font {
  family: string;
  /** In px. */
  size: number;
  weight: string;
}

/**
 * Top offsets of blocks stacked top to bottom, and the size of the stack.
 *
 * @example
 * stackBlocks([{width: 300, height: 33, marginBottom: 5}, {width: 640, height: 400}]) // {offsets: [0, 38], width: 640, height: 438}
 */
export function stackBlocks(blocks: readonly {width: number; height: number; marginBottom?: number}[]): {offsets: number[]; width: number; height: number} {
  const offsets: number[] = [];
  let y = 0;
  for (const block of blocks) {
    offsets.push(y);
    y += block.height + (block.marginBottom ?? 0);
  }
  const last = blocks[blocks.length - 1];
  return {offsets, width: Math.max(0, ...blocks.map((b) => b.width)), height: y - (last?.marginBottom ?? 0)};
}

/** A swatch of a legend: its size and the width of its label in px. */
export interface SwatchItem {
  width: number;
  height: number;
  labelWidth: number;
}

/**
 * Places swatches as Plot's CSS does (a wrapping flex row, at least 33px high, items centred): a swatch,
 * 0.5em, its label, 1em, the next swatch; a new row when the next one would pass `maxWidth`. Returns
 * each swatch's left edge and vertical centre, the widest row and the legend's height.
 *
 * @example
 * layoutSwatches([{width: 15, height: 15, labelWidth: 40}, {width: 15, height: 15, labelWidth: 30}], 640, 10)
 * // {positions: [{x: 0, cy: 16.5}, {x: 70, cy: 16.5}], width: 120, height: 33}
 */
export function layoutSwatches(
  items: readonly SwatchItem[],
  maxWidth: number,
  fontSize: number
): {positions: {x: number; cy: number}[]; width: number; height: number} {
  const gap = fontSize / 2;
  const spacing = fontSize;
  const rows: {x: number; row: number}[] = [];
  let x = 0;
  let row = 0;
  let width = 0;
  for (const item of items) {
    const itemWidth = item.width + gap + item.labelWidth;
    if (x > 0 && x + itemWidth > maxWidth) {
      row++;
      x = 0;
    }
    rows.push({x, row});
    width = Math.max(width, x + itemWidth);
    x += itemWidth + spacing;
  }
  const lineHeight = Math.max(fontSize * 1.5, ...items.map((i) => i.height)) + 2;
  const count = items.length ? row + 1 : 0;
  const height = Math.max(33, count * lineHeight);
  const top = (height - count * lineHeight) / 2;
  return {positions: rows.map((r) => ({x: r.x, cy: top + r.row * lineHeight + lineHeight / 2})), width, height};
}

/**
 * Rough width in px of a line of text, for when the browser cannot measure it: 0.6em a character,
 * a little wider than system-ui's average so that labels do not overlap.
 *
 * @example
 * estimateTextWidth("Slightly favourable", 10) // 114
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.6);
}

/** A swatch legend (div of spans, each a small svg and a label) redrawn as svg rects or symbols and text. */
function swatchBlock(document: Document, legend: Element, maxWidth: number, font: Font): Block {
  const swatches = [...legend.children].filter((e) => hasClassSuffix(e, "-swatch"));
  const items = swatches.map((swatch) => {
    const svg = swatch.querySelector("svg");
    const size = svg ? svgSize(svg) : {width: 15, height: 15};
    const label = (swatch.textContent ?? "").trim();
    return {svg, label, ...size, labelWidth: measureLabel(document, swatch, label, font.size)};
  });
  const layout = layoutSwatches(items, maxWidth, font.size);
  const g = document.createElementNS(SVG_NS, "g") as SVGGElement;
  g.setAttribute("font-family", font.family);
  g.setAttribute("font-size", String(font.size));
  const variant = (legend as HTMLElement).style?.fontVariant;
  if (variant) g.setAttribute("font-variant", variant);
  items.forEach((item, i) => {
    const {x, cy} = layout.positions[i];
    const y = cy - item.height / 2;
    if (item.svg) g.append(swatchShape(document, item.svg, x, y, item.width, item.height));
    const text = document.createElementNS(SVG_NS, "text");
    text.setAttribute("x", String(x + item.width + font.size / 2));
    text.setAttribute("y", String(cy));
    text.setAttribute("dy", "0.32em");
    text.textContent = item.label;
    g.append(text);
  });
  return {node: g, width: layout.width, height: layout.height, marginBottom: font.size / 2};
}

/** A plain colour swatch (an svg filled with one rect) as a rect; any other swatch (a symbol) as a nested svg. */
function swatchShape(document: Document, swatch: SVGSVGElement, x: number, y: number, width: number, height: number): SVGElement {
  const children = [...swatch.children];
  if (children.length === 1 && children[0].tagName.toLowerCase() === "rect" && !swatch.hasAttribute("viewBox")) {
    const rect = document.createElementNS(SVG_NS, "rect");
    for (const name of ["fill", "fill-opacity", "stroke", "stroke-opacity"]) {
      const value = children[0].getAttribute(name) ?? swatch.getAttribute(name);
      if (value !== null) rect.setAttribute(name, value);
    }
    rect.setAttribute("x", String(x));
    rect.setAttribute("y", String(y));
    rect.setAttribute("width", String(width));
    rect.setAttribute("height", String(height));
    return rect;
  }
  const clone = swatch.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("x", String(x));
  clone.setAttribute("y", String(y));
  clone.setAttribute("overflow", "visible");
  return clone;
}

/** An svg (the plot or a ramp legend) nested as it is, sized in px so the page's CSS (height: auto) cannot stretch it. */
function nestedBlock(document: Document, svg: SVGSVGElement): Block {
  const {width, height} = svgSize(svg);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  clone.style.width = `${width}px`;
  clone.style.height = `${height}px`;
  clone.style.maxWidth = "none";
  const g = document.createElementNS(SVG_NS, "g") as SVGGElement;
  g.append(clone);
  return {node: g, width, height};
}

/** A heading or caption as one line of svg text. */
function textBlock(document: Document, element: Element, font: Font): Block {
  const label = (element.textContent ?? "").trim();
  const lineHeight = Math.ceil(font.size * 1.5);
  const g = document.createElementNS(SVG_NS, "g") as SVGGElement;
  const text = document.createElementNS(SVG_NS, "text");
  text.setAttribute("y", String(lineHeight / 2));
  text.setAttribute("dy", "0.32em");
  text.setAttribute("font-family", font.family);
  text.setAttribute("font-size", String(font.size));
  if (font.weight !== "normal" && font.weight !== "400") text.setAttribute("font-weight", font.weight);
  text.textContent = label;
  g.append(text);
  return {node: g, width: measureLabel(document, element, label, font.size), height: lineHeight};
}

/** The size of an svg from its width and height attributes, else its viewBox, else its box on the page. */
function svgSize(svg: SVGSVGElement): {width: number; height: number} {
  const box = svg
    .getAttribute("viewBox")
    ?.split(/[\s,]+/)
    .map(Number);
  const rect = svg.getBoundingClientRect();
  const size = (name: "width" | "height", index: number, measured: number): number => {
    const value = parseFloat(svg.getAttribute(name) ?? "");
    if (Number.isFinite(value) && !/%/.test(svg.getAttribute(name)!)) return value;
    if (box?.length === 4 && Number.isFinite(box[index])) return box[index];
    return measured;
  };
  return {width: size("width", 2, rect.width), height: size("height", 3, rect.height)};
}

/** The width of an element's text as laid out on the page, or an estimate when it is not laid out (hidden, or JSDOM). */
function measureLabel(document: Document, element: Element, label: string, fontSize: number): number {
  const node = [...element.childNodes].reverse().find((n) => n.nodeType === 3 && n.textContent?.trim());
  const range = node && typeof document.createRange === "function" ? document.createRange() : null;
  if (node && range && typeof range.getBoundingClientRect === "function") {
    range.selectNodeContents(node);
    const measured = range.getBoundingClientRect().width;
    if (measured > 0) return Math.ceil(measured);
  }
  return estimateTextWidth(label, fontSize);
}

/** An element's computed font, with Plot's defaults where the page gives none (JSDOM). */
function fontOf(style: CSSStyleDeclaration | null, defaultSize: number): Font {
  // Browsers give px; JSDOM may give the declared value (1.5em), which is no use here.
  const size = /^[\d.]+px$/.test(style?.fontSize ?? "") ? parseFloat(style!.fontSize) : NaN;
  return {
    family: style?.fontFamily || "system-ui, sans-serif",
    size: Number.isFinite(size) && size > 0 ? size : defaultSize,
    weight: style?.fontWeight || "normal"
  };
}

function isTransparent(color: string): boolean {
  return color === "transparent" || /^rgba\(.*,\s*0\)$/.test(color);
}

function isLegend(e: Element): boolean {
  return e.tagName.toLowerCase() === "svg" ? hasClassSuffix(e, "-ramp") : hasClassSuffix(e, "-swatches");
}

function hasClassSuffix(e: Element, suffix: string): boolean {
  return [...e.classList].some((c) => c.endsWith(suffix));
}

function hasAncestor(e: Element, test: (e: Element) => boolean, stop: Element): boolean {
  for (let p = e.parentElement; p && p !== stop.parentElement; p = p.parentElement) if (test(p)) return true;
  return false;
}

function button(document: Document, label: string, onClick: () => void | Promise<void>): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.addEventListener("click", () => void onClick());
  return b;
}
