import * as Plot from "@observablehq/plot";
import type {CountryUncertainty} from "../../lib/robustness/uncertainty.ts";
import {chartFigure} from "./chart-figure.js";
import {rankRowsLayout} from "./rank-rows-layout.js";
import {percent} from "./lib/format.js";

export interface RankIntervalChartOptions {
  width: number;
  /** Lower and upper quantile of the interval, for the labels; default 5 % and 95 %. */
  quantiles?: readonly [number, number];
  /** ISO3 of a country to highlight. */
  highlight?: string | null;
  document?: Document;
}

/**
 * The rank-interval chart of composite-index audits: one row per country, ordered by its MIPEX rank, a bar
 * from the lower to the upper quantile of its rank over the configurations, a dot at the median rank and a
 * ring at the MIPEX rank. Rank 1 is at the left.
 *
 * @example
 * display(RankIntervalChart(robustness.uncertainty.countries, {width}));
 */
export function RankIntervalChart(
  data: readonly CountryUncertainty[],
  {width, quantiles = [0.05, 0.95], highlight = null, document = globalThis.document}: RankIntervalChartOptions
): HTMLElement {
  const rows = [...data].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, "en"));
  const n = rows.length;
  const [lo, hi] = quantiles.map((q) => `${Math.round(q * 100)} %`);
  const widest = rows.reduce((w, r) => (r.rankHigh - r.rankLow > w.rankHigh - w.rankLow ? r : w), rows[0]);
  const fixed = rows.filter((r) => r.rankLow === r.rankHigh).length;
  const description =
    `Rank intervals of ${n} countries: for each, a bar from the ${lo} to the ${hi} quantile of its rank over the configurations, ` +
    `a dot at the median rank and a ring at the MIPEX rank. The widest interval is ${widest.name}'s (${widest.rankLow}–${widest.rankHigh}); ` +
    `${fixed} ${fixed === 1 ? "country keeps" : "countries keep"} one rank throughout.`;
  const label = (d: CountryUncertainty) =>
    `${d.name}: MIPEX rank ${d.rank}, median ${d.medianRank}, ${lo}–${hi} ${d.rankLow}–${d.rankHigh}, Top Ten ${percent(d.topProbability)}`;
  const svg = Plot.plot({
    document,
    width,
    ...rankRowsLayout(rows.map((r) => r.name)),
    ariaLabel: "Rank intervals",
    ariaDescription: description,
    marks: [
      Plot.ruleX([10.5], {stroke: "currentColor", strokeDasharray: "3,3", strokeOpacity: 0.6}),
      Plot.text([{x: 10.5}], {x: "x", text: () => "Top Ten", frameAnchor: "top", dy: -4, dx: 4, textAnchor: "start", fill: "currentColor"}),
      Plot.ruleY(rows, {
        x1: "rankLow",
        x2: "rankHigh",
        y: "name",
        stroke: (d: CountryUncertainty) => (d.iso3 === highlight ? "#d62728" : "#4269d0"),
        strokeWidth: 5,
        strokeOpacity: 0.55
      }),
      Plot.dot(rows, {x: "rank", y: "name", r: 4.5, stroke: "currentColor", strokeWidth: 1.2, fill: "none"}),
      Plot.dot(rows, {x: "medianRank", y: "name", r: 2.6, fill: (d: CountryUncertainty) => (d.iso3 === highlight ? "#d62728" : "#1f3b8f"), title: label})
    ]
  });
  return chartFigure(svg, description, document);
}
