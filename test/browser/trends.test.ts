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
    const years = await linked.page.locator('[data-testid="trend-table"] tbody tr td:nth-child(3)').allTextContents();
    expect(years).toContain("2019");
    expect(years).toContain("2024");
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
