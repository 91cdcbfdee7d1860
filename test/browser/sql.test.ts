/**
 * The SQL console (src/sql.md) as built: DuckDB-WASM answers the default query (the 2019 ranking)
 * offline, draws a quick chart, keeps the query in the URL, restores it on load, shows DuckDB's
 * message for a bad query, and downloads the result as CSV, Parquet and Arrow. No request leaves the
 * site, whatever the query (DuckDB is locked down and the page has a Content-Security-Policy); a running
 * query can be cancelled; an error clears the previous result; DuckDB is not loaded by pages that do not use it.
 *
 * Contract with the page: [data-testid] sql-editor (Inputs.textarea form), sql-examples (select),
 * sql-running (while a query runs: sql-elapsed, sql-cancel), sql-status (data-state="cancelled" after a
 * cancel), sql-error (data-kind="outside" when the lock-down refused the query), sql-chart (figure) or
 * sql-chart-note (why there is none), sql-result (table), sql-downloads (buttons).
 */
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {projectRoot} from "./build-fixture.ts";
import {builtSiteDir, startSession, type BrowserSession, type OpenedPage} from "./harness.ts";

const distDir = builtSiteDir(projectRoot);
const built = existsSync(join(distDir, "sql.html"));
if (!built) console.warn(`sql test skipped: ${join(distDir, "sql.html")} not built`);

describe.skipIf(!built)("SQL console /sql", () => {
  let session: BrowserSession;
  let opened: OpenedPage;

  beforeAll(async () => {
    session = await startSession(distDir);
    opened = await session.openPage("/sql");
    await opened.page.locator('[data-testid="sql-status"]').waitFor({timeout: 90_000});
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
    await session?.close();
  });

  test("answers the default query: the 2019 ranking, Sweden first, with a bar chart", async () => {
    expect(await opened.page.locator('[data-testid="sql-status"]').textContent()).toMatch(/^56 rows, 2 columns/);
    const firstRow = opened.page.locator('[data-testid="sql-result"] tbody tr').first();
    expect(await firstRow.textContent()).toContain("Sweden");
    expect(await opened.page.locator('[data-testid="sql-chart"] svg rect').count()).toBeGreaterThanOrEqual(56);
    expect(await opened.page.locator('[data-testid="sql-chart"] figcaption').textContent()).toMatch(/Bar chart of score by country/);
  });

  test("keeps the query in the URL", async () => {
    const q = new URL(opened.page.url()).searchParams.get("q");
    expect(q).toContain("FROM overall_scores");
  });

  test("an example fills the editor and runs; two numbers make a scatter plot", async () => {
    await opened.page.locator('[data-testid="sql-examples"] select').selectOption({label: "Labour market mobility vs anti-discrimination, 2019"});
    await expect.poll(() => opened.page.locator('[data-testid="sql-chart"] circle').count(), {timeout: 30_000}).toBe(56);
    expect(await opened.page.locator('[data-testid="sql-editor"] textarea').inputValue()).toContain("labour_market_mobility");
    expect(new URL(opened.page.url()).searchParams.get("q")).toContain("labour_market_mobility");
  });

  test("a bad query shows DuckDB's message inline; Ctrl+Enter runs the editor", async () => {
    const textarea = opened.page.locator('[data-testid="sql-editor"] textarea');
    await textarea.fill("SELECT nope FROM countries");
    await textarea.press("Control+Enter");
    const error = opened.page.locator('[data-testid="sql-error"]');
    await error.waitFor({timeout: 30_000});
    expect(await error.textContent()).toMatch(/Binder Error|nope/);
    expect(await opened.page.locator(".observablehq--error").count()).toBe(0);
  });

  test("downloads the result as CSV, Parquet and Arrow", async () => {
    const textarea = opened.page.locator('[data-testid="sql-editor"] textarea');
    await textarea.fill("SELECT iso3, name FROM countries ORDER BY iso3 LIMIT 3");
    await opened.page.getByRole("button", {name: "Run query"}).click();
    await expect.poll(() => opened.page.locator('[data-testid="sql-status"]').textContent(), {timeout: 30_000}).toMatch(/^3 rows/);
    const download = async (label: string) => {
      const [file] = await Promise.all([
        opened.page.waitForEvent("download", {timeout: 30_000}),
        opened.page.locator('[data-testid="sql-downloads"]').getByRole("button", {name: label, exact: true}).click()
      ]);
      return readFileSync((await file.path())!);
    };
    expect((await download("CSV")).toString("utf8")).toBe("iso3,name\nALB,Albania\nARE,United Arab Emirates\nARG,Argentina\n");
    const parquet = await download("Parquet");
    expect(parquet.subarray(0, 4).toString("latin1")).toBe("PAR1");
    expect(parquet.subarray(-4).toString("latin1")).toBe("PAR1");
    const arrow = await download("Arrow");
    expect(arrow.subarray(0, 6).toString("latin1")).toBe("ARROW1");
  });

  test("years are not charted as a measure and read plainly in the table; one row gets a note, not a chart", async () => {
    const textarea = opened.page.locator('[data-testid="sql-editor"] textarea');
    const run = async (sql: string, status: RegExp) => {
      await textarea.fill(sql);
      await opened.page.getByRole("button", {name: "Run query"}).click();
      await expect.poll(() => opened.page.locator('[data-testid="sql-status"]').textContent(), {timeout: 30_000}).toMatch(status);
      await opened.page.locator('[data-testid="sql-chart"], [data-testid="sql-chart-note"]').first().waitFor({timeout: 30_000});
    };
    // Once a stacked bar chart of "year" running to 6,000.
    await run("SELECT iso3, year FROM overall_scores WHERE year = 2019 LIMIT 3", /^3 rows, 2 columns/);
    expect(await opened.page.locator('[data-testid="sql-chart"]').count()).toBe(0);
    await expect
      .poll(() => opened.page.locator('[data-testid="sql-chart-note"]').textContent(), {timeout: 30_000})
      .toContain("year holds years, not a measure");
    const years = await opened.page.locator('[data-testid="sql-result"] tbody tr td:last-child').allTextContents();
    expect(years.map((t) => t.trim())).toEqual(["2019", "2019", "2019"]);
    // Once a one-point scatter with ticks like 103,746.000000.
    await run("SELECT count(*) AS n, count(DISTINCT indicator) AS k FROM indicator_scores", /^1 row, 2 columns/);
    expect(await opened.page.locator('[data-testid="sql-chart"]').count()).toBe(0);
    await expect.poll(() => opened.page.locator('[data-testid="sql-chart-note"]').textContent(), {timeout: 30_000}).toContain("single row");
    // A year and a number still make a scatter, with the years as written on the axis.
    await run(
      "SELECT year, round(avg(recomputed), 1) AS mean_score FROM overall_scores WHERE edition = '2020' AND variant = 'with_health' GROUP BY year ORDER BY year",
      /^\d+ rows, 2 columns/
    );
    await expect.poll(() => opened.page.locator('[data-testid="sql-chart"] circle').count(), {timeout: 30_000}).toBeGreaterThan(1);
    const ticks = await opened.page.locator('[data-testid="sql-chart"] g[aria-label="x-axis tick label"] text').allTextContents();
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.filter((t) => !/^\d{4}$/.test(t))).toEqual([]);
  });

  /** Type `sql` in the editor and run it. */
  async function runQuery(sql: string): Promise<void> {
    await opened.page.locator('[data-testid="sql-editor"] textarea').fill(sql);
    await opened.page.getByRole("button", {name: "Run query"}).click();
  }

  test("no query reaches outside the site: DuckDB refuses files, URLs, extensions and settings, and the page says why", async () => {
    const queries = [
      "SELECT * FROM read_csv_auto('https://example.com/data.csv')",
      "SELECT * FROM 'https://example.com/data.csv'",
      "SELECT * FROM read_text('http://example.com/notes.txt')",
      "SELECT * FROM glob('https://example.com/*')",
      "ATTACH 'https://example.com/remote.duckdb' AS remote",
      "LOAD httpfs",
      "LOAD 'https://example.com/evil.duckdb_extension.wasm'",
      "INSTALL httpfs",
      "FORCE INSTALL json FROM 'https://example.com'",
      "SET autoinstall_known_extensions = true",
      "SET autoload_known_extensions = true",
      "SET enable_external_access = true",
      "RESET lock_configuration",
      "COPY (SELECT 1) TO 'https://example.com/out.csv'",
      "SELECT * FROM read_parquet('https://example.com/data.parquet')"
    ];
    for (const sql of queries) {
      await runQuery(sql);
      const error = opened.page.locator('[data-testid="sql-error"][data-kind="outside"]');
      await error.waitFor({timeout: 30_000});
      expect({sql, text: await error.textContent()}).toEqual({
        sql,
        text: expect.stringContaining("The console reads only this site's tables; external access is disabled.")
      });
    }
    // Still locked after all that: the settings are as the console set them.
    await runQuery(
      "SELECT current_setting('enable_external_access') AS external, current_setting('autoinstall_known_extensions') AS install, current_setting('autoload_known_extensions') AS autoload, current_setting('lock_configuration') AS locked"
    );
    await expect.poll(() => opened.page.locator('[data-testid="sql-status"]').textContent(), {timeout: 30_000}).toMatch(/^1 row, 4 columns/);
    expect(
      (await opened.page.locator('[data-testid="sql-result"] tbody tr').first().locator("td").allTextContents()).map((t) => t.trim()).filter(Boolean)
    ).toEqual(["no", "no", "no", "yes"]);
    await opened.waitForQuiet(500, 10_000);
    expect(opened.outsideRequests).toEqual([]);
  });

  test("a /sql?q= link with a query that reads a URL opens without contacting any host", async () => {
    const link = await session.openPage(`/sql?q=${encodeURIComponent("SELECT * FROM read_csv_auto('https://example.com/data.csv')")}`);
    try {
      await link.page.locator('[data-testid="sql-error"][data-kind="outside"]').waitFor({timeout: 90_000});
      await link.waitForQuiet(500, 10_000);
      expect(link.outsideRequests).toEqual([]);
      expect(link.consoleErrors).toEqual([]);
    } finally {
      await link.close();
    }
  });

  test("a running query shows its progress and can be cancelled; the next query runs", async () => {
    // 10^10 rows: hours of work.
    await runQuery("SELECT count(*) FROM range(100000) a, range(100000) b");
    const running = opened.page.locator('[data-testid="sql-running"]');
    await running.waitFor({timeout: 30_000});
    expect(await running.getByRole("status").textContent()).toBe("Running the query…");
    await expect.poll(() => running.locator('[data-testid="sql-elapsed"]').textContent(), {timeout: 30_000}).toMatch(/^[1-9]\d*\.\d s$/);
    await opened.page.locator('[data-testid="sql-cancel"]').click();
    await expect.poll(() => opened.page.locator('[data-testid="sql-status"]').getAttribute("data-state"), {timeout: 60_000}).toBe("cancelled");
    expect(await opened.page.locator('[data-testid="sql-status"]').textContent()).toMatch(/^Query cancelled after \d+\.\d s\./);
    await runQuery("SELECT 1 AS one");
    await expect.poll(() => opened.page.locator('[data-testid="sql-status"]').textContent(), {timeout: 60_000}).toMatch(/^1 row, 1 column/);
    expect((await opened.page.locator('[data-testid="sql-result"] tbody tr').first().textContent())?.trim()).toBe("1");
  });

  test("a new query stops a runaway one instead of waiting behind it", async () => {
    await runQuery("SELECT count(*) FROM range(100000) a, range(100000) b");
    await opened.page.locator('[data-testid="sql-running"]').waitFor({timeout: 30_000});
    await runQuery("SELECT 2 AS two");
    await expect.poll(() => opened.page.locator('[data-testid="sql-status"]').textContent(), {timeout: 60_000}).toMatch(/^1 row, 1 column/);
    expect((await opened.page.locator('[data-testid="sql-result"] tbody tr').first().textContent())?.trim()).toBe("2");
  });

  test("an error clears the previous result, its chart and its downloads", async () => {
    await runQuery("SELECT name, 1 AS one FROM countries ORDER BY iso3 LIMIT 3");
    await expect.poll(() => opened.page.locator('[data-testid="sql-status"]').textContent(), {timeout: 30_000}).toMatch(/^3 rows/);
    await opened.page.locator('[data-testid="sql-chart"]').waitFor({timeout: 30_000});
    expect(await opened.page.locator('[data-testid="sql-downloads"] button').count()).toBe(3);
    await runQuery("SELECT name, nope FROM countries");
    await opened.page.locator('[data-testid="sql-error"]').waitFor({timeout: 30_000});
    await expect.poll(() => opened.page.locator('[data-testid="sql-result"] tbody tr').count(), {timeout: 30_000}).toBe(0);
    expect(await opened.page.locator('[data-testid="sql-chart"], [data-testid="sql-chart-note"]').count()).toBe(0);
    expect(await opened.page.locator('[data-testid="sql-downloads"] button').count()).toBe(0);
    expect(await opened.page.locator('[data-testid="sql-status"]').count()).toBe(0);
  });

  test("the page runs under a Content-Security-Policy that allows only its own origin", async () => {
    const policy = await opened.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).toContain("connect-src 'self' blob:;");
    expect(opened.cspViolations).toEqual([]);
  });

  test("no console error, no failed request, nothing requested outside the site", async () => {
    expect(opened.outsideRequests).toEqual([]);
    expect(opened.failedResponses).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.requests.some((r) => r.endsWith(".wasm"))).toBe(true);
  });

  test("restores a query from the URL", async () => {
    const q = "SELECT count(*)::INTEGER AS n FROM indicators";
    const second = await session.openPage(`/sql?q=${encodeURIComponent(q)}`);
    try {
      await second.page.locator('[data-testid="sql-status"]').waitFor({timeout: 90_000});
      expect(await second.page.locator('[data-testid="sql-editor"] textarea').inputValue()).toBe(q);
      expect(await second.page.locator('[data-testid="sql-result"] tbody tr').first().textContent()).toContain("79");
      expect(second.outsideRequests).toEqual([]);
      expect(second.consoleErrors).toEqual([]);
    } finally {
      await second.close();
    }
  });

  test("the overview page does not load DuckDB", async () => {
    const overview = await session.openPage("/");
    try {
      await overview.waitForQuiet(1000, 30_000);
      expect(overview.requests.filter((r) => /duckdb|\.wasm/.test(r))).toEqual([]);
    } finally {
      await overview.close();
    }
  });
});
