import * as Plot from "@observablehq/plot";
import {chartFigure} from "./chart-figure.js";
import {labelsThatFit} from "./label-thinning.js";
import {fixed} from "./lib/format.js";

/** One country on two dimensions. */
export interface ScatterPoint {
  iso3: string;
  name: string;
  x: number;
  y: number;
  /** Colour group, e.g. the computed approach. */
  group: string;
  /** Ring the point (e.g. where the computed approach differs from the published one). */
  highlight?: boolean;
}

export interface DimensionScatterOptions {
  width: number;
  xLabel: string;
  yLabel: string;
  /** Colour domain order; groups in order of appearance by default. */
  groups?: string[];
  /** Cluster centres drawn as crosses, with their group. */
  centroids?: {x: number; y: number; group: string}[];
  /** What a ring means, for the caption. */
  highlightLabel?: string;
  document?: Document;
}

/**
 * Countries placed on two dimensions, labelled with their ISO3 code and coloured by group; highlighted
 * points are ringed; centroids are crosses. Returns a <figure> whose caption is the text alternative.
 *
 * @example
 * display(DimensionScatter(points, {width, xLabel: "Equal opportunities", yLabel: "Secure future"}));
 */
export function DimensionScatter(
  data: readonly ScatterPoint[],
  {width, xLabel, yLabel, groups, centroids = [], highlightLabel = "highlighted", document = globalThis.document}: DimensionScatterOptions
): HTMLElement {
  const domain = groups ?? [...new Set(data.map((d) => d.group))];
  const counts = domain.map((g) => `${g} ${data.filter((d) => d.group === g).length}`).join(", ");
  const highlighted = data.filter((d) => d.highlight);
  const byX = [...data].sort((a, b) => b.x - a.x);
  const byY = [...data].sort((a, b) => b.y - a.y);
  const text =
    `Scatter plot of ${data.length} countries on ${xLabel} (across) and ${yLabel} (up), coloured by group (${counts}). ` +
    `Highest on ${xLabel}: ${byX[0].name}; lowest: ${byX[byX.length - 1].name}. Highest on ${yLabel}: ${byY[0].name}; lowest: ${byY[byY.length - 1].name}.` +
    (highlighted.length > 0 ? ` Ringed (${highlightLabel}): ${highlighted.map((d) => d.name).join(", ")}.` : "");
  const height = Math.max(360, Math.round(width * 0.62));
  // In a dense cluster only the labels that fit are drawn; every country is in its tooltip and the table.
  const fit = labelsThatFit(data, {x: (d) => d.x, y: (d) => d.y, text: (d) => d.iso3, width, height, lift: 9});
  const labelled = data.filter((d) => fit.has(d));
  const svg = Plot.plot({
    document,
    width,
    height,
    grid: true,
    inset: 12,
    x: {label: `${xLabel} →`},
    y: {label: `↑ ${yLabel}`},
    color: {domain, legend: true, label: "Approach"},
    ariaLabel: `Countries on ${xLabel} and ${yLabel}`,
    ariaDescription: text,
    marks: [
      Plot.ruleX([0], {strokeOpacity: 0.3}),
      Plot.ruleY([0], {strokeOpacity: 0.3}),
      Plot.dot(highlighted, {x: "x", y: "y", r: 8, stroke: "currentColor", strokeWidth: 1.2}),
      Plot.dot(data, {
        x: "x",
        y: "y",
        r: 4,
        fill: "group",
        title: (d: ScatterPoint) => `${d.name}: ${d.group}; ${xLabel} ${fixed(d.x, 2)}, ${yLabel} ${fixed(d.y, 2)}`
      }),
      Plot.text(labelled, {x: "x", y: "y", text: "iso3", dy: -9, fontSize: 9, fill: "currentColor"}),
      Plot.dot(centroids, {x: "x", y: "y", symbol: "times", r: 7, stroke: "group", strokeWidth: 2.5})
    ]
  });
  return chartFigure(svg, text, document);
}
