/**
 * Offline regression test: builds test/browser/fixture-site (the project's Framework config with a
 * page that uses every library our pages rely on) with the network cut off, serves it on 127.0.0.1
 * and checks in Chromium that Plot, d3, Inputs, htl, Arquero, topojson, FileAttachment csv/arrow,
 * DuckDB-WASM (DuckDBClient over Arrow, sql front matter over CSV), search and the light/dark themes
 * all work without a single request leaving the site.
 */
import {rmSync} from "node:fs";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {buildFixture, type FixtureBuild} from "./build-fixture.ts";
import {startSession, type BrowserSession, type OpenedPage} from "./harness.ts";

let build: FixtureBuild;
let session: BrowserSession;

beforeAll(async () => {
  build = await buildFixture();
  session = await startSession(build.outputDir);
}, 300_000);

afterAll(async () => {
  await session?.close();
  if (build) rmSync(build.outputDir, {recursive: true, force: true});
});

describe("offline fixture site", () => {
  test("builds without fetching anything", () => {
    if (!build.offline) console.warn("unshare -n is not available here: the fixture was built with the network on");
    // Framework logs "npm:<specifier> → <path>" (possibly mid-line) when it downloads from the CDN or
    // asks the registry; "copy npm:…" lines are copies from the cache.
    // eslint-disable-next-line no-control-regex -- the escape starts the terminal colour codes removed here
    const plain = build.log.replace(/\x1b\[[0-9;]*m/g, "").replace(/copy npm:/g, "copy ");
    expect(plain).not.toMatch(/npm:\S+ →/);
    expect(build.log).not.toMatch(/unable to fetch|fetch failed|duckdb:/);
  });

  describe("libraries page", () => {
    let opened: OpenedPage;
    const text = (id: string) => opened.page.locator(`[data-testid="${id}"]`).textContent({timeout: 60_000});

    beforeAll(async () => {
      opened = await session.openPage("/");
      // DuckDB-WASM is the slowest: its ~35 MB module is compiled before the first query.
      await opened.page.locator('[data-testid="duckdb-sql"]').waitFor({timeout: 90_000});
      await opened.page.locator('[data-testid="duckdb-arrow"]').waitFor({timeout: 90_000});
      await opened.page.locator('[data-testid="duckdb-json"]').waitFor({timeout: 90_000});
    }, 120_000);
    afterAll(async () => opened?.close());

    test("FileAttachment csv (from a .ts data loader), d3, Arquero", async () => {
      expect(await text("csv-rows")).toBe("20");
      expect(await text("d3-sum")).toBe("98");
      expect(await text("aq-count")).toBe("10");
    });

    test("FileAttachment arrow and topojson", async () => {
      expect(await text("arrow-rows")).toBe("20");
      expect(await text("topojson")).toBe("1");
    });

    test("Plot draws a chart in a figure", async () => {
      expect(await opened.page.locator('figure[data-testid="chart"] svg circle').count()).toBe(20);
    });

    test("Inputs: a range drives a table", async () => {
      const rows = opened.page.locator('[data-testid="table"] tbody tr');
      expect(await rows.count()).toBe(11); // y >= 5
      const input = opened.page.locator('input[type="number"]').first();
      await input.fill("9");
      await input.dispatchEvent("input");
      await expect.poll(() => rows.count(), {timeout: 10_000}).toBe(4); // y >= 9
    });

    test("DuckDB-WASM answers queries offline (Arrow table; sql front matter over CSV and JSON)", async () => {
      expect(await text("duckdb-arrow")).toBe("20 rows, total 98");
      expect(await text("duckdb-sql")).toBe("10");
      expect(await text("duckdb-json")).toBe("10 rows, total 47");
    });

    test("no console error, no failed request, nothing requested outside the site", async () => {
      expect(opened.outsideRequests).toEqual([]);
      expect(opened.failedResponses).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      expect(await opened.page.locator(".observablehq--error").count()).toBe(0);
      expect(opened.requests.some((r) => r.endsWith(".wasm"))).toBe(true);
    });
  });

  test("search works offline and finds the second page", async () => {
    const opened = await session.openPage("/");
    try {
      const input = opened.page.locator("#observablehq-search input");
      await input.fill("quokka");
      const result = opened.page.locator("#observablehq-search-results a");
      await expect.poll(() => result.count(), {timeout: 10_000}).toBeGreaterThan(0);
      expect(await result.first().getAttribute("href")).toMatch(/second\.html$/);
      expect(opened.outsideRequests).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("clean URLs, local light and dark themes, citation footer", async () => {
    const background = async (colorScheme: "light" | "dark") => {
      const opened = await session.openPage("/second", {colorScheme});
      try {
        expect(await opened.page.locator("h1").textContent()).toBe("Second page");
        expect(await opened.page.locator("#observablehq-footer").textContent()).toContain("ISBN 978-84-92511-83-9");
        expect(opened.outsideRequests).toEqual([]);
        expect(opened.consoleErrors).toEqual([]);
        return await opened.page.evaluate(() => {
          const style = getComputedStyle(document.documentElement);
          return `${style.backgroundColor} / ${getComputedStyle(document.body).color}`;
        });
      } finally {
        await opened.close();
      }
    };
    const light = await background("light");
    const dark = await background("dark");
    expect(light).not.toBe(dark);
  });
});
