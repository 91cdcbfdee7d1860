import * as Plot from "@observablehq/plot";
import type {AreaPoint, AreaSummary} from "../../lib/findings/strengths-weaknesses/areas.ts";
import {fixed} from "./lib/format.js";

export interface AreaStripChartOptions {
  width: number;
  /** The areas' summaries for the same group: order (strongest first), means and medians. */
  summaries: readonly AreaSummary[];
  /** Named in the caption, e.g. "56 MIPEX countries, 2019". */
  subject?: string;
  document?: Document;
}

/**
 * One row per policy area, strongest (highest mean) at the top: a box of the middle half of the
 * countries' scores with the median, every country as a dot, and the mean as a red tick. Returns a
 * <figure> whose caption is the chart's text alternative (the mean and range of every area).
 *
 * @example
 * display(AreaStripChart(areas.points, {width, summaries: areas.summaries.filter((s) => s.group === "all")}));
 */
export function AreaStripChart(
  points: readonly AreaPoint[],
  {width, summaries, subject = "countries", document = globalThis.document}: AreaStripChartOptions
): HTMLElement {
  const ordered = [...summaries].sort((a, b) => a.rank - b.rank || b.mean - a.mean);
  const order = ordered.map((s) => s.areaName);
  const shown = points.filter((p) => order.includes(p.areaName));
  const description =
    `Strip chart of the scores of ${subject} in ${ordered.length} policy areas, strongest first: ` +
    ordered.map((s) => `${s.areaName} mean ${fixed(s.mean, 1)} (median ${fixed(s.median, 1)}, ${fixed(s.min, 0)}–${fixed(s.max, 0)})`).join("; ") +
    ".";
  const svg = Plot.plot({
    document,
    width,
    height: 46 * order.length + 50,
    marginLeft: 170,
    x: {domain: [0, 100], label: "Area score (0–100) →", grid: true},
    y: {domain: order, label: null},
    ariaLabel: "Area scores by country",
    ariaDescription: description,
    marks: [
      Plot.boxX(shown, {x: "score", y: "areaName", fill: "currentColor", fillOpacity: 0.08, stroke: "currentColor", strokeOpacity: 0.5, r: 0}),
      Plot.dot(shown, {
        x: "score",
        y: "areaName",
        r: 2.5,
        fill: "steelblue",
        fillOpacity: 0.5,
        stroke: null,
        title: (d: AreaPoint) => `${d.name}, ${d.areaName}: ${fixed(d.score, 1)}`
      }),
      Plot.tickX(ordered, {
        x: "mean",
        y: "areaName",
        stroke: "#d62728",
        strokeWidth: 3,
        title: (d: AreaSummary) => `${d.areaName}: mean ${fixed(d.mean, 1)} over ${d.countries} countries`
      }),
      Plot.text(ordered, {x: "mean", y: "areaName", text: (d: AreaSummary) => fixed(d.mean, 0), dy: -14, fill: "#d62728", fontWeight: "bold"})
    ]
  });
  const figure = document.createElement("figure");
  figure.style.maxWidth = "none";
  figure.append(svg);
  const caption = document.createElement("figcaption");
  caption.textContent = `${description} Box: middle half of the countries with the median; dots: countries; red tick: mean.`;
  figure.append(caption);
  return figure;
}
