/**
 * The compare page (src/compare.md) as built by `npm run build`: the selection in the URL
 * (`?c=SWE,FIN&g=eu27`) is restored on load (boxes ticked, tables with those columns), a change is
 * written back to the URL (an emptied selection as ?c=&g=, kept on reload, with no stale chart), group
 * averages are drawn only for years where every member is scored, and the page logs no error and
 * requests nothing outside the site.
 */
import {existsSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {projectRoot} from "./build-fixture.ts";
import {builtSiteDir, startSession, type BrowserSession, type OpenedPage} from "./harness.ts";

const distDir = builtSiteDir(projectRoot);
const hasSource = existsSync(join(projectRoot, "src", "compare.md"));

describe.skipIf(!hasSource)("compare /compare?c=SWE,FIN&g=eu27", () => {
  let session: BrowserSession;
  let opened: OpenedPage;

  beforeAll(async () => {
    session = await startSession(distDir);
    opened = await session.openPage("/compare?c=SWE,FIN&g=eu27");
    await opened.page.locator('[data-testid="compare-area-table"] tbody tr').first().waitFor({timeout: 90_000});
    await opened.page.locator('[data-testid="compare-area-chart"] figure svg').first().waitFor({timeout: 90_000});
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
    await session?.close();
  });

  test("restores the selection from the URL", async () => {
    const checked = await opened.page
      .locator('[data-testid="compare-controls"] input[type=checkbox]:checked')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).labels?.[0]?.textContent?.trim()));
    expect(checked).toEqual(["Finland", "Sweden", "EU27 average (27 countries)"]);
    const header = await opened.page.locator('[data-testid="compare-area-table"] thead').textContent();
    expect(header).toMatch(/Sweden.*Finland.*EU27 average/);
    expect(await opened.page.locator('[data-testid="compare-area-table"] tbody tr').count()).toBe(8);
    expect(new URL(opened.page.url()).search).toBe("?c=SWE,FIN&g=eu27");
  });

  test("writes a changed selection back to the URL", async () => {
    await opened.page.getByLabel("OECD average (members in 2019) (36 countries)").check();
    await opened.page.waitForFunction(() => location.search.includes("oecd"));
    expect(new URL(opened.page.url()).search).toBe("?c=SWE,FIN&g=eu27,oecd");
    expect(await opened.page.locator('[data-testid="compare-area-table"] thead').textContent()).toContain("OECD average");
    await opened.page.getByLabel("OECD average (members in 2019) (36 countries)").uncheck();
    await opened.page.waitForFunction(() => !location.search.includes("oecd"));
  });

  test("charts have text alternatives; the indicator table has every indicator", async () => {
    for (const id of ["compare-area-chart", "compare-trend-chart"]) {
      expect((await opened.page.locator(`[data-testid="${id}"] figcaption`).textContent())?.length ?? 0, id).toBeGreaterThan(40);
    }
    expect(await opened.page.locator('[data-testid="compare-indicator-table"] table').count()).toBe(1);
  });

  test("the link to the comparison is relative (works under a sub-path)", async () => {
    expect(await opened.page.locator('[data-testid="compare-selection"] a', {hasText: "Link to this comparison"}).getAttribute("href")).toBe(
      "./compare.html?c=SWE,FIN&g=eu27"
    );
  });

  test("a group average is drawn only for years where every member is scored: all 56 only in 2019", async () => {
    const page = await session.openPage("/compare?c=SWE&g=oecd,all");
    try {
      const dots = page.page.locator('[data-testid="compare-trend-chart"] figure svg title');
      await page.page.locator('[data-testid="compare-trend-chart"] figure svg').first().waitFor({timeout: 90_000});
      const titles = await dots.allTextContents();
      const all56 = titles.filter((t) => t.startsWith("Average of all 56 countries,"));
      expect(all56).toHaveLength(1);
      expect(all56[0]).toMatch(/^Average of all 56 countries, 2019 \(2020 edition\): \d+\.\d$/);
      expect(titles.filter((t) => t.startsWith("OECD average")).map((t) => t.split(",")[1].trim().split(" ")[0])).toEqual(["2014", "2019"]);
      const caption = await page.page.locator('[data-testid="compare-trend-chart"] figcaption').textContent();
      expect(caption).toMatch(/Average of all 56 countries \(2020 edition\) \d+\.\d in 2019\./);
      expect(caption).not.toContain("Average of all 56 countries (2025 edition)");
      // The table behind the chart still lists the incomplete years, with the count and the reason.
      const table = await page.page.locator('[data-testid="compare-trend-table"] tbody').textContent();
      expect(table).toMatch(/OECD average \(members in 2019\)\s*2015\D*2 of 36.*no average: 34 members not scored/);
      expect(page.consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test("an emptied selection empties the charts too, and stays empty on reload", async () => {
    const page = await session.openPage("/compare?c=SWE&g=oecd");
    try {
      const {page: p} = page;
      await p.locator('[data-testid="compare-trend-chart"] figure svg').first().waitFor({timeout: 90_000});
      await p.getByLabel("Sweden", {exact: true}).uncheck();
      await p.getByLabel("OECD average (members in 2019) (36 countries)").uncheck();
      await p.waitForFunction(() => location.search === "?c=&g=");
      const checkEmpty = async () => {
        await p.getByRole("status").filter({hasText: "Nothing selected"}).waitFor({timeout: 30_000});
        expect(await p.locator('[data-testid="compare-controls"] input[type=checkbox]:checked').count()).toBe(0);
        for (const id of ["compare-area-chart", "compare-trend-chart"]) {
          expect(await p.locator(`[data-testid="${id}"] figure`).count(), id).toBe(0);
          expect(await p.locator(`[data-testid="${id}"]`).textContent(), id).toContain("No chart: nothing selected.");
          expect(await p.locator(`[data-testid="${id}"]`).textContent(), id).not.toContain("OECD");
        }
        expect(await p.getByText("Download the chart").count()).toBe(0);
      };
      await checkEmpty();
      await p.reload();
      await checkEmpty();
      expect(new URL(p.url()).search).toBe("?c=&g=");
      // A bare /compare still shows the default selection.
      await p.goto(new URL("/compare", session.origin).href);
      await p.locator('[data-testid="compare-area-chart"] figure svg').first().waitFor({timeout: 90_000});
      expect(await p.locator('[data-testid="compare-controls"] input[type=checkbox]:checked').count()).toBeGreaterThan(0);
      expect(page.consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test("no console error, no failed request, nothing requested outside the site", async () => {
    expect(opened.outsideRequests).toEqual([]);
    expect(opened.failedResponses).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(await opened.page.locator(".observablehq--error").count()).toBe(0);
  });
});
