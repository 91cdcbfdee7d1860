import type {CompactSeries} from "./page.ts";
import type {AveragePoint, SeriesPoint} from "./series.ts";

/** A value of a series as the chart reads it (whether it is a published score is stated in the page's text). */
export type ChartPoint = Omit<SeriesPoint, "usesPublished">;

/** What the trends page's chart shows for one measure (every country, so the chosen one stands out among them). */
export interface MeasureView {
  measureLabel: string;
  /** The chart's and its table's input: every country's values of the measure and the panel averages. */
  chartData: {points: ChartPoint[]; averages: AveragePoint[]};
  /** Which countries each average is over, one sentence part per edition. */
  panels: string[];
}

/** The part of data/trends.json the chart reads. */
export interface MeasureViewData {
  measures: readonly {id: string; label: string}[];
  names: Readonly<Record<string, string>>;
  series: readonly CompactSeries[];
  averages: readonly AveragePoint[];
}

/**
 * The series of one measure expanded back into points (the loader sends them compactly), with its
 * averages and the sentence parts naming each average's panel. Runs in the browser
 * (lib/browser/trends.ts) when the reader picks a measure.
 *
 * @throws Error when the measure is unknown.
 * @example
 * const data = {
 *   measures: [{id: "m", label: "Measure"}],
 *   names: {SWE: "Sweden"},
 *   series: [{edition: "2020", measure: "m", iso3: "SWE", years: [2014, 2019], values: [80, 86], published: [80, null]}],
 *   averages: [{edition: "2020", measure: "m", year: 2014, mean: 50, publishedMean: null, countries: 56, panel: "the 56 countries scored in both 2014 and 2019"}]
 * };
 * measureView(data, "m").chartData.points.map((p) => [p.name, p.year, p.value]) // [["Sweden", 2014, 80], ["Sweden", 2019, 86]]
 * measureView(data, "m").panels // ["MIPEX 2020 edition: the 56 countries scored in both 2014 and 2019"]
 */
export function measureView(data: MeasureViewData, measure: string): MeasureView {
  const found = data.measures.find((m) => m.id === measure);
  if (!found) throw new Error(`Unknown measure "${measure}"`);
  const points = data.series
    .filter((s) => s.measure === measure)
    .flatMap((s) =>
      s.years.map((year, i): ChartPoint => ({
        edition: s.edition as ChartPoint["edition"],
        measure: s.measure,
        iso3: s.iso3,
        name: data.names[s.iso3],
        year,
        value: s.values[i]!,
        published: s.published[i]
      }))
    );
  const averages = data.averages.filter((a) => a.measure === measure);
  const panels = [...new Set(averages.map((a) => `${a.edition === "2020" ? "MIPEX 2020 edition" : "2025 EU update"}: ${a.panel}`))];
  return {measureLabel: found.label, chartData: {points, averages}, panels};
}
