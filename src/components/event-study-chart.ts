import * as Plot from "@observablehq/plot";
import type {EventTimeEstimate} from "../../lib/stats/event-study.ts";
import {chartFigure} from "./chart-figure.js";
import {fixed} from "./lib/format.js";

export interface EventStudyChartOptions {
  width: number;
  /** The outcome, e.g. "employment-rate gap (points)". */
  outcome: string;
  /** The policy and the reform rule, e.g. "rise of ≥ 10 points in labour market mobility". */
  reform: string;
  document?: Document;
}

/**
 * Event-study coefficients by event time with their 95 % CR2 intervals: leads (before the reform, left of the
 * dashed line) show pre-trends, lags the change after it; e = −1 is the reference at zero (drawn hollow). The
 * endpoints are binned (≤ −k, ≥ k).
 *
 * @example
 * display(EventStudyChart(block.estimates.eventStudy.value.estimates, {width, outcome: "employment gap", reform: "rise of ≥ 10 points"}));
 */
export function EventStudyChart(
  data: readonly EventTimeEstimate[],
  {width, outcome, reform, document = globalThis.document}: EventStudyChartOptions
): HTMLElement {
  const estimated = data.filter((d) => !d.reference && d.cr2 !== null);
  const rows = estimated.map((d) => ({...d, lower: d.cr2!.confidenceInterval[0], upper: d.cr2!.confidenceInterval[1]}));
  const leads = rows.filter((d) => d.eventTime < -1);
  const excludingZero = (list: typeof rows) => list.filter((d) => d.lower > 0 || d.upper < 0).map((d) => d.label);
  const description =
    `Event-study chart of the ${outcome} around a ${reform}, relative to the year before (event time −1 = 0). ` +
    rows.map((d) => `${d.label}: ${fixed(d.estimate, 2)} (95 % CR2 ${fixed(d.lower, 2)} to ${fixed(d.upper, 2)}, ${d.observations} country-years)`).join("; ") +
    `. Leads whose interval excludes zero (a pre-trend): ${excludingZero(leads).join(", ") || "none"}.`;
  const order = data.map((d) => d.label);
  const svg = Plot.plot({
    document,
    width,
    height: 300,
    x: {domain: order, label: "Years relative to the reform →"},
    y: {label: `↑ Change in ${outcome}`, grid: true},
    ariaLabel: `Event study: ${outcome} around a ${reform}`,
    ariaDescription: description,
    marks: [
      Plot.ruleY([0], {stroke: "currentColor"}),
      Plot.ruleX(
        ["0"].filter((label) => order.includes(label)),
        {stroke: "currentColor", strokeDasharray: "4 3", strokeOpacity: 0.5, dx: -width / (2 * Math.max(order.length, 1)) + 10}
      ),
      Plot.ruleX(rows, {x: "label", y1: "lower", y2: "upper", stroke: "steelblue", strokeWidth: 2}),
      Plot.dot(rows, {
        x: "label",
        y: "estimate",
        fill: "steelblue",
        r: 4,
        title: (d: (typeof rows)[number]) => `${d.label}: ${fixed(d.estimate, 2)} [${fixed(d.lower, 2)}, ${fixed(d.upper, 2)}]`
      }),
      Plot.dot(
        data.filter((d) => d.reference),
        {x: "label", y: 0, stroke: "steelblue", fill: "none", r: 4, title: () => "reference year (−1)"}
      )
    ]
  });
  return chartFigure(svg, description, document);
}
