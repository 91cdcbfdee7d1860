/**
 * The compare page (src/compare.md) as built by `npm run build`: the selection in the URL
 * (`?c=SWE,FIN&g=eu27`) is restored on load (boxes ticked, tables with those columns), a change is
 * written back to the URL, and the page logs no error and requests nothing outside the site.
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
    const checked = await opened.page.locator('[data-testid="compare-controls"] input[type=checkbox]:checked').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).labels?.[0]?.textContent?.trim()));
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

  test("no console error, no failed request, nothing requested outside the site", async () => {
    expect(opened.outsideRequests).toEqual([]);
    expect(opened.failedResponses).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(await opened.page.locator(".observablehq--error").count()).toBe(0);
  });
});
