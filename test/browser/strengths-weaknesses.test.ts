/**
 * The strengths-and-weaknesses page (src/strengths-weaknesses.md) as built: the strip chart renders,
 * the table behind it has one row per country of the selected group, the selected group is restored
 * from the URL, no console error and nothing requested outside the site.
 *
 * Contract with the page:
 *   [data-testid="area-chart"] svg                  the strip chart (a figure)
 *   [data-testid="area-table"] tbody tr             one row per country (56 for all, 27 for ?group=eu27)
 *   [data-testid="area-summary-table"] tbody tr     one row per area (8)
 *   [data-testid="indicator-table"] tbody tr        indicators of the weakest areas (12 in 2019)
 */
import {existsSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {projectRoot} from "./build-fixture.ts";
import {builtSiteDir, countAllRows, startSession, type BrowserSession, type OpenedPage} from "./harness.ts";

const distDir = builtSiteDir(projectRoot);
const built = existsSync(join(distDir, "strengths-weaknesses.html"));
if (!built) console.warn("strengths-weaknesses test skipped: the page is not in the build");


describe.skipIf(!built)("strengths and weaknesses page", () => {
  let session: BrowserSession;
  let opened: OpenedPage;
  let eu: OpenedPage;

  beforeAll(async () => {
    session = await startSession(distDir);
    opened = await session.openPage("/strengths-weaknesses");
    await opened.page.locator('[data-testid="area-chart"] svg').first().waitFor({timeout: 90_000});
    await opened.page.locator('[data-testid="indicator-table"] tbody tr').first().waitFor({timeout: 90_000});
    eu = await session.openPage("/strengths-weaknesses?group=eu27");
    await eu.page.locator('[data-testid="area-table"] tbody tr').first().waitFor({timeout: 90_000});
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
    await eu?.close();
    await session?.close();
  });

  test("renders the strip chart with a text alternative", async () => {
    const chart = opened.page.locator('[data-testid="area-chart"]');
    expect(await chart.locator("figure svg").first().isVisible()).toBe(true);
    expect(await chart.locator("figcaption").textContent()).toContain("Anti-discrimination mean");
  });

  test("has the tables behind the chart: 56 countries, 8 areas, 12 indicators", async () => {
    expect(await countAllRows(opened.page.locator('[data-testid="area-table"]'))).toBe(56);
    expect(await countAllRows(opened.page.locator('[data-testid="area-summary-table"]'))).toBe(8);
    expect(await countAllRows(opened.page.locator('[data-testid="indicator-table"]'))).toBe(12);
  });

  test("states whether the data agree with MIPEX's named weaknesses", async () => {
    expect(await opened.page.locator("main").textContent()).toMatch(/the data (do not )?agree/);
  });

  test("restores the group from the URL", async () => {
    expect(await eu.page.locator("select").first().inputValue()).toBeTruthy();
    expect(await countAllRows(eu.page.locator('[data-testid="area-table"]'))).toBe(27);
    expect(new URL(eu.page.url()).searchParams.get("group")).toBe("eu27");
  });

  test("no console error, no failed request, nothing requested outside the site", async () => {
    for (const p of [opened, eu]) {
      expect(p.outsideRequests).toEqual([]);
      expect(p.failedResponses).toEqual([]);
      expect(p.consoleErrors).toEqual([]);
      expect(await p.page.locator(".observablehq--error").count()).toBe(0);
    }
  });
});
