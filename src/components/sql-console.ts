/**
 * Pieces of the SQL console (src/sql.md) that do not need DuckDB: the example queries, which tables a
 * query reads, the query kept in the URL, the shape of a result, the quick chart and the result's
 * downloads. The page wires them to DuckDB-WASM.
 */
import * as Plot from "@observablehq/plot";
// .js, not .ts: Framework serves components as .js, and a .ts specifier 404s in the browser.
import {rowsToCsv} from "./downloads.js";
import {chartFigure} from "./chart-figure.js";

export interface ExampleQuery {
  id: string;
  title: string;
  sql: string;
}

/** One example per key finding; each answers in well under a second once its tables are loaded. */
export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    id: "ranking-2019",
    title: "2019 ranking (overall score with health)",
    sql: `-- MIPEX 2020's headline: 56 countries ranked by their 2019 overall score
SELECT c.name AS country, round(o.recomputed, 1) AS score
FROM overall_scores o JOIN countries c USING (iso3)
WHERE o.edition = '2020' AND o.year = 2019 AND o.variant = 'with_health'
ORDER BY o.recomputed DESC`
  },
  {
    id: "area-means-2019",
    title: "Policy-area means, 2019",
    sql: `-- Mean score of the 56 countries in each policy area, strongest area first
SELECT area, round(avg(recomputed), 1) AS mean_score
FROM area_scores
WHERE edition = '2020' AND year = 2019
GROUP BY area
ORDER BY mean_score DESC`
  },
  {
    id: "change-2014-2019",
    title: "Change 2014 → 2019 (overall score with health)",
    sql: `-- Points gained or lost between 2014 and 2019, biggest gain first
SELECT c.name AS country, round(b.recomputed - a.recomputed, 1) AS change_2014_2019
FROM overall_scores a
JOIN overall_scores b USING (iso3, edition, variant)
JOIN countries c USING (iso3)
WHERE edition = '2020' AND variant = 'with_health' AND a.year = 2014 AND b.year = 2019
ORDER BY change_2014_2019 DESC`
  },
  {
    id: "top-ten",
    title: "The Top Ten and their approach",
    sql: `-- Countries mipex.eu names among the Top Ten, with their 2019 score
SELECT g.country, g.approach, round(o.recomputed, 1) AS score_2019
FROM approach_groups g
LEFT JOIN overall_scores o
  ON o.iso3 = g.iso3 AND o.year = 2019 AND o.edition = '2020' AND o.variant = 'with_health'
WHERE g.top_ten
ORDER BY score_2019 DESC`
  },
  {
    id: "mismatches",
    title: "Published vs recomputed: every mismatch",
    sql: `-- Scores where the official workbook and the workspace's recomputation differ by more than 1e-6
SELECT 'overall' AS level, iso3, year, edition, variant AS item, published, recomputed, note
FROM overall_scores WHERE mismatch
UNION ALL
SELECT 'area', iso3, year, edition, area, published, recomputed, note
FROM area_scores WHERE mismatch
ORDER BY level, iso3, year`
  },
  {
    id: "labour-vs-antidiscrimination",
    title: "Labour market mobility vs anti-discrimination, 2019",
    sql: `-- One dot per country: two policy areas side by side
SELECT
  max(recomputed) FILTER (WHERE area = 'labour_market_mobility') AS labour_market_mobility,
  max(recomputed) FILTER (WHERE area = 'anti_discrimination') AS anti_discrimination
FROM area_scores
WHERE edition = '2020' AND year = 2019
GROUP BY iso3`
  },
  {
    id: "approach-means",
    title: "Mean 2019 score by integration approach",
    sql: `-- The four approaches mipex.eu names, by their countries' mean 2019 score
SELECT g.approach, round(avg(o.recomputed), 1) AS mean_score
FROM approach_groups g
JOIN overall_scores o
  ON o.iso3 = g.iso3 AND o.year = 2019 AND o.edition = '2020' AND o.variant = 'with_health'
GROUP BY g.approach
ORDER BY mean_score DESC`
  },
  {
    id: "load-warnings",
    title: "Workbook inconsistencies by kind",
    sql: `-- What the loaders found inside the official workbooks (loaded anyway, and counted)
SELECT kind, count(*)::INTEGER AS warnings
FROM load_warnings
GROUP BY kind
ORDER BY warnings DESC`
  },
  {
    id: "outcome-catalogue",
    title: "Outcome indicators and their coverage",
    sql: `-- The outcome indicators the workspace can pair with MIPEX scores (see the catalogue's columns)
SELECT *
FROM catalogue
LIMIT 50`
  },
  {
    id: "tables",
    title: "The tables and their sizes",
    sql: `-- Every table loaded so far, with its row and column counts (observations loads when a query names it)
SELECT table_name, estimated_size AS rows, column_count AS columns
FROM duckdb_tables()
ORDER BY table_name`
  }
];

/**
 * The tables a query reads, among `names`: every name that appears as a word. A query naming none
 * (e.g. `SHOW TABLES`, `duckdb_tables()`) may read any of them, so all are returned.
 *
 * @example
 * referencedTables("SELECT * FROM countries", ["countries", "comments"]) // ["countries"]
 */
export function referencedTables(sql: string, names: readonly string[]): string[] {
  const text = sql.replace(/--[^\n]*/g, " ").toLowerCase();
  const found = names.filter((name) => new RegExp(`(^|[^a-z0-9_])${name.toLowerCase()}($|[^a-z0-9_])`).test(text));
  return found.length ? found : [...names];
}

/** The query in a page URL (`?q=`), or undefined. */
export function queryFromUrl(search: string): string | undefined {
  const q = new URLSearchParams(search).get("q");
  return q && q.trim() ? q : undefined;
}

/**
 * `search` with `q` set to the query (other parameters kept).
 *
 * @example
 * urlWithQuery("", "SELECT 1") // "?q=SELECT+1"
 */
export function urlWithQuery(search: string, sql: string): string {
  const params = new URLSearchParams(search);
  params.set("q", sql);
  return `?${params}`;
}

export type ColumnKind = "number" | "text" | "other";

/** Whether each column holds numbers, text or anything else (nulls ignored; all-null is "other"). */
export function columnKinds(rows: readonly Record<string, unknown>[], columns: readonly string[]): ColumnKind[] {
  return columns.map((c) => {
    let kind: ColumnKind | undefined;
    for (const row of rows) {
      const v = row[c];
      if (v === null || v === undefined) continue;
      const k: ColumnKind = typeof v === "number" || typeof v === "bigint" ? "number" : typeof v === "string" ? "text" : "other";
      if (kind === undefined) kind = k;
      else if (kind !== k) return "other";
    }
    return kind ?? "other";
  });
}

export type ChartKind = "bar" | "scatter" | null;

/**
 * The quick chart for a result: a bar chart for one text and one number column, a scatter plot for
 * two number columns, otherwise none.
 *
 * @example
 * chartKind(["text", "number"]) // "bar"
 */
export function chartKind(kinds: readonly ColumnKind[]): ChartKind {
  if (kinds.length !== 2) return null;
  const numbers = kinds.filter((k) => k === "number").length;
  if (numbers === 2) return "scatter";
  if (numbers === 1 && kinds.includes("text")) return "bar";
  return null;
}

/** Most bars a quick bar chart draws (the rest are in the table). */
export const MAX_BARS = 80;

/**
 * A bar or scatter chart of a query result in a <figure> with a caption, or null when the result's
 * shape has no quick chart.
 */
export function QuickChart(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
  {width, document = globalThis.document}: {width: number; document?: Document}
): HTMLElement | null {
  const kind = chartKind(columnKinds(rows, columns));
  if (!kind || rows.length === 0) return null;
  let svg: Element;
  let description: string;
  if (kind === "bar") {
    const [label, value] = columnKinds(rows, columns)[0] === "text" ? columns : [columns[1], columns[0]];
    const data = rows.slice(0, MAX_BARS).map((r) => ({label: String(r[label] ?? "—"), value: Number(r[value])}));
    const labels = [...new Set(data.map((d) => d.label))];
    description = `Bar chart of ${value} by ${label}, ${data.length} bars in the order of the result${rows.length > MAX_BARS ? ` (first ${MAX_BARS} of ${rows.length} rows)` : ""}.`;
    svg = Plot.plot({
      document,
      width,
      height: 16 * labels.length + 50,
      marginLeft: Math.min(220, 8 + 7 * Math.max(...labels.map((l) => l.length))),
      x: {label: `${value} →`, grid: true},
      y: {domain: labels, label: null},
      ariaLabel: `Quick chart: ${value} by ${label}`,
      ariaDescription: description,
      marks: [
        Plot.barX(data, {x: "value", y: "label", fill: "var(--theme-foreground-focus)", title: (d: {label: string; value: number}) => `${d.label}: ${d.value}`}),
        Plot.ruleX([0], {ariaHidden: "true"})
      ]
    });
  } else {
    const [x, y] = columns;
    const data = rows.map((r) => ({x: Number(r[x]), y: Number(r[y])})).filter((d) => Number.isFinite(d.x) && Number.isFinite(d.y));
    description = `Scatter plot of ${y} against ${x}, ${data.length} points.`;
    svg = Plot.plot({
      document,
      width,
      height: Math.min(480, Math.max(240, width * 0.6)),
      grid: true,
      x: {label: `${x} →`},
      y: {label: `↑ ${y}`},
      ariaLabel: `Quick chart: ${y} against ${x}`,
      ariaDescription: description,
      marks: [Plot.dot(data, {x: "x", y: "y", stroke: "var(--theme-foreground-focus)", title: (d: {x: number; y: number}) => `${x} ${d.x}, ${y} ${d.y}`})]
    });
  }
  return chartFigure(svg, description, document);
}

/** The result as CSV text (header first, empty cells for null). */
export function resultCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  if (rows.length === 0) return `${columns.join(",")}\n`;
  return rowsToCsv(rows, [...columns]) + "\n";
}

/** Plain values of an Arrow row (numbers for bigints within range, strings for decimals' text). */
export function plainValue(v: unknown): unknown {
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return v.toISOString();
  if (v !== null && typeof v === "object") {
    const json = (v as {toJSON?: () => unknown}).toJSON?.();
    return json === undefined ? String(v) : json;
  }
  return v;
}
