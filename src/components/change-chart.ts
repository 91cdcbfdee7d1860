import * as Plot from "@observablehq/plot";
import type {CountryChange} from "../../lib/findings/trends/change.ts";
import {chartFigure} from "./chart-figure.js";
import {fixed, signed} from "./lib/format.js";

export interface ChangeChartOptions {
  width: number;
  /** Changes within ±threshold count as no change; drawn as a shaded band. */
  threshold: number;
  /** e.g. "overall score with health, 2014 → 2019". */
  label: string;
  document?: Document;
}

const COLORS = {improved: "#1a9641", "no change": "#999999", undermined: "#d7191c"};

/**
 * Each country's change as a dot on a horizontal line from zero, largest gain at the top, coloured
 * improved / no change / undermined at the threshold, with the ±threshold band shaded. Countries whose
 * change cannot be recomputed are left out and named in the caption (the text alternative).
 *
 * @example
 * display(ChangeChart(trends.analyses.main.countries, {width, threshold: 1, label: "overall score, 2014 → 2019"}));
 */
export function ChangeChart(data: readonly CountryChange[], {width, threshold, label, document = globalThis.document}: ChangeChartOptions): HTMLElement {
  const shown = data.filter((d) => d.change !== null).sort((a, b) => b.change! - a.change!);
  const missing = data.filter((d) => d.change === null);
  const count = (c: string) => shown.filter((d) => d.category === c).length;
  const description =
    `Dot chart of the change in the ${label} for ${shown.length} countries` +
    (shown.length > 0
      ? `, from ${shown[0].name} (${signed(shown[0].change!)}) to ${shown[shown.length - 1].name} (${signed(shown[shown.length - 1].change!)})`
      : "") +
    `. At a threshold of ±${threshold} point: ${count("improved")} improved, ${count("undermined")} undermined, ${count("no change")} did not change.` +
    (missing.length > 0 ? ` Not computable and not drawn: ${missing.map((d) => d.name).join(", ")}.` : "");
  const extent = Math.max(threshold + 1, ...shown.map((d) => Math.abs(d.change!)));
  const svg = Plot.plot({
    document,
    width,
    height: 16 * shown.length + 60,
    marginLeft: 140,
    x: {domain: [-extent, extent], label: "Change (points) →", grid: true},
    y: {domain: shown.map((d) => d.name), label: null},
    color: {domain: Object.keys(COLORS), range: Object.values(COLORS), legend: true},
    ariaLabel: `Change in the ${label}`,
    ariaDescription: description,
    marks: [
      Plot.rectX([threshold], {x1: -threshold, x2: threshold, fill: "currentColor", fillOpacity: 0.07}),
      Plot.ruleX([0], {stroke: "currentColor"}),
      Plot.link(shown, {x1: 0, x2: "change", y1: "name", y2: "name", stroke: "category", strokeOpacity: 0.6}),
      Plot.dot(shown, {
        x: "change",
        y: "name",
        fill: "category",
        r: 4,
        title: (d: CountryChange) => `${d.name}: ${signed(d.change!)} (${fixed(d.fromValue, 1)} → ${fixed(d.toValue, 1)})`
      })
    ]
  });
  return chartFigure(svg, description, document);
}
