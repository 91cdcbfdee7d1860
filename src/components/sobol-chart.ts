import * as Plot from "@observablehq/plot";
import {chartFigure} from "./chart-figure.js";
import {fixed} from "./lib/format.js";

/** One bar pair of the chart: a choice's first- and total-order index with their intervals. */
export interface SobolBar {
  choice: string;
  first: number;
  total: number;
  firstInterval: readonly [number, number];
  totalInterval: readonly [number, number];
}

export interface SobolChartOptions {
  width: number;
  /** What the indices are of, for the caption (e.g. "the average rank shift"). */
  subject: string;
  document?: Document;
}

/**
 * Sobol indices as bars: for each choice, the first-order index (what the choice alone explains) and the
 * total-order index (alone and in interaction with the others), with bootstrap intervals as rules. Choices
 * are ordered by total-order index; indices that could not be estimated (the output does not vary) are
 * left out and the caption says so.
 *
 * @example
 * display(SobolChart(bars, {width, subject: "the average rank shift"}));
 */
export function SobolChart(data: readonly SobolBar[], {width, subject, document = globalThis.document}: SobolChartOptions): HTMLElement {
  const estimable = data.filter((d) => Number.isFinite(d.total) && Number.isFinite(d.first));
  const ordered = [...estimable].sort((a, b) => b.total - a.total);
  const rows = ordered.flatMap((d) => [
    {choice: d.choice, order: "First order", value: d.first, low: d.firstInterval[0], high: d.firstInterval[1]},
    {choice: d.choice, order: "Total order", value: d.total, low: d.totalInterval[0], high: d.totalInterval[1]}
  ]);
  const description =
    estimable.length === 0
      ? `No Sobol index of ${subject} can be estimated: it does not vary over the configurations.`
      : `Sobol indices of ${subject} for ${estimable.length} choices, largest total-order index first: ` +
        ordered.map((d) => `${d.choice} ${fixed(d.total, 2)} (first order ${fixed(d.first, 2)})`).join("; ") +
        ". Rules show 95 % bootstrap intervals.";
  const svg = Plot.plot({
    document,
    width,
    height: 40 * Math.max(1, ordered.length) + 60,
    marginLeft: 170,
    x: {domain: [Math.min(0, ...rows.map((r) => r.low)), Math.max(1, ...rows.map((r) => r.high))], label: "Sobol index (share of the variance) →", grid: true},
    y: {domain: ["First order", "Total order"], axis: null},
    fy: {domain: ordered.map((d) => d.choice), label: null},
    color: {domain: ["First order", "Total order"], range: ["#9ecae1", "#3182bd"], legend: true, label: "Index"},
    ariaLabel: `Sobol indices of ${subject}`,
    ariaDescription: description,
    marks: [
      Plot.barX(rows, {
        x: "value",
        y: "order",
        fy: "choice",
        fill: "order",
        title: (d: {order: string; value: number; low: number; high: number}) => `${d.order}: ${fixed(d.value, 3)} (${fixed(d.low, 3)}–${fixed(d.high, 3)})`
      }),
      Plot.ruleY(rows, {x1: "low", x2: "high", y: "order", fy: "choice", stroke: "currentColor"}),
      Plot.ruleX([0])
    ]
  });
  return chartFigure(svg, description, document);
}
