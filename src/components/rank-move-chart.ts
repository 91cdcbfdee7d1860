import * as Plot from "@observablehq/plot";
import type {RankedUnder} from "../../lib/robustness/ranking.ts";
import {chartFigure} from "./chart-figure.js";
import {rankRowsLayout} from "./rank-rows-layout.js";
import {fixed} from "./lib/format.js";

export interface RankMoveChartOptions {
  width: number;
  /** The configuration in words, for the caption. */
  configuration: string;
  document?: Document;
}

/**
 * How the ranking moves under another configuration: one row per country (in the new order), an arrow from
 * its MIPEX rank to its rank under the configuration, red when it falls and green when it rises.
 *
 * @example
 * display(RankMoveChart(rows, {width, configuration: "geometric mean, health left out"}));
 */
export function RankMoveChart(data: readonly RankedUnder[], {width, configuration, document = globalThis.document}: RankMoveChartOptions): HTMLElement {
  const n = data.length;
  const moved = data.filter((d) => d.shift !== 0);
  const largest = [...data].sort((a, b) => Math.abs(b.shift) - Math.abs(a.shift))[0];
  const meanShift = data.reduce((s, d) => s + Math.abs(d.shift), 0) / n;
  const description =
    moved.length === 0
      ? `Under ${configuration} every one of the ${n} countries keeps its MIPEX rank.`
      : `Under ${configuration}, ${moved.length} of ${n} countries change rank (mean |shift| ${fixed(meanShift, 2)}); the largest move is ${largest.name}'s, from ${largest.defaultRank} to ${largest.rank}.`;
  const colour = (d: RankedUnder) => (d.shift > 0 ? "#1a9641" : d.shift < 0 ? "#d7191c" : "currentColor");
  const svg = Plot.plot({
    document,
    width,
    ...rankRowsLayout(data.map((d) => d.name)),
    ariaLabel: "Rank changes under the configuration",
    ariaDescription: description,
    marks: [
      Plot.arrow(moved, {x1: "defaultRank", x2: "rank", y: "name", stroke: colour, headLength: 5, strokeWidth: 1.5}),
      Plot.dot(data, {
        x: "rank",
        y: "name",
        r: 2.5,
        fill: colour,
        title: (d: RankedUnder) => `${d.name}: rank ${d.rank} (MIPEX ${d.defaultRank}), score ${fixed(d.score, 1)}`
      })
    ]
  });
  return chartFigure(svg, description, document);
}
