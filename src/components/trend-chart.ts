import * as Plot from "@observablehq/plot";
import type {AveragePoint, SeriesPoint} from "../../lib/findings/trends/series.ts";
import {chartFigure} from "./chart-figure.js";
import {fixed} from "./lib/format.js";

export interface TrendChartOptions {
  width: number;
  /** ISO3 of the highlighted country. */
  country: string;
  /** The measure's label, for the axis and caption. */
  measureLabel: string;
  document?: Document;
}

/** The chart's input for one measure: every country's values and the panel averages, both editions. */
export interface TrendChartData {
  points: readonly Omit<SeriesPoint, "usesPublished">[];
  averages: readonly AveragePoint[];
}

/** One year of the highlighted country beside the average: the table behind the chart. */
export interface TrendTableRow {
  series: string;
  edition: string;
  year: number;
  country: number | null;
  published: number | null;
  average: number | null;
  averageCountries: number | null;
}

const SERIES = {
  country2020: "Country, MIPEX 2020 edition",
  average2020: "Average, MIPEX 2020 edition",
  country2025: "Country, 2025 EU update",
  average2025: "EU average, 2025 EU update"
};

/**
 * The selected country's values and the average per year, 2020 edition and 2025 EU update as
 * separate series (never one line), sorted by edition and year.
 *
 * @example
 * trendTableRows(data, "SWE").map((r) => [r.edition, r.year, r.country, r.average])
 */
export function trendTableRows({points, averages}: TrendChartData, country: string): TrendTableRow[] {
  const rows: TrendTableRow[] = [];
  for (const edition of ["2020", "2025"] as const) {
    const mine = points.filter((p) => p.edition === edition && p.iso3 === country);
    const avg = averages.filter((a) => a.edition === edition);
    const years = [...new Set([...mine.map((p) => p.year), ...avg.map((a) => a.year)])].sort((a, b) => a - b);
    for (const year of years) {
      const p = mine.find((m) => m.year === year);
      const a = avg.find((m) => m.year === year);
      rows.push({
        series: edition === "2020" ? "MIPEX 2020 edition" : "2025 EU update",
        edition,
        year,
        country: p?.value ?? null,
        published: p?.published ?? null,
        average: a?.mean ?? null,
        averageCountries: a?.countries ?? null
      });
    }
  }
  return rows;
}

/**
 * Lines over time: every country in faint grey, the panel average and the selected country in colour.
 * The 2025 EU update's series is dashed and starts a new line after a rule between 2019 and 2020: the
 * two editions are not joined. Returns a <figure> whose caption is the chart's text alternative.
 *
 * @example
 * display(TrendChart({points, averages}, {width, country: "SWE", measureLabel: "Overall, with health"}));
 */
export function TrendChart({points, averages}: TrendChartData, {width, country, measureLabel, document = globalThis.document}: TrendChartOptions): HTMLElement {
  const mine = points.filter((p) => p.iso3 === country);
  const name = mine[0]?.name ?? country;
  const lines = [
    ...averages.map((a) => ({
      series: a.edition === "2020" ? SERIES.average2020 : SERIES.average2025,
      year: a.year,
      value: a.mean,
      label: `average of ${a.countries} countries`
    })),
    ...mine.map((p) => ({series: p.edition === "2020" ? SERIES.country2020 : SERIES.country2025, year: p.year, value: p.value, label: p.name}))
  ];
  const describe = (edition: "2020" | "2025"): string => {
    const own = mine.filter((p) => p.edition === edition).sort((a, b) => a.year - b.year);
    const avg = averages.filter((a) => a.edition === edition).sort((a, b) => a.year - b.year);
    const editionName = edition === "2020" ? "MIPEX 2020 edition" : "2025 EU update";
    const parts: string[] = [];
    if (own.length > 0)
      parts.push(
        `${name} ${fixed(own[0].value, 1)} in ${own[0].year}${own.length > 1 ? ` to ${fixed(own[own.length - 1].value, 1)} in ${own[own.length - 1].year}` : ""}`
      );
    if (avg.length > 0)
      parts.push(
        `average ${fixed(avg[0].mean, 1)} in ${avg[0].year}${avg.length > 1 ? ` to ${fixed(avg[avg.length - 1].mean, 1)} in ${avg[avg.length - 1].year}` : ""} (${avg[0].panel})`
      );
    return parts.length > 0 ? `${editionName}: ${parts.join("; ")}.` : `${editionName}: no ${name} values.`;
  };
  const description = `Line chart of ${measureLabel} over time. ${describe("2020")} ${describe("2025")} The two editions are separate series, not one line.`;
  const years = points.map((p) => p.year);
  const hasUpdate = points.some((p) => p.edition === "2025");
  const svg = Plot.plot({
    document,
    width,
    height: 380,
    marginRight: 20,
    x: {domain: [Math.min(...years, 2007) - 0.5, Math.max(...years, 2019) + 0.5], label: "Year →", tickFormat: "d", ticks: 10},
    y: {domain: [0, 100], label: `↑ ${measureLabel}`, grid: true},
    color: {domain: Object.values(SERIES), range: ["#1f77b4", "#444444", "#d62728", "#7f7f7f"], legend: true},
    ariaLabel: `MIPEX trend: ${measureLabel}`,
    ariaDescription: description,
    marks: [
      // Dash patterns are constants in Plot, so each edition is its own mark.
      Plot.line(
        points.filter((p) => p.edition === "2020"),
        {x: "year", y: "value", z: "iso3", stroke: "currentColor", strokeOpacity: 0.12}
      ),
      Plot.line(
        points.filter((p) => p.edition === "2025"),
        {x: "year", y: "value", z: "iso3", stroke: "currentColor", strokeOpacity: 0.12, strokeDasharray: "3,2"}
      ),
      ...(hasUpdate
        ? [
            Plot.ruleX([2019.5], {stroke: "currentColor", strokeOpacity: 0.5, strokeDasharray: "2,3"}),
            Plot.text([2019.6], {x: (d: number) => d, frameAnchor: "top", text: () => "2025 EU update →", textAnchor: "start", dy: 6})
          ]
        : []),
      Plot.line(
        lines.filter((d) => !d.series.includes("2025")),
        {x: "year", y: "value", z: "series", stroke: "series", strokeWidth: 2.5}
      ),
      Plot.line(
        lines.filter((d) => d.series.includes("2025")),
        {x: "year", y: "value", z: "series", stroke: "series", strokeWidth: 2.5, strokeDasharray: "6,3"}
      ),
      Plot.dot(lines, {
        x: "year",
        y: "value",
        fill: "series",
        r: 3.5,
        title: (d: {series: string; year: number; value: number; label: string}) => `${d.series}, ${d.year}: ${fixed(d.value, 1)} (${d.label})`
      })
    ]
  });
  return chartFigure(svg, description, document);
}
