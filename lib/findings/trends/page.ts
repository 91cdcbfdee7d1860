import type {TrendsAnalysis} from "../trends.ts";
import {ANNUAL_MINIMUM, type AveragePoint, type SeriesPoint} from "./series.ts";
import {BOOTSTRAP_REPLICATES, CHANGE_THRESHOLD, SENSITIVITY_THRESHOLDS, type ChangeAnalysis, type CountryChange, type ThresholdCount} from "./change.ts";
import type {TrendAnalyses} from "./comparisons.ts";
import type {EditionCheck} from "./edition-check.ts";
import type {IndicatorChange} from "./indicator-changes.ts";
import {MEASURES} from "./measures.ts";
import type {SummaryFigureRow} from "../summary-figures.ts";
import {round} from "../../format/number.ts";

/** One (edition, measure, country) series, sent compactly: parallel arrays, values to 6 decimals. */
export interface CompactSeries {
  edition: string;
  measure: string;
  iso3: string;
  years: number[];
  values: (number | null)[];
  published: (number | null)[];
}

/** A comparison between waves as a row of the page's summary table (intervals as numbers; the page formats them). */
export interface ComparisonRow {
  comparison: string;
  countries: number;
  mean: number;
  ci95: [number, number];
  bootstrap95: [number, number] | null;
  publishedMean: number | null;
  difference: number | null;
  improved: number;
  undermined: number;
  unchanged: number;
  publishedScoresUsed: string;
  /** The summary over the recomputable countries, when a published score is used; else null. */
  recomputedOnly: ChangeAnalysis["recomputedOnly"] | null;
  notComputable: string;
}

/** An area's change 2014 → 2019 as a row of the page's table, largest mean change first. */
export interface AreaChangeRow {
  area: string;
  countries: number;
  mean: number;
  ci95: [number, number];
  publishedMean: number | null;
  difference: number | null;
  improved: number;
  undermined: number;
  publishedScoresUsed: string;
}

/** What the trends page (src/trends.md) reads from data/trends.json, besides the findings. */
export interface TrendsPage {
  measures: {id: string; label: string}[];
  /** The countries with a series, by name: the country menu. */
  countries: {iso3: string; name: string; eu27: boolean}[];
  names: Record<string, string>;
  series: CompactSeries[];
  averages: AveragePoint[];
  /** "Name year" of the scores in the series that are the workbook's published value (not recomputable). */
  publishedScoresUsed: string[];
  threshold: number;
  sensitivityThresholds: readonly number[];
  bootstrapReplicates: number;
  annualMinimum: number;
  analyses: TrendAnalyses;
  indicatorChanges: IndicatorChange[];
  /** How many countries have an indicator change 2014 → 2019. */
  indicatorChangeCountries: number;
  editionCheck: EditionCheck[];
  /** The edition check in one sentence's numbers; `has2020` whether any country has a 2020 score in the 2020 edition. */
  editionSummary: {identical: number; meanAbsoluteDifference: number; has2020: boolean};
  coverage2007: TrendsAnalysis["coverage2007"];
  /** 2014 → 2019, each country with the difference of its recomputed and published changes. */
  changeRows: (CountryChange & {difference: number | null})[];
  comparisonRows: ComparisonRow[];
  sensitivityRows: (ThresholdCount & {comparison: string})[];
  areaRows: AreaChangeRow[];
  /** Slovenia's 2020 → 2024 change, when its recomputed and published changes differ (why the update's mean differs). */
  sloveniaUpdate: {change: number; publishedChange: number} | null;
  /** MIPEX's stated "average" changes: the rows, the overall one, and how many the other statistics reproduce. */
  statedChanges: {rows: SummaryFigureRow[]; overall: SummaryFigureRow; medianOfChangesZero: number; meanAgrees: number};
}

/**
 * The series compactly, one object per (edition, measure, country) in the points' order, values to 6
 * decimals (the chart and its table; every finding keeps full precision). {@link expandSeries} undoes it.
 *
 * @example
 * compactSeries([{edition: "2020", measure: "m", iso3: "SWE", name: "Sweden", year: 2014, value: 1.23456789, published: null, usesPublished: false}])
 * // [{edition: "2020", measure: "m", iso3: "SWE", years: [2014], values: [1.234568], published: [null]}]
 */
export function compactSeries(points: readonly SeriesPoint[]): CompactSeries[] {
  const round6 = (v: number | null) => (v === null ? null : round(v, 6));
  const series = new Map<string, CompactSeries>();
  for (const p of points) {
    const key = `${p.edition} ${p.measure} ${p.iso3}`;
    const s = series.get(key) ?? {edition: p.edition, measure: p.measure, iso3: p.iso3, years: [], values: [], published: []};
    s.years.push(p.year);
    s.values.push(round6(p.value));
    s.published.push(round6(p.published));
    series.set(key, s);
  }
  return [...series.values()];
}

/**
 * A comparison as a row of the page's table of average changes.
 *
 * @example (needs the workbooks)
 * import {trendAnalyses} from "./comparisons.ts";
 * const row = comparisonRow(trendAnalyses(tables).main);
 * [row.countries, row.improved, row.undermined, row.unchanged, row.publishedScoresUsed] // [56, 30, 9, 17, "Argentina 2014"]
 */
export function comparisonRow(c: ChangeAnalysis): ComparisonRow {
  return {
    comparison: c.label,
    countries: c.n,
    mean: c.mean,
    ci95: c.ci95,
    bootstrap95: c.bootstrap95,
    publishedMean: c.publishedMean,
    difference: c.publishedMean === null ? null : c.mean - c.publishedMean,
    improved: c.improved,
    undermined: c.undermined,
    unchanged: c.unchanged,
    publishedScoresUsed: c.publishedScoresUsed.join(", ") || "—",
    recomputedOnly: c.publishedScoresUsed.length === 0 ? null : c.recomputedOnly,
    notComputable:
      c.countries
        .filter((x) => x.change === null)
        .map((x) => x.name)
        .join(", ") || "—"
  };
}

/**
 * Slovenia's 2020 → 2024 change beside its published change, when they differ (more than 1e-6); else null.
 *
 * @example
 * sloveniaUpdate({countries: [{iso3: "SVN", change: 1.5, publishedChange: 2}]} as ChangeAnalysis) // {change: 1.5, publishedChange: 2}
 * sloveniaUpdate({countries: [{iso3: "SVN", change: 2, publishedChange: 2}]} as ChangeAnalysis) // null
 */
export function sloveniaUpdate(update: ChangeAnalysis): {change: number; publishedChange: number} | null {
  const svn = update.countries.find((c) => c.iso3 === "SVN");
  if (!svn || svn.change === null || svn.publishedChange === null || Math.abs(svn.change - svn.publishedChange) <= 1e-6) return null;
  return {change: svn.change, publishedChange: svn.publishedChange};
}

/**
 * The edition check's summary: countries with the same score in both, the mean absolute difference, and
 * whether any country has a 2020 score in the 2020 edition.
 *
 * @example
 * editionSummary([{difference: 0, edition2020Year2020: null}, {difference: -2, edition2020Year2020: null}, {difference: null, edition2020Year2020: null}] as EditionCheck[])
 * // {identical: 1, meanAbsoluteDifference: 1, has2020: false}
 */
export function editionSummary(checks: readonly EditionCheck[]): TrendsPage["editionSummary"] {
  const differences = checks.filter((c) => c.difference !== null).map((c) => Math.abs(c.difference!));
  return {
    identical: checks.filter((c) => c.difference === 0).length,
    meanAbsoluteDifference: differences.reduce((s, d) => s + d, 0) / differences.length,
    has2020: checks.some((c) => c.edition2020Year2020 !== null && c.edition2020Year2020 !== undefined)
  };
}

/**
 * The stated changes with the overall one and the counts the page states.
 *
 * @throws Error when no overall change is stated.
 * @example (needs the workbooks)
 * import {summaryFigureChecks, summaryFigureReport} from "../summary-figures.ts";
 * statedChanges(summaryFigureReport(summaryFigureChecks(tables, figures)).rows).overall.figure // "overall_change"
 * statedChanges([]) // throws Error
 */
export function statedChanges(rows: readonly SummaryFigureRow[]): TrendsPage["statedChanges"] {
  const overall = rows.find((r) => r.figure === "overall_change");
  if (!overall) throw new Error("published_summary_figures.csv states no overall change");
  return {
    rows: [...rows],
    overall,
    medianOfChangesZero: rows.filter((r) => r.medianOfChanges === 0).length,
    meanAgrees: rows.filter((r) => r.meanAgrees).length
  };
}

/**
 * The trends page's data from the analysis: the series compactly, the tables' rows and the numbers the
 * page's sentences state.
 *
 * @example (needs the workbooks)
 * import {trendsAnalysis} from "../trends.ts";
 * trendsPage(trendsAnalysis(tables, figures)).countries[0].name // "Albania"
 */
export function trendsPage(analysis: TrendsAnalysis): TrendsPage {
  const {points, analyses} = analysis;
  const {main, withoutHealth, since2007, update, areas} = analyses;
  const names = new Map(analysis.countries.map((c) => [c.iso3, c.name]));
  return {
    measures: MEASURES.map(({id, label}) => ({id, label})),
    countries: [...analysis.countries].sort((a, b) => a.name.localeCompare(b.name)),
    names: Object.fromEntries([...new Set(points.map((p) => p.iso3))].map((iso3) => [iso3, names.get(iso3) ?? iso3])),
    series: compactSeries(points),
    averages: analysis.averages,
    publishedScoresUsed: [...new Set(points.filter((p) => p.usesPublished).map((p) => `${p.name} ${p.year}`))].sort(),
    threshold: CHANGE_THRESHOLD,
    sensitivityThresholds: SENSITIVITY_THRESHOLDS,
    bootstrapReplicates: BOOTSTRAP_REPLICATES,
    annualMinimum: ANNUAL_MINIMUM,
    analyses,
    indicatorChanges: analysis.indicatorChanges,
    indicatorChangeCountries: new Set(analysis.indicatorChanges.map((c) => c.iso3)).size,
    editionCheck: analysis.editionCheck,
    editionSummary: editionSummary(analysis.editionCheck),
    coverage2007: analysis.coverage2007,
    changeRows: main.countries.map((c) => ({
      ...c,
      difference: c.recomputedChange === null || c.publishedChange === null ? null : c.recomputedChange - c.publishedChange
    })),
    comparisonRows: [main, withoutHealth, since2007, update].map(comparisonRow),
    sensitivityRows: [main, since2007].flatMap((c) =>
      c.sensitivity.map((s) => ({comparison: c.key === "2014_2019" ? "2014 → 2019, with health" : "2007 → 2019, without health and education", ...s}))
    ),
    areaRows: areas
      .map((a) => ({
        area: a.label.replace(/, 2014 → 2019$/, ""),
        countries: a.n,
        mean: a.mean,
        ci95: a.ci95,
        publishedMean: a.publishedMean,
        difference: a.publishedMean === null ? null : a.mean - a.publishedMean,
        improved: a.improved,
        undermined: a.undermined,
        publishedScoresUsed: a.publishedScoresUsed.join(", ") || "—"
      }))
      .sort((a, b) => b.mean - a.mean),
    sloveniaUpdate: sloveniaUpdate(update),
    statedChanges: statedChanges(analysis.statedChanges)
  };
}
