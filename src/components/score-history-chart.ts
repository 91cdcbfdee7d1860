import * as Plot from "@observablehq/plot";
import {chartFigure} from "./chart-figure.js";
import {fixed} from "./lib/format.js";

/** One point of a score series. `edition` keeps the 2020 edition and the 2025 EU update apart. */
export interface HistoryPoint {
  /** The line's name: a measure ("Overall (with health)", an area) or a country. */
  series: string;
  edition: string;
  year: number;
  score: number;
}

export interface ScoreHistoryChartOptions {
  width: number;
  /** Named in the caption, e.g. "Sweden's overall score". */
  subject: string;
  /** Series order (legend and colours); order of first appearance by default. */
  series?: readonly string[];
  height?: number;
  document?: Document;
}

/**
 * Scores over the years, one line per series and edition: the 2020 edition solid, the 2025 EU update
 * dashed as its own line (the two are never joined). Returns a <figure> whose caption is the text
 * alternative (each series' first and last score per edition).
 *
 * @example
 * display(ScoreHistoryChart(points, {width, subject: "Sweden's overall score"}));
 */
export function ScoreHistoryChart(
  data: readonly HistoryPoint[],
  {width, subject, series, height = 320, document = globalThis.document}: ScoreHistoryChartOptions
): HTMLElement {
  const names = series ? [...series] : [...new Set(data.map((d) => d.series))];
  const editions = [...new Set(data.map((d) => d.edition))].sort();
  const parts: string[] = [];
  for (const name of names) {
    for (const edition of editions) {
      const points = data.filter((d) => d.series === name && d.edition === edition).sort((a, b) => a.year - b.year);
      if (points.length === 0) continue;
      const first = points[0];
      const last = points[points.length - 1];
      parts.push(
        `${name} (${edition} edition) ${fixed(first.score, 1)} in ${first.year}${points.length > 1 ? ` to ${fixed(last.score, 1)} in ${last.year}` : ""}`
      );
    }
  }
  const description = `Line chart of ${subject} by year, ${editions.map((e) => (e === "2025" ? "the 2025 EU update dashed" : `the ${e} edition solid`)).join(", ")}: ${parts.join("; ")}.`;
  const years = data.map((d) => d.year);
  const plot = Plot.plot({
    document,
    width,
    height,
    marginRight: 20,
    x: {label: "Year", tickFormat: "d", domain: years.length ? [Math.min(...years), Math.max(...years)] : undefined},
    y: {domain: [0, 100], label: "↑ Score (0–100)", grid: true},
    color: {domain: names, legend: true, scheme: "tableau10"},
    ariaLabel: `${subject} over time`,
    ariaDescription: description,
    marks: [
      Plot.ruleY([0], {ariaHidden: "true"}),
      // One line mark per edition: the 2025 update dashed, never joined to the 2020 edition's line. Lines
      // and the zero rule are hidden from assistive technology (their aria-label would sit on a role-less
      // <g>); the dots carry a title each and the caption gives every series.
      ...editions.map((edition) =>
        Plot.lineY(
          data.filter((d) => d.edition === edition),
          {
            x: "year",
            y: "score",
            stroke: "series",
            z: "series",
            strokeDasharray: edition === "2025" ? "5,3" : undefined,
            strokeWidth: 2,
            sort: "year",
            ariaHidden: "true"
          }
        )
      ),
      Plot.dot(data, {
        x: "year",
        y: "score",
        fill: "series",
        r: 2.5,
        title: (d: HistoryPoint) => `${d.series}, ${d.year} (${d.edition} edition): ${fixed(d.score, 1)}`
      })
    ]
  });
  return chartFigure(plot, description, document);
}
