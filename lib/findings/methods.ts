/**
 * Facts the methods page (src/methods.md) states, computed from the tables so that the page never
 * repeats a number by hand: the sources with their sha256, editions and published-vs-recomputed
 * agreement, load warnings by kind with examples, area weights from the workbooks' own area formulas,
 * the published approaches' rows, and the code file behind each step. `methodsFacts` gathers them for
 * the page's loader (src/data/methods.json.ts); the page has no findings of its own.
 */
import {AREAS, type AreaId} from "../mipex/areas.ts";
import type {IndicatorRow, OverallScoreRow} from "../mipex/build-tables.ts";
import {ERRATA} from "../mipex/errata.ts";
import type {LoadWarningRow, WorkspaceTables} from "../mipex/workspace-tables.ts";
import {fixed} from "../format/number.ts";

export interface WarningKind {
  kind: string;
  count: number;
  /** What the kind means. */
  meaning: string;
  examples: {file: string; sheet: string | null; cell: string | null; message: string}[];
}

/**
 * What each kind of load warning means (kinds not listed are shown with their name only).
 *
 * @example
 * WARNING_MEANINGS["formula-error"] // "a formula cell evaluates to an Excel error (#DIV/0!, usually a year with nothing scored); read as not scored"
 */
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
 * @example (needs the workbooks)
 * warningKinds(tables.load_warnings).map((k) => [k.kind, k.count]).slice(0, 3) // [["formula-error", 1374], ["level-row", 161], ["not-scored-note", 125]]
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
 * @example (needs the workbooks)
 * // Three areas weigh their indicators unequally in the workbooks' formulas.
 * areaWeights(tables.indicators).filter((a) => !a.plainMean).map((a) => a.area) // ["permanent_residence", "anti_discrimination", "health"]
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

/**
 * The file behind each step, as a path relative to the repository root.
 *
 * @example
 * CODE_FILES.find((c) => c.step === "Varimax rotation")?.file // "lib/stats/varimax.ts"
 */
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
  {step: "Varimax rotation", file: "lib/stats/varimax.ts"},
  {step: "k-means", file: "lib/stats/kmeans.ts"},
  {step: "Ward clustering", file: "lib/stats/hierarchical.ts"},
  {step: "Adjusted Rand index", file: "lib/stats/adjusted-rand.ts"},
  {step: "Bootstrap cluster stability", file: "lib/stats/cluster-stability.ts"},
  {step: "Dimensions: CATPCA or PCA, varimax, one-to-one naming", file: "lib/findings/dimensions/fit.ts"},
  {step: "Dimensions named from their loadings", file: "lib/findings/dimensions/naming.ts"},
  {step: "Approaches: k-means clusters and their labels", file: "lib/findings/dimensions/clusters.ts"},
  {step: "Declared methods for the approaches and the leave-one-out ceiling", file: "lib/findings/dimensions/approach-methods.ts"},
  {step: "Approach rule and browser classifier", file: "lib/findings/dimensions/classifier.ts"},
  {step: "Dimensions page analysis and findings", file: "lib/findings/dimensions.ts"},
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
 * @example (needs the workbooks)
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

/** A source file as the loader located it (loaders/data-sources.ts LocatedSource, without its place on disk). */
export interface MethodsSource {
  id: string;
  title: string;
  path: string;
  edition: string;
  citation: string;
  download: string;
  licence: string;
  /** The sha256 data/manifest.json names (null: any version). */
  sha256: string | null;
  /** The sha256 of the file read. */
  actualSha256: string;
  knownVersion: boolean;
}

/** Published, recomputed, differing and not recomputable scores (loaders/mipex/check-summary.ts). */
interface ScoreCounts {
  published: number;
  recomputed: number;
  mismatches: number;
  notRecomputable: number;
}

/** What `mipex check` reports (loaders/mipex/check-summary.ts CheckSummary), as far as the page reads it. */
export interface MethodsCheckSummary {
  indicators: {indicator: number; subIndicator: number};
  editions: {edition: string; countries: number; years: number[]; indicatorScores: number; areaScores: ScoreCounts; overallScores: ScoreCounts}[];
}

type Compared = {edition: string; published: number | null; recomputed: number | null; mismatch: boolean | null};

/**
 * Rows of one edition with both a published and a recomputed score, and how many of them agree within 1e-6.
 *
 * @example (needs the workbooks)
 * scoreAgreement(tables.overall_scores, "2020") // {compared: 1167, agree: 1167}
 */
export function scoreAgreement(rows: readonly Compared[], edition: string): {compared: number; agree: number} {
  const both = rows.filter((r) => r.edition === edition && r.published !== null && r.recomputed !== null);
  return {compared: both.length, agree: both.filter((r) => r.mismatch === false).length};
}

/**
 * The low-confidence published approaches, one entry per country and year: a country whose page gives two
 * conflicting approaches has two low-confidence rows and is listed once, saying so.
 *
 * @example
 * lowConfidenceList(["Ukraine 2019", "Ukraine 2019", "Malta 2019"], ["Ukraine 2019"])
 * // ["Ukraine 2019 (both of its 2 rows, one per conflicting approach)", "Malta 2019"]
 */
export function lowConfidenceList(lowConfidence: readonly string[], conflicts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of lowConfidence) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, n]) =>
    n === 1 ? item : `${item} (${conflicts.includes(item) ? `both of its ${n} rows, one per conflicting approach` : `${n} rows`})`
  );
}

/**
 * Everything the methods page shows, from the tables, the sources read, `mipex check`'s summary and the
 * summary figures' report.
 *
 * @example (needs the workbooks)
 * import {checkSummary} from "../../loaders/mipex/check-summary.ts";
 * // src/data/methods.json.ts passes the sources read and the summary figures' largest mean − median.
 * const facts = methodsFacts({tables, sources: [], summary: checkSummary(tables), largestMeanDistance: -1.4});
 * facts.editions.map((e) => [e.edition, e.firstYear]) // [["2020", 2007], ["2025", 2020]]
 */
export function methodsFacts({
  tables,
  sources,
  summary,
  largestMeanDistance
}: {
  tables: WorkspaceTables;
  sources: readonly MethodsSource[];
  summary: MethodsCheckSummary;
  /** The summary figures' largest mean − median over the averages (lib/findings/summary-figures.ts), signed. */
  largestMeanDistance: number;
}) {
  const editions = summary.editions.map((e) => ({
    ...e,
    firstYear: Math.min(...e.years),
    lastYear: Math.max(...e.years),
    area: scoreAgreement(tables.area_scores, e.edition),
    overall: scoreAgreement(tables.overall_scores, e.edition)
  }));
  const areas = areaWeights(tables.indicators);
  const warnings = warningKinds(tables.load_warnings, 2);
  const groups = tables.approach_groups;
  const lowConfidence = groups.filter((r) => r.confidence === "low").map((r) => `${r.country} ${r.reference_year}`);
  const conflicts = [...new Set(groups.filter((r) => r.conflict).map((r) => `${r.country} ${r.reference_year}`))];
  return {
    sources: sources.map(({id, title, path, edition, citation, download, licence, sha256, actualSha256, knownVersion}) => ({
      id,
      title,
      path,
      edition,
      citation,
      download,
      licence,
      manifestSha256: sha256,
      sha256: actualSha256,
      knownVersion
    })),
    summary,
    editions,
    /** Area and overall scores of every edition, published beside recomputed: the agreement table's rows. */
    agreementRows: editions.flatMap((e) => [
      {
        edition: e.edition,
        level: "area scores",
        published: e.areaScores.published,
        recomputed: e.areaScores.recomputed,
        compared: e.area.compared,
        agree: e.area.agree,
        differ: e.areaScores.mismatches,
        notRecomputable: e.areaScores.notRecomputable
      },
      {
        edition: e.edition,
        level: "overall scores",
        published: e.overallScores.published,
        recomputed: e.overallScores.recomputed,
        compared: e.overall.compared,
        agree: e.overall.agree,
        differ: e.overallScores.mismatches,
        notRecomputable: e.overallScores.notRecomputable
      }
    ]),
    warnings,
    /** Every example warning with its kind and count: the warnings' download. */
    warningExamples: warnings.flatMap((w) => w.examples.map((e) => ({kind: w.kind, count: w.count, ...e}))),
    warningTotal: tables.load_warnings.length,
    errata: ERRATA,
    areas,
    plainMeanAreas: areas.filter((a) => a.plainMean).length,
    /** The areas that are averages of sub-means, by name. */
    subMeanAreas: areas.filter((a) => !a.plainMean).map((a) => a.name),
    /** Every indicator's weight in its area: the weights' download. */
    areaWeightRows: areas.flatMap((a) => a.weights.map((w) => ({area: a.area, code: w.code, title: w.title, weight: w.weight, fraction: w.fraction}))),
    approachGroups: {
      rows: groups.length,
      byYear: Object.entries(
        Object.fromEntries([...new Set(groups.map((r) => r.reference_year))].sort().map((y) => [y, groups.filter((r) => r.reference_year === y).length]))
      ),
      lowConfidence,
      /** One entry per country and year (./methods.ts lowConfidenceList). */
      lowConfidenceList: lowConfidenceList(lowConfidence, conflicts),
      conflicts
    },
    publishedOnlyScores: publishedOnlyScores(
      tables.overall_scores.filter((r) => r.edition === "2020"),
      tables.countries
    ),
    /** |mean − median| at its largest over the summary figures' averages. */
    largestMeanDistance: Math.abs(largestMeanDistance),
    codeFiles: CODE_FILES
  };
}

export type MethodsFacts = ReturnType<typeof methodsFacts>;
