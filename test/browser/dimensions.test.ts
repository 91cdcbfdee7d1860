/**
 * The dimensions and approaches page (src/dimensions.md) as built by `npm run build`: its charts and
 * tables render with the expected rows, it logs no error and requests nothing outside the site.
 *
 * Contract with the page:
 *   [data-testid="dimension-scatter"] figure svg     the countries on two dimensions
 *   [data-testid="loadings-heatmap"], [data-testid="area-heatmap"]   loadings heatmaps (figure svg)
 *   [data-testid="countries-table"] tbody tr          56 countries
 *   [data-testid="variance-table"] tbody tr           3 dimensions
 *   [data-testid="area-loadings-table"] tbody tr      8 areas
 *   [data-testid="loadings-table"] tbody tr           59 indicators
 *   [data-testid="confusion-table"] tbody tr          4 computed approaches
 *   [data-testid="sensitivity-table"] tbody tr        16 method choices
 *   [data-testid="top-ten-table"] tbody tr            10 countries
 */
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {projectRoot} from "./build-fixture.ts";
import {builtSiteDir, countAllRows, startSession, type BrowserSession, type OpenedPage, PHONE, phoneWidth} from "./harness.ts";

const distDir = builtSiteDir(projectRoot);
const hasPage = existsSync(join(projectRoot, "src", "dimensions.md"));

describe.skipIf(!hasPage)("dimensions page /dimensions", () => {
  let session: BrowserSession;
  let opened: OpenedPage;

  beforeAll(async () => {
    session = await startSession(distDir);
    opened = await session.openPage("/dimensions");
    await opened.page.locator('[data-testid="countries-table"] tbody tr').first().waitFor({timeout: 90_000});
    await opened.page.locator('[data-testid="dimension-scatter"] svg').first().waitFor({timeout: 90_000});
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
    await session?.close();
  });

  test("draws the scatter and both heatmaps as figures with a text alternative", async () => {
    for (const id of ["dimension-scatter", "loadings-heatmap", "area-heatmap"]) {
      const chart = opened.page.locator(`[data-testid="${id}"] figure`).first();
      expect(await chart.locator("svg").first().isVisible(), id).toBe(true);
      expect((await chart.locator("figcaption").textContent())?.length ?? 0, id).toBeGreaterThan(40);
    }
    // 56 countries on the scatter, each with its tooltip; in dense clusters only the labels that fit are drawn.
    expect(await opened.page.locator('[data-testid="dimension-scatter"] g[aria-label="dot"] title').count()).toBe(56);
    expect(await opened.page.locator('[data-testid="dimension-scatter"] g[aria-label="text"] text').count()).toBeGreaterThan(30);
  });

  test("tables have the expected rows", async () => {
    const expected: Record<string, number> = {
      "countries-table": 56,
      "components-table": 3,
      "area-agreement-table": 8,
      "dimension-means-table": 3,
      "methods-table": 10,
      "method-countries-table": 55,
      "ten-groups-table": 10,
      "kmeans-countries-table": 56,
      "variance-table": 3,
      "area-loadings-table": 8,
      "loadings-table": 59,
      "confusion-table": 4,
      "sensitivity-table": 16,
      "top-ten-table": 10,
      "clusters-table": 4
    };
    for (const [id, rows] of Object.entries(expected)) expect(await countAllRows(opened.page.locator(`[data-testid="${id}"]`)), id).toBe(rows);
  });

  test("shows the published classification first, then declared methods beside the leave-one-out ceiling", async () => {
    const headings = await opened.page.locator("#observablehq-main h2").allTextContents();
    expect(headings[0]).toBe("The published classification");
    expect(await opened.page.locator('[data-testid="dimension-scatter"] figcaption').textContent()).toContain("Comprehensive integration");
    const methods = (await opened.page.locator('[data-testid="methods-table"]').textContent())!;
    expect(methods).toContain("trained on the published labels (leave-one-out)");
    expect(methods).toMatch(/\u2212?\d\.\d\d to \d\.\d\d/);
    const main = (await opened.page.locator("main").textContent())!;
    expect(main).not.toContain("stated rule");
    expect(main).toMatch(/\d of 8 areas agree/);
  });

  test("switching the dimension pair redraws the scatter", async () => {
    const before = await opened.page.locator('[data-testid="dimension-scatter"] figcaption').textContent();
    await opened.page.locator("select").first().selectOption({index: 2});
    await opened.page.waitForFunction((text) => document.querySelector('[data-testid="dimension-scatter"] figcaption')?.textContent !== text, before);
    expect(await opened.page.locator('[data-testid="dimension-scatter"] g[aria-label="dot"] title').count()).toBe(56);
    await opened.page.waitForFunction(() => new URL(location.href).searchParams.get("pair") === "1-2");
  });

  test("restores the dimension pair from the URL", async () => {
    const page = await session.openPage("/dimensions?pair=0-2");
    try {
      const select = page.page.locator("select").first();
      await page.page.locator('[data-testid="dimension-scatter"] svg').first().waitFor({timeout: 90_000});
      expect(await select.evaluate((s: HTMLSelectElement) => s.selectedIndex)).toBe(1);
    } finally {
      await page.close();
    }
  });

  test("fits a 390 px phone screen: the confusion table scrolls in its own box", async () => {
    expect(
      await phoneWidth(session, "/dimensions", ['[data-testid="confusion-table"] tbody tr', '[data-testid="countries-table"] tbody tr'])
    ).toBeLessThanOrEqual(PHONE.width);
  });

  test("offers downloads and cites MIPEX", async () => {
    expect(await opened.page.locator(".mipex-downloads").count()).toBeGreaterThanOrEqual(10);
    expect(await opened.page.locator("main").textContent()).toContain("ISBN 978-84-92511-83-9");
  });

  test("downloads the area heatmap as the whole chart, its colour ramp above it, in SVG and PNG", async () => {
    // The first chart download after the area heatmap is the heatmap's.
    const span = opened.page.locator('[data-testid="area-heatmap"] ~ .mipex-downloads').filter({hasText: "Download the chart"}).first();
    const download = async (label: string): Promise<Buffer> => {
      const [file] = await Promise.all([opened.page.waitForEvent("download", {timeout: 30_000}), span.getByRole("button", {name: label, exact: true}).click()]);
      expect(file.suggestedFilename()).toBe(`mipex-area-loadings-2019.${label.toLowerCase()}`);
      return readFileSync((await file.path())!);
    };
    const svg = (await download("SVG")).toString("utf8");
    // Not just the legend: the 8 areas × 3 dimensions cells, their labels and the ramp's label.
    expect(svg).toMatch(/^<svg[^>]* xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<rect/g)?.length ?? 0).toBeGreaterThan(24);
    for (const text of ["Loading", "Labour market mobility", "Health", "Secure future"]) expect(svg).toContain(text);
    const width = Number(/^<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
    const height = Number(/^<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(8 * 22 + 50);
    const png = await download("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Math.ceil(width * 2), Math.ceil(height * 2)]);
  });

  test("no console error, no failed request, nothing requested outside the site", async () => {
    expect(opened.outsideRequests).toEqual([]);
    expect(opened.failedResponses).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(await opened.page.locator(".observablehq--error").count()).toBe(0);
  });
});
