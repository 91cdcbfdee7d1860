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
import {builtSiteDir, countAllRows, startSession, type BrowserSession, type OpenedPage, PHONE, phoneWidth} from "./harness.ts";

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
    // The 7 area averages mipex.eu states (none for access to nationality).
    expect(await countAllRows(opened.page.locator('[data-testid="stated-area-averages-table"]'))).toBe(7);
  });

  test("states whether the data agree with MIPEX's named weaknesses", async () => {
    expect(await opened.page.locator("main").textContent()).toMatch(/the data (do not )?agree/);
  });

  test("restores the group from the URL", async () => {
    expect(await eu.page.locator("select").first().inputValue()).toBeTruthy();
    expect(await countAllRows(eu.page.locator('[data-testid="area-table"]'))).toBe(27);
    expect(new URL(eu.page.url()).searchParams.get("group")).toBe("eu27");
  });

  // Inputs.table calls a format function as (value, rowIndex, rows): a `(d, digits = 1)` formatter took
  // the row index for the number of decimals (row 1 "70", row 8 "25.0000000").
  async function numericColumns(page: OpenedPage["page"], testid: string): Promise<string[][]> {
    return page.locator(`[data-testid="${testid}"] table`).evaluate((table) => {
      const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""));
      const columns: string[][] = [];
      for (const row of rows) row.forEach((cell, i) => (columns[i] ??= []).push(cell));
      return columns.filter((col) => col.length > 0 && col.every((c) => /^[+-]?\d+(\.\d+)?$/.test(c)));
    });
  }
  const decimals = (cell: string) => cell.split(".")[1]?.length ?? 0;

  test("every numeric column of the area and indicator tables has one number of decimals", async () => {
    for (const p of [opened, eu]) {
      for (const testid of ["area-summary-table", "indicator-table", "area-table"]) {
        const columns = await numericColumns(p.page, testid);
        expect(columns.length, testid).toBeGreaterThanOrEqual(testid === "indicator-table" ? 5 : 8);
        for (const col of columns) {
          if (col.every((c) => /^\d+$/.test(c))) continue; // counts (countries at 0, …) are integers
          expect(new Set(col.map(decimals)), `${testid}: ${col.join(" ")}`).toEqual(new Set([col[0].includes(".") ? decimals(col[0]) : 0]));
          expect(decimals(col[0]), testid).toBeLessThanOrEqual(2);
        }
      }
    }
  });

  test("the table's median agrees with the chart caption; no exponent notation anywhere", async () => {
    const caption = (await opened.page.locator('[data-testid="area-chart"] figcaption').textContent()) ?? "";
    const median = /Anti-discrimination mean [\d.]+ \(median (\d+\.\d)/.exec(caption)?.[1];
    expect(median).toBeDefined();
    const row = opened.page.locator('[data-testid="area-summary-table"] tbody tr', {hasText: "Anti-discrimination"});
    expect(await row.locator("td").allTextContents()).toContain(median);
    const cells = await opened.page.locator("main table td").allTextContents();
    expect(cells.filter((c) => /\de[-+]?\d/.test(c))).toEqual([]);
  });

  test("country names and the key numbers of the area summary show in full at 1280 px", async () => {
    const names = opened.page.locator('[data-testid="area-table"] tbody td:nth-child(1)');
    const cut = await names.evaluateAll((tds) => tds.filter((td) => td.scrollWidth > td.clientWidth + 1).map((td) => td.textContent));
    expect(cut).toEqual([]);
    // Difference, median, quartiles and range are inside the visible part of the table, not behind a sideways scroll.
    const visible = await opened.page.locator('[data-testid="area-summary-table"] .mipex-table-scroll').evaluate((form) => {
      const right = form.getBoundingClientRect().right;
      return [...form.querySelectorAll("thead th")].filter((th) => th.getBoundingClientRect().right <= right + 1).map((th) => th.textContent?.trim());
    });
    for (const header of ["Difference", "Median", "Lower quartile", "Upper quartile", "Lowest", "Highest"]) expect(visible).toContain(header);
  });

  test("fits a 390 px phone screen: no sideways scrolling", async () => {
    expect(await phoneWidth(session, "/strengths-weaknesses", ['[data-testid="indicator-table"] tbody tr'])).toBeLessThanOrEqual(PHONE.width);
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
