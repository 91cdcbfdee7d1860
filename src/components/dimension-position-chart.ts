import * as Plot from "@observablehq/plot";
import {chartFigure} from "./chart-figure.js";
import {fixed} from "./lib/format.js";

/** One country's score on one dimension. */
export interface DimensionPoint {
  iso3: string;
  name: string;
  /** The dimension's label, e.g. "Basic rights". */
  label: string;
  score: number;
}

export interface DimensionPositionChartOptions {
  width: number;
  /** The country to mark (ISO3). */
  highlight: string;
  document?: Document;
}

/**
 * Where one country sits on the three dimensions among all countries: one row per dimension, every
 * country a grey dot, the highlighted one a large labelled dot. Returns a <figure> whose caption gives
 * the country's score and rank on each dimension (the text alternative).
 *
 * @example
 * display(DimensionPositionChart(profile.dimensionField, {width, highlight: "SWE"}));
 */
export function DimensionPositionChart(
  data: readonly DimensionPoint[],
  {width, highlight, document = globalThis.document}: DimensionPositionChartOptions
): HTMLElement {
  const labels = [...new Set(data.map((d) => d.label))];
  const own = data.filter((d) => d.iso3 === highlight);
  const name = own[0]?.name ?? highlight;
  const description =
    `Strip chart of ${new Set(data.map((d) => d.iso3)).size} countries' scores on ${labels.length} dimensions, ${name} highlighted: ` +
    labels
      .map((label) => {
        const row = data.filter((d) => d.label === label);
        const mine = own.find((d) => d.label === label);
        if (!mine) return `${label}: no score`;
        const rank = 1 + row.filter((d) => d.score > mine.score).length;
        return `${label} ${fixed(mine.score, 2)} (rank ${rank} of ${row.length})`;
      })
      .join("; ") +
    ". Scores are standardized: 0 is the average country.";
  const plot = Plot.plot({
    document,
    width,
    height: 60 * labels.length + 50,
    marginLeft: 150,
    x: {label: "Dimension score (standardized, 0 = average) →", grid: true},
    y: {domain: labels, label: null},
    ariaLabel: `${name} on the three dimensions`,
    ariaDescription: description,
    marks: [
      Plot.ruleX([0], {strokeOpacity: 0.4, ariaHidden: "true"}),
      Plot.dot(data, {
        x: "score",
        y: "label",
        r: 3,
        fill: "currentColor",
        fillOpacity: 0.25,
        stroke: null,
        title: (d: DimensionPoint) => `${d.name}, ${d.label}: ${fixed(d.score, 2)}`
      }),
      Plot.dot(own, {
        x: "score",
        y: "label",
        r: 7,
        fill: "#d62728",
        stroke: "currentColor",
        title: (d: DimensionPoint) => `${d.name}, ${d.label}: ${fixed(d.score, 2)}`
      }),
      Plot.text(own, {x: "score", y: "label", text: () => name, dy: -14, fill: "currentColor", fontWeight: "bold"})
    ]
  });
  return chartFigure(plot, description, document);
}
