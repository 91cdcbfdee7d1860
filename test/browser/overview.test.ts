/**
 * The overview page (src/index.md) as built in dist/ by `npm run build`: it must render its ranking
 * chart and a table of all 56 MIPEX 2020 countries, log no error, and request nothing outside the
 * site.
 *
 * Contract with the page (selectors this test relies on):
 *   [data-testid="ranking-chart"]            the ranking chart; contains an <svg> inside a <figure>
 *                                            (a Plot with a caption/legend is a <figure>, or wrap it)
 *   [data-testid="ranking-table"] tbody tr   one row per country (56); Inputs.table is fine — the
 *                                            test scrolls it so that its lazily added rows appear
 *   [data-testid="score-map"] svg            the world map (a figure with a caption)
 *   [data-testid="map-table"] tbody tr       the table behind the map, one row per country (56)
 *   [data-testid="top-ten"] li               the ten highest scores
 *   ?variant=without_health                  restores the "without health" ranking (radio input)
 */
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {projectRoot} from "./build-fixture.ts";
import {builtSiteDir, countAllRows, startSession, type BrowserSession, type OpenedPage, PHONE, phoneWidth} from "./harness.ts";

const distDir = builtSiteDir(projectRoot);
const hasOverviewSource = existsSync(join(projectRoot, "src", "index.md"));
if (!hasOverviewSource) console.warn("overview test skipped: src/index.md does not exist yet");

describe.skipIf(!hasOverviewSource)("overview page /", () => {
  let session: BrowserSession;
  let opened: OpenedPage;

  beforeAll(async () => {
    // Fails with "dist/index.html not found: run npm run build first" when there is no build.
    session = await startSession(distDir);
    opened = await session.openPage("/");
    await opened.page.locator('[data-testid="ranking-table"] tbody tr').first().waitFor({timeout: 90_000});
    await opened.page.locator('[data-testid="ranking-chart"] svg').first().waitFor({timeout: 90_000});
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
    await session?.close();
  });

  test("has a ranking chart: an svg in a figure", async () => {
    expect(await opened.page.locator("figure svg").count()).toBeGreaterThan(0);
    const chart = opened.page.locator('[data-testid="ranking-chart"]');
    expect(await chart.locator("svg").first().isVisible()).toBe(true);
    expect(await chart.evaluate((e) => e.closest("figure") !== null || e.querySelector("figure svg") !== null)).toBe(true);
  });

  test("downloads the ranking as the whole chart with its legend, in SVG and PNG", async () => {
    const span = opened.page.locator(".mipex-downloads", {hasText: "Download the chart"}).first();
    const download = async (label: string): Promise<Buffer> => {
      const [file] = await Promise.all([opened.page.waitForEvent("download", {timeout: 30_000}), span.getByRole("button", {name: label, exact: true}).click()]);
      expect(file.suggestedFilename()).toBe(`mipex-ranking-2019.${label.toLowerCase()}`);
      return readFileSync((await file.path())!);
    };
    const svg = (await download("SVG")).toString("utf8");
    // Not just a legend swatch: 56 bars and 6 legend swatches, the country names and the band labels.
    expect(svg).toMatch(/^<svg[^>]* xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<rect/g)?.length ?? 0).toBeGreaterThanOrEqual(56 + 5);
    for (const text of ["Sweden", "Saudi Arabia", "Slightly favourable", "Unfavourable"]) expect(svg).toContain(text);
    const width = Number(/^<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
    const height = Number(/^<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(18 * 56 + 40 + 33);
    const png = await download("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Math.ceil(width * 2), Math.ceil(height * 2)]);
  });

  test("has a table with the 56 MIPEX 2020 countries", async () => {
    expect(await countAllRows(opened.page.locator('[data-testid="ranking-table"]'))).toBe(56);
  });

  test("shows the averages MIPEX states beside the median and the mean, and each group's membership", async () => {
    // 7 group averages and the overall change 2014–2019.
    expect(await countAllRows(opened.page.locator('[data-testid="stated-averages-table"]'))).toBe(8);
    expect(await opened.page.locator('[data-testid="group-membership"] li').count()).toBe(7);
    expect(await opened.page.locator("main").textContent()).toMatch(/the median of the\s+56 countries is 49\.3/);
  });

  test("no console error, no failed request, nothing requested outside the site", async () => {
    expect(opened.outsideRequests).toEqual([]);
    expect(opened.failedResponses).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(await opened.page.locator(".observablehq--error").count()).toBe(0);
  });

  test("has a world map with a text alternative and the table behind it", async () => {
    const map = opened.page.locator('[data-testid="score-map"]');
    await map.locator("svg").first().waitFor({timeout: 60_000});
    expect(await map.locator("figure svg").first().isVisible()).toBe(true);
    // 177 Natural Earth countries; the scored ones are coloured, the others grey.
    expect(await map.locator("svg g[aria-label='geo'] path").count()).toBeGreaterThan(170);
    expect(await map.locator("figcaption").textContent()).toContain("World map of the MIPEX overall score 2019 with health of 56 countries");
    expect(await countAllRows(opened.page.locator('[data-testid="map-table"]'))).toBe(56);
  });

  test("lists the Top Ten and says whether mipex.eu's Top Ten agree", async () => {
    const top = opened.page.locator('[data-testid="top-ten"]');
    expect(await top.locator("li").count()).toBeGreaterThanOrEqual(10);
    expect(await top.textContent()).toMatch(/The two lists (agree|differ)/);
  });

  test("links to the full tables as real links, not HTML shown as text", async () => {
    const text = (await opened.page.locator("main").textContent()) ?? "";
    expect(text).not.toContain("<a href");
    expect(text).not.toContain("${");
    const links = opened.page.locator('[data-testid="full-tables"] a[download]');
    expect(await links.count()).toBe(2);
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.some((h) => /overall_scores\.[0-9a-f]+\.csv$/.test(h))).toBe(true);
    expect(hrefs.some((h) => /overall_scores\.[0-9a-f]+\.parquet$/.test(h))).toBe(true);
    const statuses = await opened.page.evaluate(async (urls) => Promise.all(urls.map(async (u) => (await fetch(u, {method: "HEAD"})).status)), hrefs);
    expect(statuses).toEqual([200, 200]);
  });

  test("band cards count countries in the right grammatical number", async () => {
    const cards = await opened.page.locator(".card").allTextContents();
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      // The card reads "Unfavourable1 country1–20 points": letters and digits run together, so no \b.
      expect(card).not.toMatch(/(^|\D)1\s+countries/);
      expect(card).not.toMatch(/(^|\D)(?!1\D)\d+\s+country[^a-z]/);
    }
  });

  test("table numbers: fixed decimals, no exponent notation", async () => {
    const scores = await opened.page.locator('[data-testid="ranking-table"] tbody tr td:nth-child(4)').allTextContents();
    expect(scores.length).toBeGreaterThan(10);
    for (const s of scores) expect(s).toMatch(/^\d+\.\d{2}$/);
    const cells = await opened.page.locator("main table td").allTextContents();
    expect(cells.filter((c) => /\de[-+]?\d/.test(c))).toEqual([]);
  });

  test("fits a 390 px phone screen: no sideways scrolling", async () => {
    expect(await phoneWidth(session, "/", ['[data-testid="full-tables"] a', '[data-testid="ranking-chart"] svg'])).toBeLessThanOrEqual(PHONE.width);
  });

  test("keeps the with/without health choice in the URL and restores it on load", async () => {
    const page = await session.openPage("/?variant=without_health");
    try {
      await page.page.locator('[data-testid="score-map"] figcaption').first().waitFor({timeout: 60_000});
      const checked = await page.page.locator('input[type="radio"]:checked').evaluate((e) => (e as HTMLInputElement).parentElement?.textContent ?? "");
      expect(checked).toContain("Without health");
      expect(await page.page.locator('[data-testid="score-map"] figcaption').textContent()).toContain("without health");
      expect(new URL(page.page.url()).searchParams.get("variant")).toBe("without_health");
      // Switching back says so in the URL (every choice is written, so a link keeps its meaning).
      await page.page.locator('input[type="radio"]').first().check();
      await page.page.waitForFunction(() => new URLSearchParams(location.search).get("variant") === "with_health");
      expect(page.consoleErrors).toEqual([]);
      expect(page.outsideRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test("shows the MIPEX citation", async () => {
    expect(await opened.page.locator("#observablehq-footer").textContent()).toContain("ISBN 978-84-92511-83-9");
  });
});
