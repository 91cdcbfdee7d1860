/**
 * The trends page (src/trends.md) as built: the trend and change charts render, the tables behind them
 * have the expected rows, the country and score are restored from the URL, no console error and
 * nothing requested outside the site.
 *
 * Contract with the page:
 *   [data-testid="trend-chart"] svg                the trend chart (a figure)
 *   [data-testid="trend-table"] tbody tr           one row per edition and year of the selection
 *   [data-testid="change-chart"] svg               the 2014 → 2019 change chart
 *   [data-testid="change-table"] tbody tr          one row per country compared (56)
 *   [data-testid="edition-check-table"] tbody tr   one row per country of the 2025 update (28)
 *   [data-testid="area-change-table"] tbody tr     one row per area (8)
 */
import {existsSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {projectRoot} from "./build-fixture.ts";
import {builtSiteDir, countAllRows, startSession, type BrowserSession, type OpenedPage} from "./harness.ts";

const distDir = builtSiteDir(projectRoot);
const built = existsSync(join(distDir, "trends.html"));
if (!built) console.warn("trends test skipped: the page is not in the build");

describe.skipIf(!built)("trends page", () => {
  let session: BrowserSession;
  let opened: OpenedPage;
  let linked: OpenedPage;

  beforeAll(async () => {
    session = await startSession(distDir);
    opened = await session.openPage("/trends");
    await opened.page.locator('[data-testid="trend-chart"] svg').first().waitFor({timeout: 90_000});
    await opened.page.locator('[data-testid="change-table"] tbody tr').first().waitFor({timeout: 90_000});
    linked = await session.openPage("/trends?country=FIN&measure=education");
    await linked.page.locator('[data-testid="trend-table"] tbody tr').first().waitFor({timeout: 90_000});
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
    await linked?.close();
    await session?.close();
  });

  test("renders the trend and change charts with text alternatives", async () => {
    for (const id of ["trend-chart", "change-chart"]) {
      const chart = opened.page.locator(`[data-testid="${id}"]`);
      expect(await chart.locator("figure svg").first().isVisible()).toBe(true);
      expect((await chart.locator("figcaption").textContent())?.length).toBeGreaterThan(40);
    }
    expect(await opened.page.locator('[data-testid="trend-chart"] figcaption').textContent()).toContain("not one line");
  });

  test("has the tables behind the charts with the expected rows", async () => {
    // Sweden, overall without health and education: 2007–2019 (13 years) and the 2025 update 2020–2024 (5).
    expect(await countAllRows(opened.page.locator('[data-testid="trend-table"]'))).toBe(18);
    expect(await countAllRows(opened.page.locator('[data-testid="change-table"]'))).toBe(56);
    expect(await countAllRows(opened.page.locator('[data-testid="edition-check-table"]'))).toBe(28);
    expect(await countAllRows(opened.page.locator('[data-testid="area-change-table"]'))).toBe(8);
    // The overall and five area changes MIPEX states.
    expect(await countAllRows(opened.page.locator('[data-testid="stated-changes-table"]'))).toBe(6);
  });

  test("writes the default selection into the URL", async () => {
    const params = new URL(opened.page.url()).searchParams;
    expect(params.get("country")).toBe("SWE");
    expect(params.get("measure")).toBe("overall_without_health_education");
  });

  test("restores country and score from the URL", async () => {
    const selects = linked.page.locator("form select");
    const values = await selects.evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).selectedOptions[0]?.textContent));
    expect(values).toContain("Finland");
    expect(values).toContain("Education");
    expect(await linked.page.locator('[data-testid="trend-chart"] figcaption').textContent()).toContain("Finland");
    // Education: 2010–2019 in the 2020 edition (not scored before 2010 for Finland) and 2020–2024 in the update.
    const years = await linked.page.locator('[data-testid="trend-table"] tbody tr td:nth-child(2)').allTextContents();
    expect(years).toContain("2019");
    expect(years).toContain("2024");
  });

  test("differences in fixed decimals: no exponent notation, noise shows as zero", async () => {
    const cells = await opened.page.locator("main table td").allTextContents();
    expect(cells.length).toBeGreaterThan(100);
    expect(cells.filter((c) => /\de[-+]?\d/i.test(c))).toEqual([]);
    // The 2020 → 2024 mean change differs from the published one by -0.067: "−0.07" (U+2212), not "-6.7e-2".
    const update = opened.page.locator("main table tbody tr", {hasText: "2020 → 2024 (2025 EU update"}).first();
    expect(await update.locator("td").allTextContents()).toContain("\u22120.07");
    expect(cells.filter((c) => /^[+\u2212-]0\.0*$/.test(c.trim()))).toEqual([]); // noise is "0.00", not "−0.00"
  });

  test("edition check has no all-empty column; the search box has a label; panel wording", async () => {
    const table = opened.page.locator('[data-testid="edition-check-table"] table');
    const emptyColumns = await table.evaluate((t) => {
      const rows = [...t.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim()));
      const headers = [...t.querySelectorAll("thead th")].map((th) => (th.textContent ?? "").trim());
      return headers.filter((h, i) => i > 0 && rows.every((r) => r[i] === ""));
    });
    expect(emptyColumns).toEqual([]);
    const search = opened.page.locator('main input[type="search"]');
    expect(await search.count()).toBe(1);
    const label = await search.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? input.getAttribute("aria-label") ?? "");
    expect(label.trim().length).toBeGreaterThan(0);
    expect(await opened.page.locator("main").textContent()).not.toMatch(/in every year \d{4} and \d{4}/);
  });

  test("no console error, no failed request, nothing requested outside the site", async () => {
    for (const p of [opened, linked]) {
      expect(p.outsideRequests).toEqual([]);
      expect(p.failedResponses).toEqual([]);
      expect(p.consoleErrors).toEqual([]);
      expect(await p.page.locator(".observablehq--error").count()).toBe(0);
    }
  });
});
