import * as Plot from "@observablehq/plot";
import {chartFigure} from "./chart-figure.js";
import {estimateTextWidth} from "./chart-export.js";
import {fixed} from "./lib/format.js";

/** One cell: how strongly an item (indicator or area) loads on a dimension. */
export interface LoadingCell {
  /** Row label, e.g. an indicator code or an area name. */
  item: string;
  /** Optional group of the row (the policy area), shown in the tooltip and used to order rows. */
  group?: string;
  dimension: string;
  value: number;
}

export interface LoadingsHeatmapOptions {
  width: number;
  /** Row order; the order of first appearance by default. */
  items?: string[];
  dimensions?: string[];
  /** Text for the aria description and caption; a summary is generated if omitted. */
  description?: string;
  /** Print the value in each cell (default true when there are at most 30 rows). */
  labels?: boolean;
  document?: Document;
}

/**
 * A heatmap of loadings: items down, dimensions across, a diverging colour in steps of 0.2 from
 * below −0.6 (red) to above 0.6 (blue). Returns a <figure> whose caption is the chart's text alternative.
 *
 * @example
 * display(LoadingsHeatmap(cells, {width, dimensions: ["Equal opportunities", "Basic rights", "Secure future"]}));
 */
export function LoadingsHeatmap(
  data: readonly LoadingCell[],
  {width, items, dimensions, description, labels, document = globalThis.document}: LoadingsHeatmapOptions
): HTMLElement {
  const rows = items ?? [...new Set(data.map((d) => d.item))];
  const columns = dimensions ?? [...new Set(data.map((d) => d.dimension))];
  const strongest = columns.map((dimension) => {
    const cells = data.filter((d) => d.dimension === dimension);
    const top = cells.reduce((a, b) => (Math.abs(b.value) > Math.abs(a.value) ? b : a), cells[0]);
    return `${dimension}: strongest ${top.item} (${fixed(top.value, 2)})`;
  });
  const text = description ?? `Heatmap of ${rows.length} loadings on ${columns.length} dimensions. ${strongest.join("; ")}.`;
  const showLabels = labels ?? rows.length <= 30;
  // Margins from the labels, so that none is clipped: the row labels' width (up to 45 % of the chart,
  // then they wrap onto two lines), the column labels wrapped to their column's width.
  const fontSize = 10;
  const longestRow = Math.max(...rows.map((r) => estimateTextWidth(r, fontSize)));
  const marginLeft = Math.min(Math.max(60, longestRow + 12), Math.round(width * 0.45));
  const columnWidth = Math.max(60, Math.min(150, Math.floor((width - marginLeft - 20) / columns.length)));
  const columnLines = Math.max(...columns.map((c) => Math.ceil(estimateTextWidth(c, fontSize) / (columnWidth - 8))));
  const marginTop = 18 + 12 * columnLines;
  const svg = Plot.plot({
    document,
    width: marginLeft + columnWidth * columns.length + 20,
    height: 22 * rows.length + marginTop + 20,
    marginLeft,
    marginTop,
    x: {domain: columns, label: null, axis: null},
    y: {domain: rows, label: null, axis: null},
    // Binned (threshold) colours: readable steps, and a legend of swatches rather than a canvas ramp.
    color: {type: "threshold", scheme: "rdbu", domain: [-0.6, -0.4, -0.2, 0, 0.2, 0.4, 0.6], legend: true, label: "Loading"},
    ariaLabel: "Loadings heatmap",
    ariaDescription: text,
    marks: [
      // Line widths in ems, with room to spare: Plot's estimate of a text's width can fall short of the font's.
      Plot.axisX({anchor: "top", label: null, fontSize, lineWidth: (0.85 * (columnWidth - 8)) / fontSize, tickSize: 0}),
      Plot.axisY({label: null, fontSize, lineWidth: (0.85 * (marginLeft - 16)) / fontSize, tickSize: 0}),
      Plot.cell(data, {
        x: "dimension",
        y: "item",
        fill: "value",
        inset: 0.5,
        title: (d: LoadingCell) => `${d.item}${d.group ? ` (${d.group})` : ""} on ${d.dimension}: ${fixed(d.value, 2)}`
      }),
      ...(showLabels
        ? [
            Plot.text(data, {
              x: "dimension",
              y: "item",
              text: (d: LoadingCell) => fixed(d.value, 2),
              fill: (d: LoadingCell) => (Math.abs(d.value) > 0.55 ? "white" : "black")
            })
          ]
        : [])
    ]
  });
  return chartFigure(svg, text, document);
}
