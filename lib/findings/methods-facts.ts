/**
 * Facts the methods page (src/methods.md) states, computed from the tables so that the page never
 * repeats a number by hand: load warnings by kind with examples, area weights from the workbooks' own
 * area formulas, and the code file behind each step.
 */
import {AREAS, type AreaId} from "../mipex/areas.ts";
import type {IndicatorRow, OverallScoreRow} from "../mipex/build-tables.ts";
import type {LoadWarningRow} from "../mipex/workspace-tables.ts";
import {fixed} from "../format/number.ts";

export interface WarningKind {
  kind: string;
  count: number;
  /** What the kind means. */
  meaning: string;
  examples: {file: string; sheet: string | null; cell: string | null; message: string}[];
}

/** What each kind of load warning means (kinds not listed are shown with their name only). */
export const WARNING_MEANINGS: Record<string, string> = {
  "formula-error": "a formula cell evaluates to an Excel error (#DIV/0!, usually a year with nothing scored); read as not scored",
  "not-scored-note": "an error text or note stands where a score belongs; read as not scored",
  erratum: "a cell listed one by one in lib/mipex/errata.ts (something other than a score typed into a score cell)",
  "two-codes": "a cell carries both an indicator and a sub-indicator code; the indicator code is used",
  "level-row": "an item stands in the sub-indicator row although the area formula averages it (or the reverse); the formula decides",
  "area-formula": "an area formula weighs the items differently from the formula most sheets use; recomputed with the common weights",
  "code-variant": "an indicator code spelt differently from most sheets; read under the common code",
  "area-code": "an area code that differs from the usual one",
  "stray-column": "a column outside the year columns"
};

/**
 * Load warnings counted by kind (largest first) with the first `examples` of each.
 *
 * @example
 * warningKinds(tables.load_warnings)[0] // {kind: "formula-error", count: 1374, meaning: "...", examples: [...]}
 */
export function warningKinds(warnings: readonly LoadWarningRow[], examples = 2): WarningKind[] {
  const byKind = new Map<string, LoadWarningRow[]>();
  for (const w of warnings) byKind.set(w.kind, [...(byKind.get(w.kind) ?? []), w]);
  return [...byKind]
    .map(([kind, rows]) => ({
      kind,
      count: rows.length,
      meaning: WARNING_MEANINGS[kind] ?? kind,
      examples: rows.slice(0, examples).map(({file, sheet, cell, message}) => ({file, sheet, cell, message}))
    }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}

export interface AreaWeights {
  area: AreaId;
  name: string;
  indicators: number;
  subIndicators: number;
  /** True when every indicator weighs 1/n: the area score is a plain mean. */
  plainMean: boolean;
  weights: {code: string; title: string; weight: number; fraction: string}[];
  /** Sum of weights per group of codes sharing their first two letters (the report's sub-dimensions), for areas that are not a plain mean and whose codes are lettered. */
  groups: {prefix: string; items: number; weight: number; fraction: string}[];
}

/**
 * The weight of every indicator in its area score, as the workbooks' own area formulas give them
 * (IndicatorRow.weight), and whether the area is a plain mean.
 *
 * @example
 * areaWeights(tables.indicators).find((a) => a.area === "permanent_residence")?.plainMean // false
 */
export function areaWeights(indicators: readonly IndicatorRow[]): AreaWeights[] {
  return AREAS.filter((a) => indicators.some((i) => i.area === a.id)).map((a) => {
    const items = indicators.filter((i) => i.area === a.id && i.level === "indicator");
    const n = items.length;
    const plainMean = items.every((i) => Math.abs(i.weight - 1 / n) < 1e-9);
    const lettered = items.every((i) => /^[a-z]{2}/.test(i.code));
    const groups: AreaWeights["groups"] = [];
    if (!plainMean && lettered) {
      for (const i of items) {
        const prefix = i.code.slice(0, 2);
        const g = groups.find((x) => x.prefix === prefix);
        if (g) {
          g.items++;
          g.weight += i.weight;
        } else groups.push({prefix, items: 1, weight: i.weight, fraction: ""});
      }
      for (const g of groups) g.fraction = fraction(g.weight);
    }
    return {
      area: a.id,
      name: a.name,
      indicators: n,
      subIndicators: indicators.filter((i) => i.area === a.id && i.level === "sub-indicator").length,
      plainMean,
      weights: items.map((i) => ({code: i.code, title: i.title, weight: i.weight, fraction: fraction(i.weight)})),
      groups
    };
  });
}

/**
 * A weight as the nearest fraction with a denominator up to 120 ("1/12"), or its decimal.
 *
 * @example
 * fraction(0.0833333) // "1/12"
 */
export function fraction(value: number): string {
  for (let d = 1; d <= 120; d++) {
    const n = Math.round(value * d);
    if (Math.abs(n / d - value) < 1e-6) return n === 0 ? "0" : `${n}/${d}`;
  }
  return fixed(value, 4);
}

/** The file behind each step, as a path relative to the repository root. */
export const CODE_FILES: readonly {step: string; file: string}[] = [
  {step: "Where source files are found and their sha256 checked", file: "loaders/data-sources.ts"},
  {step: "Reading the workbooks (cells, formulas)", file: "loaders/mipex/read-workbook.ts"},
  {step: "Parsing a country sheet into blocks", file: "lib/mipex/parse-country-sheet.ts"},
  {step: "Indicators, weights from the area formulas, tidy tables", file: "lib/mipex/build-tables.ts"},
  {step: "Area and overall scores recomputed", file: "lib/mipex/recompute.ts"},
  {step: "Known errata in the workbooks", file: "lib/mipex/errata.ts"},
  {step: "Editions (never mixed)", file: "lib/mipex/editions.ts"},
  {step: "Published approaches (mipex.eu)", file: "lib/mipex/approach-groups.ts"},
  {step: "Table cache", file: "loaders/mipex/cached-tables.ts"},
  {step: "Agreement counts (mipex check)", file: "loaders/mipex/check-summary.ts"},
  {step: "Ranking and ranks", file: "lib/findings/ranking.ts"},
  {step: "Score bands", file: "lib/mipex/score-bands.ts"},
  {step: "Categorical PCA", file: "lib/stats/catpca.ts"},
  {step: "PCA", file: "lib/stats/pca.ts"},
  {step: "Varimax rotation", file: "lib/findings/varimax.ts"},
  {step: "k-means", file: "lib/stats/kmeans.ts"},
  {step: "Ward clustering", file: "lib/stats/hierarchical.ts"},
  {step: "Adjusted Rand index", file: "lib/stats/adjusted-rand.ts"},
  {step: "Bootstrap cluster stability", file: "lib/stats/cluster-stability.ts"},
  {step: "Dimensions, naming, approaches, Top Ten", file: "lib/findings/approaches.ts"},
  {step: "Approach rule and browser classifier", file: "lib/findings/approach-model.ts"},
  {step: "Dimensions page findings", file: "lib/findings/dimension-findings.ts"},
  {step: "Findings registry (mipex reproduce)", file: "lib/findings/registry.ts"},
  {step: "Summary figures MIPEX states (published_summary_figures.csv)", file: "lib/mipex/published-summary-figures.ts"},
  {step: "Which statistic reproduces them (median, mean, change of the median)", file: "lib/findings/summary-figures.ts"},
  {step: "Group membership of the summary figures (EU28, EU15, EU13, OECD 2019, …)", file: "lib/findings/summary-groups.ts"},
  {step: "Published score where one cannot be recomputed (flagged)", file: "lib/findings/score-of-record.ts"}
];

/**
 * The countries and years whose overall score is published but cannot be recomputed (an indicator is
 * unscored), years joined into runs: the scores that count as published, flagged, in medians, means and counts.
 *
 * @example
 * publishedOnlyScores(tables.overall_scores, tables.countries) // ["Argentina 2014", "Czechia 2007–2013"]
 */
export function publishedOnlyScores(overall: readonly OverallScoreRow[], countries: readonly {iso3: string; name: string}[]): string[] {
  const names = new Map(countries.map((c) => [c.iso3, c.name]));
  const years = new Map<string, Set<number>>();
  for (const r of overall) if (r.recomputed === null && r.published !== null) years.set(r.iso3, (years.get(r.iso3) ?? new Set()).add(r.year));
  return [...years].map(([iso3, ys]) => `${names.get(iso3) ?? iso3} ${yearRuns([...ys].sort((a, b) => a - b))}`).sort();
}

function yearRuns(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(", ");
}
