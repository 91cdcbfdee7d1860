/**
 * The country profiles (src/country/[iso3].md, one page per country from one loader) and their index
 * (src/countries.md) as built by `npm run build`: /country/SWE renders its charts (each an svg in a
 * figure with a caption), its tables and Sweden's own data; the index links all 56 profiles; no console
 * error, no failed or outside request; every control has a label.
 */
import {existsSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {mipexCountryCodes} from "../../lib/site/country-paths.ts";
import {projectRoot} from "./build-fixture.ts";
import {builtSiteDir, startSession, unnamedControls, type BrowserSession, type OpenedPage} from "./harness.ts";

const distDir = builtSiteDir(projectRoot);
const hasSource = existsSync(join(projectRoot, "src", "country", "[iso3].md"));

describe.skipIf(!hasSource)("country profile /country/SWE", () => {
  let session: BrowserSession;
  let opened: OpenedPage;

  beforeAll(async () => {
    session = await startSession(distDir);
    opened = await session.openPage("/country/SWE");
    await opened.page.locator('[data-testid="profile-indicators-table"] tbody tr').first().waitFor({timeout: 90_000});
    await opened.page.locator('[data-testid="profile-overall-chart"] figure svg').first().waitFor({timeout: 90_000});
    await opened.waitForQuiet(500, 20_000);
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
    await session?.close();
  });

  test("names the country and its 2019 rank", async () => {
    expect(await opened.page.locator("h1").first().textContent()).toContain("Sweden");
    expect(await opened.page.locator(".mipex-lede").textContent()).toMatch(/rank\s+1\s+of 56/);
  });

  test("every chart is an svg in a figure with a text alternative", async () => {
    for (const id of ["profile-overall-chart", "profile-area-chart", "profile-dimension-chart"]) {
      const figure = opened.page.locator(`[data-testid="${id}"] figure`).first();
      expect(await figure.locator("svg").count(), id).toBeGreaterThan(0);
      expect((await figure.locator("figcaption").textContent())?.length ?? 0, id).toBeGreaterThan(40);
      expect(await figure.locator("svg[aria-label]").count(), id).toBeGreaterThan(0);
    }
  });

  test("has the tables: scores, ranks, indicators, changes, neighbours, outcomes", async () => {
    for (const id of ["profile-series-table", "profile-ranks", "profile-indicators-table", "profile-changes", "profile-neighbours", "profile-outcomes"]) {
      expect(await opened.page.locator(`[data-testid="${id}"] table`).count(), id).toBeGreaterThan(0);
    }
    expect(await opened.page.locator('[data-testid="profile-neighbours"] tbody tr').count()).toBe(5);
    expect(await opened.page.locator('[data-testid="profile-neighbours"] tbody a[href]').first().getAttribute("href")).toMatch(/^\.\/[A-Z]{3}\.html$/);
    const ranks = await opened.page.locator('[data-testid="profile-ranks"] tbody').textContent();
    expect(ranks).toContain("EU27");
    expect(ranks).toContain("OECD");
  });

  test("no console error, no failed request, nothing requested outside the site", async () => {
    expect(opened.outsideRequests).toEqual([]);
    expect(opened.failedResponses).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(await opened.page.locator(".observablehq--error").count()).toBe(0);
  });

  test("every control has an accessible name", async () => {
    const unnamed = await unnamedControls(opened.page);
    expect(unnamed).toEqual([]);
  });

  test("the first Tab reaches a skip link that leads past the sidebar to the content", async () => {
    const page = await session.openPage("/country/SWE");
    try {
      await page.page.keyboard.press("Tab");
      expect(await page.page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
      await page.page.keyboard.press("Enter");
      expect(await page.page.evaluate(() => location.hash)).toBe("#observablehq-main");
    } finally {
      await page.close();
    }
  });
});

describe.skipIf(!hasSource)("country index /countries", () => {
  let session: BrowserSession;
  let opened: OpenedPage;

  beforeAll(async () => {
    session = await startSession(distDir);
    opened = await session.openPage("/countries");
    await opened.page.locator('[data-testid="countries-table"] tbody tr').first().waitFor({timeout: 90_000});
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
    await session?.close();
  });

  test("links every one of the 56 profiles, each of which was built", async () => {
    const links = await opened.page
      .locator('nav[aria-label="All country profiles"] a')
      .evaluateAll((as) => as.map((a) => ({href: a.getAttribute("href"), name: a.textContent ?? ""})));
    expect(links.map((l) => l.href).sort()).toEqual(
      mipexCountryCodes()
        .map((iso3) => `./country/${iso3}.html`)
        .sort()
    );
    // In the order a reader looks for a country: by name, not by ISO code.
    expect(links.map((l) => l.name)).toEqual(links.map((l) => l.name).sort((a, b) => a.localeCompare(b, "en")));
    for (const iso3 of mipexCountryCodes()) expect(existsSync(join(distDir, "country", `${iso3}.html`)), iso3).toBe(true);
  });

  test("no console error, nothing requested outside the site", async () => {
    expect(opened.outsideRequests).toEqual([]);
    expect(opened.failedResponses).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
  });

  test("restores the filter from the URL and keeps it there", async () => {
    const page = await session.openPage("/countries?q=Sweden");
    try {
      const rows = page.page.locator('[data-testid="countries-table"] tbody tr');
      await rows.first().waitFor({timeout: 90_000});
      expect(await rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain("Sweden");
      await page.page.locator("input[type=search]").last().fill("Fin");
      await page.page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "Fin");
    } finally {
      await page.close();
    }
  });
});

describe.skipIf(!existsSync(join(projectRoot, "src", "404.md")))("not-found page", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await startSession(distDir);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  const notFound = async (path: string): Promise<string> => {
    const opened = await session.openPage(path);
    try {
      await opened.page.locator("#observablehq-main p").nth(1).waitFor({timeout: 60_000});
      // The page itself answers 404, which Chromium logs; nothing else may fail.
      expect(opened.consoleErrors.filter((e) => !e.endsWith(`404 (Not Found) (${session.origin}${path})`))).toEqual([]);
      expect(opened.outsideRequests).toEqual([]);
      // The sidebar is there, so the reader can go on from here.
      expect(await opened.page.locator("#observablehq-sidebar a").count()).toBeGreaterThan(10);
      return (await opened.page.locator("#observablehq-main").textContent()) ?? "";
    } finally {
      await opened.close();
    }
  };

  test("points a lower-case country code to its profile", async () => {
    const opened = await session.openPage("/country/fra");
    try {
      const link = opened.page.getByRole("link", {name: "France"});
      await link.waitFor({timeout: 60_000});
      expect(await link.getAttribute("href")).toBe("./country/FRA.html");
      // The 404 page is served at any depth; its links resolve from the site root.
      expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toMatch(/\/country\/FRA\.html$/);
    } finally {
      await opened.close();
    }
  });

  test("says when MIPEX scores no country with that code, and when no page exists", async () => {
    expect(await notFound("/country/XXX")).toMatch(/MIPEX scores no country with the code XXX/);
    expect(await notFound("/no-such-page")).toMatch(/There is no page at \/no-such-page/);
  });
});
