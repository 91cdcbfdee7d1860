import * as Plot from "@observablehq/plot";
import {chartFigure} from "./chart-figure.js";
import {fixed} from "./lib/format.js";

/** One score of one subject (a country, a group average, a scenario) in one area. */
export interface AreaComparisonPoint {
  subject: string;
  area: string;
  score: number;
}

export interface AreaComparisonChartOptions {
  width: number;
  /** Area order, top to bottom; order of first appearance by default. */
  areas?: readonly string[];
  /** Subject order (legend and colours). */
  subjects?: readonly string[];
  /** Named in the caption and aria label, e.g. "area scores 2019". */
  measure?: string;
  document?: Document;
}

/**
 * Area scores of several subjects side by side: one row per area, a dot per subject joined by a rule
 * from the lowest to the highest. Returns a <figure> whose caption lists every score (the text
 * alternative).
 *
 * @example
 * display(AreaComparisonChart(points, {width, measure: "area scores 2019"}));
 */
export function AreaComparisonChart(
  data: readonly AreaComparisonPoint[],
  {width, areas, subjects, measure = "area scores", document = globalThis.document}: AreaComparisonChartOptions
): HTMLElement {
  const areaOrder = areas ? [...areas] : [...new Set(data.map((d) => d.area))];
  const subjectOrder = subjects ? [...subjects] : [...new Set(data.map((d) => d.subject))];
  const ranges = areaOrder.flatMap((area) => {
    const scores = data.filter((d) => d.area === area).map((d) => d.score);
    return scores.length ? [{area, min: Math.min(...scores), max: Math.max(...scores)}] : [];
  });
  const description =
    `Dot chart of ${measure} for ${subjectOrder.join(", ")} in ${areaOrder.length} policy areas: ` +
    areaOrder
      .map(
        (area) =>
          `${area}: ${subjectOrder.flatMap((s) => data.filter((d) => d.area === area && d.subject === s).map((d) => `${s} ${fixed(d.score, 1)}`)).join(", ")}`
      )
      .join("; ") +
    ".";
  const plot = Plot.plot({
    document,
    width,
    height: 34 * areaOrder.length + 60,
    marginLeft: 170,
    x: {domain: [0, 100], label: "Score (0–100) →", grid: true},
    y: {domain: areaOrder, label: null},
    color: {domain: subjectOrder, legend: true, scheme: "tableau10"},
    symbol: {domain: subjectOrder},
    ariaLabel: `${measure} compared`,
    ariaDescription: description,
    marks: [
      // Decorative range rule, hidden from assistive technology (the caption lists every score).
      Plot.ruleY(ranges, {y: "area", x1: "min", x2: "max", stroke: "currentColor", strokeOpacity: 0.3, ariaHidden: "true"}),
      Plot.dot(data, {
        x: "score",
        y: "area",
        stroke: "subject",
        fill: "subject",
        fillOpacity: 0.6,
        symbol: "subject",
        r: 5,
        title: (d: AreaComparisonPoint) => `${d.subject}, ${d.area}: ${fixed(d.score, 1)}`
      })
    ]
  });
  return chartFigure(plot, description, document);
}
