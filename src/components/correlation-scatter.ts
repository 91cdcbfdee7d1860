import * as Plot from "@observablehq/plot";
import type {PairRow} from "../../lib/findings/outcomes/pairs.ts";
import type {CorrelationSummary} from "../../lib/findings/outcomes/summary.ts";
import {labelsThatFit} from "./label-thinning.js";
import {fixed} from "./lib/format.js";

export interface CorrelationScatterOptions {
  width: number;
  summary: CorrelationSummary;
  /** Axis labels. */
  xLabel: string;
  yLabel: string;
  /** The document to render into: the page's, or JSDOM's in tests. */
  document?: Document;
}

/**
 * One point per country labelled with its ISO3 code; when the correlation was computed, the fitted
 * least-squares line with its 95 % confidence band, and the most influential country circled. Returns a
 * <figure> whose caption is the chart's text alternative.
 *
 * @example
 * display(CorrelationScatter(block.rows, {width, summary: block.summary, xLabel: "Access to nationality (2016)", yLabel: "Naturalisation rate"}));
 */
export function CorrelationScatter(
  rows: readonly PairRow[],
  {width, summary, xLabel, yLabel, document = globalThis.document}: CorrelationScatterOptions
): HTMLElement {
  const figure = document.createElement("figure");
  figure.style.maxWidth = "none";
  const caption = document.createElement("figcaption");
  if (rows.length === 0) {
    caption.textContent = `No country has both ${xLabel} and ${yLabel}.`;
    figure.append(caption);
    return figure;
  }
  const most = summary.mostInfluential?.iso3;
  const description = summary.computable
    ? `Scatter plot of ${rows.length} countries: ${xLabel} (x) against ${yLabel} (y). Pearson r = ${fixed(summary.r, 2)} ` +
      `(95 % CI ${fixed(summary.rInterval?.[0], 2)} to ${fixed(summary.rInterval?.[1], 2)}); fitted line ${summary.fittedLine ?? "—"} with its 95 % confidence band. ` +
      `Most influential country: ${summary.mostInfluential?.name ?? "—"} (circled).`
    : `Scatter plot of ${rows.length} countries: ${xLabel} (x) against ${yLabel} (y). No line is fitted: ${summary.reason}.`;
  const height = Math.min(480, Math.max(300, width * 0.6));
  // In a dense cluster only the labels that fit are drawn; every country is in its tooltip and the table.
  const fit = labelsThatFit(rows, {
    x: (d) => d.x,
    y: (d) => d.y,
    text: (d) => d.iso3,
    width,
    height,
    margin: {left: 40, right: 30, top: 20, bottom: 30},
    lift: 8
  });
  const labelled = rows.filter((d) => fit.has(d) || d.iso3 === most);
  const svg = Plot.plot({
    document,
    width,
    height,
    marginRight: 30,
    grid: true,
    x: {label: `${xLabel} →`, nice: true},
    y: {label: `↑ ${yLabel}`, nice: true},
    ariaLabel: `${xLabel} against ${yLabel}`,
    ariaDescription: description,
    marks: [
      ...(summary.computable
        ? [
            Plot.areaY(summary.band, {x: "x", y1: "lower", y2: "upper", fill: "currentColor", fillOpacity: 0.12}),
            Plot.line(summary.band, {x: "x", y: "fit", stroke: "currentColor", strokeWidth: 1.5})
          ]
        : []),
      Plot.dot(rows, {
        x: "x",
        y: "y",
        r: 3.5,
        fill: "steelblue",
        stroke: "white",
        strokeWidth: 0.5,
        title: (d: PairRow) => `${d.name}: ${fixed(d.x, 1)}, ${fixed(d.y, 2)}`
      }),
      ...(most
        ? [
            Plot.dot(
              rows.filter((d) => d.iso3 === most),
              {x: "x", y: "y", r: 8, stroke: "orangered", strokeWidth: 1.5}
            )
          ]
        : []),
      Plot.text(labelled, {x: "x", y: "y", text: "iso3", dy: -8, fontSize: 9, fill: "currentColor"})
    ]
  });
  figure.append(svg);
  caption.textContent = description;
  figure.append(caption);
  return figure;
}
