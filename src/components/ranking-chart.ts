import * as Plot from "@observablehq/plot";
import type {RankedCountry} from "../../lib/findings/ranking.ts";
import type {ScoreBand} from "../../lib/mipex/score-bands.ts";
import {chartFigure} from "./chart-figure.js";
import {fixed} from "./lib/format.js";

export interface RankingChartOptions {
  width: number;
  bands: readonly ScoreBand[];
  /** The document to render into: the page's, or JSDOM's in tests. */
  document?: Document;
}

/**
 * Countries as horizontal bars from the highest score down, coloured by MIPEX score band, with the
 * score at the end of each bar. Returns a <figure> with a caption that also serves as the chart's text
 * alternative.
 *
 * @example
 * display(RankingChart(overview.ranking, {width, bands: overview.bands}));
 */
export function RankingChart(data: readonly RankedCountry[], {width, bands, document = globalThis.document}: RankingChartOptions): HTMLElement {
  const top = data[0];
  const bottom = data[data.length - 1];
  const description =
    `Bar chart of ${data.length} countries ranked by MIPEX overall score, from ${top.name} (${fixed(top.score, 0)}) ` +
    `to ${bottom.name} (${fixed(bottom.score, 0)}), coloured by score band.`;
  const svg = Plot.plot({
    document,
    width,
    height: 18 * data.length + 40,
    marginLeft: 130,
    marginRight: 40,
    x: {domain: [0, 100], label: "Overall score (0–100) →", grid: true},
    y: {domain: data.map((d) => d.name), label: null},
    color: {domain: bands.map((b) => b.label), range: bands.map((b) => b.color), legend: true, label: "Score band"},
    ariaLabel: "MIPEX ranking",
    ariaDescription: description,
    marks: [
      Plot.barX(data, {
        x: "score",
        y: "name",
        fill: "bandLabel",
        stroke: "currentColor",
        strokeOpacity: 0.25,
        title: (d: RankedCountry) => `${d.rank}. ${d.name}: ${fixed(d.score, 1)} (${d.bandLabel})`
      }),
      Plot.text(data, {x: "score", y: "name", text: (d: RankedCountry) => fixed(d.score, 0), dx: 4, textAnchor: "start", fill: "currentColor"}),
      Plot.ruleX([0])
    ]
  });
  return chartFigure(svg, description, document);
}
