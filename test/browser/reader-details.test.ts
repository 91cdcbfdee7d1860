/**
 * What a careful reader noticed (issue 13, item 5), each checked on the built site: no literal "null"
 * on the profiles of countries without outcome data; contents-sidebar headings that read as headings;
 * answers in words, not sub-indicator codes; axis labels in words, not column names; heatmap labels
 * inside the chart; an outcome filter that says when nothing matches and a grouped outcome list;
 * compare naming unknown country codes; a favicon; the Dimensions title counting its approaches right.
 */
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {builtSiteDir, startSession, type BrowserSession, type OpenedPage} from "./harness.ts";

const DIST = builtSiteDir(join(import.meta.dirname, "../.."));
/** Sub-indicator codes with a score, as the workbook writes a composite's answers ("bb28a=100"). */
const CODE_ANSWER = /\b[a-z]{2}\d+[a-z]?=\d+/;

let session: BrowserSession;
beforeAll(async () => {
  session = await startSession(DIST);
});
afterAll(async () => session?.close());

async function withPage<T>(path: string, ready: string, read: (opened: OpenedPage) => Promise<T>): Promise<T> {
  const opened = await session.openPage(path);
  try {
    await opened.page.locator(ready).first().waitFor({timeout: 90_000});
    await opened.waitForQuiet(500, 20_000);
    const result = await read(opened);
    expect(opened.consoleErrors, path).toEqual([]);
    return result;
  } finally {
    await opened.close();
  }
}

describe("the details a careful reader notices", () => {
  test.each(["ARE", "ARG", "BRA", "CHN", "IDN", "IND", "JOR", "MDA", "SAU", "ZAF"])("no literal null on the profile of %s", async (iso3) => {
    const text = await withPage(`/country/${iso3}`, '[data-testid="profile-indicators-table"] tbody tr', ({page}) =>
      page.locator("#observablehq-main").innerText()
    );
    expect(text).not.toMatch(/\bnull\b|\bundefined\b/);
    expect(text).not.toMatch(CODE_ANSWER);
  });

  test.each(["/compare", "/trends", "/strengths-weaknesses", "/country/SWE"])("the contents sidebar of %s has whole headings", async (path) => {
    const headings = await withPage(path, "#observablehq-main h2", ({page}) => page.locator("#observablehq-toc a").allTextContents());
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((h) => /[,→(]\s*$|\$\{/.test(h.trim()))).toEqual([]);
  });

  test("what-if shows answers in words, not sub-indicator codes", async () => {
    const text = await withPage("/what-if", '[data-testid="whatif-best-table"] tbody tr', ({page}) => page.locator("#observablehq-main").innerText());
    expect(text).not.toMatch(CODE_ANSWER);
  });

  test("chart axes name outcomes in words, not column names", async () => {
    const labels = await withPage("/policies-outcomes", "main svg", ({page}) => page.locator("main svg text").allTextContents());
    expect(labels.filter((l) => /ESS_\w+|migrant_acceptance_index/.test(l))).toEqual([]);
  });

  test("the loadings heatmaps keep their labels inside the chart, at 1280 and 390 px", async () => {
    for (const viewport of [
      {width: 1280, height: 900},
      {width: 390, height: 844}
    ]) {
      const opened = await session.openPage("/dimensions", {viewport});
      try {
        await opened.page.locator('[data-testid="loadings-heatmap"] svg').first().waitFor({timeout: 90_000});
        const outside = await opened.page.evaluate(() =>
          [...document.querySelectorAll('[data-testid="loadings-heatmap"] svg, [data-testid="area-heatmap"] svg')].flatMap((svg) => {
            const box = svg.getBoundingClientRect();
            return [...svg.querySelectorAll("text")]
              .filter((t) => {
                const r = t.getBoundingClientRect();
                return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1);
              })
              .map((t) => t.textContent);
          })
        );
        expect(outside, `${viewport.width} px`).toEqual([]);
      } finally {
        await opened.close();
      }
    }
  });

  test("the explorer's outcome list is grouped, and a filter with no match says so", async () => {
    const opened = await session.openPage("/explorer");
    try {
      await opened.page.locator('[data-testid="explorer-n"]').waitFor({timeout: 90_000});
      const groups = await opened.page
        .getByLabel("Outcome", {exact: true})
        .locator("optgroup")
        .evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label));
      expect(groups.length).toBeGreaterThan(2);
      expect(new Set(groups).size).toBe(groups.length);
      await opened.page.getByLabel("Filter outcomes", {exact: true}).fill("zzzzqq");
      await opened.page.locator('[data-testid="explorer-no-match"]').waitFor({timeout: 30_000});
      expect(await opened.page.locator('[data-testid="explorer-no-match"]').textContent()).toContain("zzzzqq");
      await opened.page.getByLabel("Filter outcomes", {exact: true}).fill("employment");
      await opened.page.locator('[data-testid="explorer-matches"]').waitFor({timeout: 30_000});
      expect(await opened.page.locator('[data-testid="explorer-no-match"]').count()).toBe(0);
    } finally {
      await opened.close();
    }
  });

  test("compare names the codes it does not know", async () => {
    const text = await withPage("/compare?c=SWE,XYZ,fin&g=eu27,nope", '[data-testid="compare-unknown"]', ({page}) =>
      page.locator('[data-testid="compare-unknown"]').textContent()
    );
    expect(text).toContain("XYZ");
    expect(text).toContain("nope");
    expect(text).not.toContain("fin");
  });

  test("every page has a favicon that loads", async () => {
    for (const path of ["/", "/country/SWE"]) {
      const href = await withPage(path, "#observablehq-main", ({page}) => page.locator('link[rel="icon"]').evaluate((l) => (l as HTMLLinkElement).href));
      const response = await fetch(href);
      expect(response.status, href).toBe(200);
      expect(await response.text()).toContain("<svg");
    }
  });

  test("the Dimensions title counts the approaches the page shows", async () => {
    const title = await withPage("/dimensions", "#observablehq-main h1", ({page}) => page.locator("#observablehq-main h1").first().textContent());
    expect(title).toContain("four approaches");
  });
});
