/**
 * Pieces of the SQL console (src/sql.md) that do not need DuckDB: the example queries, which tables a
 * query reads, the query kept in the URL, the shape of a result, the quick chart and the result's
 * downloads. The page wires them to DuckDB-WASM.
 */
import * as Plot from "@observablehq/plot";
// .js, not .ts: Framework serves components as .js, and a .ts specifier 404s in the browser.
import {rowsToCsv} from "./table-downloads.js";
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

/**
 * The columns of a result that hold years, shown as written ("2019", not "2,019") and never charted as a
 * measure. The rule: the column's name contains "year" (any case: `year`, `mipex_year`, `Year`) and every
 * non-null value is a whole number from 1000 to 9999. A count such as `years_covered = 5` is therefore
 * not a year column, and neither is a number column without "year" in its name, whatever its values.
 *
 * @example
 * yearColumns([{iso3: "SWE", year: 2019, score: 86}], ["iso3", "year", "score"]) // ["year"]
 */
export function yearColumns(rows: readonly Record<string, unknown>[], columns: readonly string[]): string[] {
  return columns.filter((c) => {
    if (!/year/i.test(c)) return false;
    let any = false;
    for (const row of rows) {
      const v = row[c];
      if (v === null || v === undefined) continue;
      const n = typeof v === "bigint" ? Number(v) : v;
      if (typeof n !== "number" || !Number.isInteger(n) || n < 1000 || n > 9999) return false;
      any = true;
    }
    return any;
  });
}

/**
 * The `format` option of Inputs.table for a result: year columns ({@link yearColumns}) as plain text.
 *
 * @example
 * resultTableFormat([{year: 2019}], ["year"]).year(2019) // "2019"
 */
export function resultTableFormat(rows: readonly Record<string, unknown>[], columns: readonly string[]): Record<string, (v: unknown) => string> {
  return Object.fromEntries(yearColumns(rows, columns).map((c) => [c, (v: unknown) => (v === null || v === undefined ? "" : String(v))]));
}

export type ChartKind = "bar" | "scatter";

/** What {@link chooseChart} decided: a chart of `y` against (or by) `x`, or none with a note saying why. */
export type ChartChoice = {kind: ChartKind; x: string; y: string; note: null} | {kind: null; note: string | null};

const QUICK_CHART_SHAPES = "a quick chart is drawn for two columns: a label and a number (bars) or two numbers (a scatter plot)";

/**
 * The quick chart for a result, if any. Rules:
 *
 * - no rows: none (the status already says so); one row: none — one number needs no chart;
 * - exactly two columns are needed; a year column ({@link yearColumns}) is never the measure;
 * - a text column and a number: bars, one per row, when no label repeats (repeated labels would stack
 *   unrelated rows into one bar);
 * - two numbers, or a year and a number: a scatter plot (the year, if any, on x).
 *
 * @example
 * chooseChart([{iso3: "ALB", year: 2019}, {iso3: "ARE", year: 2019}], ["iso3", "year"]).kind // null: year is not a measure
 * chooseChart([{c: "Sweden", s: 86}, {c: "Finland", s: 85}], ["c", "s"]) // {kind: "bar", x: "c", y: "s", note: null}
 */
export function chooseChart(rows: readonly Record<string, unknown>[], columns: readonly string[]): ChartChoice {
  if (rows.length === 0 || columns.length === 0) return {kind: null, note: null};
  if (rows.length === 1) return {kind: null, note: "No chart for a single row: the table below shows it."};
  if (columns.length !== 2) return {kind: null, note: `No chart: ${QUICK_CHART_SHAPES}.`};
  const years = new Set(yearColumns(rows, columns));
  const kinds = columnKinds(rows, columns);
  const role = (i: number) => (years.has(columns[i]) ? "year" : kinds[i]);
  const [a, b] = [role(0), role(1)];
  const measures = [0, 1].filter((i) => role(i) === "number");
  if (measures.length === 0) {
    const year = columns.find((c) => years.has(c));
    return {kind: null, note: year ? `No chart: ${year} holds years, not a measure; ${QUICK_CHART_SHAPES}.` : `No chart: ${QUICK_CHART_SHAPES}.`};
  }
  if (measures.length === 2) return {kind: "scatter", x: columns[0], y: columns[1], note: null};
  const y = columns[measures[0]];
  const other = measures[0] === 0 ? 1 : 0;
  const x = columns[other];
  if ((other === 0 ? a : b) === "year") return {kind: "scatter", x, y, note: null};
  if (kinds[other] !== "text") return {kind: null, note: `No chart: ${QUICK_CHART_SHAPES}.`};
  const labels = rows.map((r) => r[x]);
  if (new Set(labels).size < labels.length) {
    return {kind: null, note: `No chart: values of ${x} repeat, and bars would add up different rows (GROUP BY ${x} first for one bar each).`};
  }
  return {kind: "bar", x, y, note: null};
}

/** Most bars a quick bar chart draws (the rest are in the table). */
export const MAX_BARS = 80;

/**
 * The quick chart of a query result: a <figure data-testid="sql-chart"> (bars or a scatter plot, with a
 * caption), or a <p data-testid="sql-chart-note"> saying why there is none ({@link chooseChart}), or
 * null for an empty result.
 */
export function QuickChart(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
  {width, document = globalThis.document}: {width: number; document?: Document}
): HTMLElement | null {
  const choice = chooseChart(rows, columns);
  if (choice.kind === null) {
    if (!choice.note) return null;
    const note = document.createElement("p");
    note.className = "sql-chart-note";
    note.setAttribute("data-testid", "sql-chart-note");
    const small = document.createElement("small");
    small.textContent = choice.note;
    note.append(small);
    return note;
  }
  const years = new Set(yearColumns(rows, columns));
  let svg: Element;
  let description: string;
  if (choice.kind === "bar") {
    const {x: label, y: value} = choice;
    const data = rows.slice(0, MAX_BARS).map((r) => ({label: String(r[label] ?? "—"), value: Number(r[value])}));
    const labels = data.map((d) => d.label);
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
        Plot.barX(data, {
          x: "value",
          y: "label",
          fill: "var(--theme-foreground-focus)",
          title: (d: {label: string; value: number}) => `${d.label}: ${d.value}`
        }),
        Plot.ruleX([0], {ariaHidden: "true"})
      ]
    });
  } else {
    const {x, y} = choice;
    const data = rows.map((r) => ({x: Number(r[x]), y: Number(r[y])})).filter((d) => Number.isFinite(d.x) && Number.isFinite(d.y));
    description = `Scatter plot of ${y} against ${x}, ${data.length} points.`;
    // Years on the axis as written (2019, not 2,019), and only whole years as ticks.
    let xAxis: Plot.ScaleOptions = {label: `${x} →`};
    if (years.has(x)) {
      const [first, last] = [Math.min(...data.map((d) => d.x)), Math.max(...data.map((d) => d.x))];
      xAxis = {...xAxis, tickFormat: "d", ...(last - first <= 8 ? {ticks: Array.from({length: last - first + 1}, (_, i) => first + i)} : {})};
    }
    svg = Plot.plot({
      document,
      width,
      height: Math.min(480, Math.max(240, width * 0.6)),
      grid: true,
      x: xAxis,
      y: {label: `↑ ${y}`},
      ariaLabel: `Quick chart: ${y} against ${x}`,
      ariaDescription: description,
      marks: [Plot.dot(data, {x: "x", y: "y", stroke: "var(--theme-foreground-focus)", title: (d: {x: number; y: number}) => `${x} ${d.x}, ${y} ${d.y}`})]
    });
  }
  const figure = chartFigure(svg, description, document);
  figure.setAttribute("data-testid", "sql-chart");
  return figure;
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

/** What the console tells a reader whose query tried to leave the site's own tables. */
export const OUTSIDE_ACCESS_HEADLINE = "The console reads only this site's tables; external access is disabled.";

/**
 * The first keyword of each statement of `sql`, upper-case (comments and string literals skipped), e.g.
 * ["SELECT"] or ["SET", "INSTALL"].
 *
 * @example
 * statementKeywords("-- a comment\nSELECT ';' AS x; install httpfs") // ["SELECT", "INSTALL"]
 */
export function statementKeywords(sql: string): string[] {
  const code = sql.replace(/--[^\n]*|\/\*[\s\S]*?(\*\/|$)/g, " ").replace(/'(?:[^']|'')*'?|"(?:[^"]|"")*"?/g, "''");
  return code
    .split(";")
    .map((statement) => /^\s*([A-Za-z_]+)/.exec(statement)?.[1].toUpperCase())
    .filter((keyword): keyword is string => keyword !== undefined);
}

/**
 * Why the console will not run `sql`, or null. Only INSTALL is refused here: DuckDB-WASM accepts it
 * (it would fetch the extension at LOAD, which the locked configuration refuses), so without this the
 * reader would see a silent success. Every other way out (reading a file or URL, ATTACH, COPY, LOAD, SET)
 * is refused by DuckDB itself and explained by {@link explainRefusal}.
 *
 * @example
 * refusedQuery("INSTALL httpfs") // "The console cannot install or load DuckDB extensions."
 * refusedQuery("SELECT 'install' AS word") // null
 */
export function refusedQuery(sql: string): string | null {
  return statementKeywords(sql).some((k) => k === "INSTALL" || k === "FORCE") ? "The console cannot install or load DuckDB extensions." : null;
}

/**
 * The explanation of a DuckDB error that comes from the console's lock-down (no external access, no
 * extensions, settings locked), or null for any other error. DuckDB's own message is shown below it:
 * its advice to install an extension or change a setting does not apply here.
 *
 * @example
 * explainRefusal("Permission Error: Scanning read_csv_auto files is disabled through configuration") // "It cannot read files or URLs, attach databases, copy data in or out, or load extensions: only the tables listed below the editor."
 * explainRefusal("Binder Error: Referenced column \"nope\" not found") // null
 */
export function explainRefusal(message: string): string | null {
  if (/^Permission Error/m.test(message))
    return "It cannot read files or URLs, attach databases, copy data in or out, or load extensions: only the tables listed below the editor.";
  if (/configuration has been locked/.test(message)) return "DuckDB's settings are locked, so that no query can turn external access or extensions back on.";
  if (/exists in the \w+ extension|requires extension|Missing Extension Error/.test(message)) {
    const name = /exists in the (\w+) extension|requires extension '(\w+)'/.exec(message)?.slice(1).find(Boolean);
    return `The console cannot install or load DuckDB extensions${name ? ` (this query needs ${name})` : ""}; DuckDB's advice below to install or enable one does not apply here.`;
  }
  return null;
}
