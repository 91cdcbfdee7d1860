/**
 * The correlation explorer as built in $MIPEX_DIST (or dist/): a link restores the selection and the
 * report is recomputed in the browser; a user's tidy CSV is read client-side and explored at once.
 *
 * Contract with src/explorer.md:
 *   [data-testid="explorer-selection"]  data-measure, data-mipex-year, data-indicator, data-group, data-year, data-control
 *   [data-testid="explorer-n"]          the number of countries paired
 *   [data-testid="explorer-chart"] svg  the scatter
 *   [data-testid="explorer-table"]      the table behind the chart
 *   input[type=file]                     the user's CSV
 *   inputs labelled "Filter outcomes", "Outcome", "Outcome year"; the filter is kept in ?filter=
 */
import {existsSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {projectRoot} from "./build-fixture.ts";
import {builtSiteDir, startSession, type BrowserSession, type OpenedPage} from "./harness.ts";

const distDir = builtSiteDir(projectRoot);
const built = existsSync(join(distDir, "explorer.html"));
if (!built) console.warn(`explorer test skipped: explorer.html not built in ${distDir}`);

const QUERY = "measure=labour_market_mobility&mipexYear=2019&indicator=derived.employment_rate_gap_nat_minus_noneu.Y20-64&group=sex%3DT&year=2019";

describe.skipIf(!built)("correlation explorer /explorer", () => {
  let session: BrowserSession;
  let opened: OpenedPage;

  beforeAll(async () => {
    session = await startSession(distDir);
    opened = await session.openPage(`/explorer?${QUERY}`);
    await opened.page.locator('[data-testid="explorer-n"]').waitFor({timeout: 90_000});
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
    await session?.close();
  });

  test("restores the selection from the URL and shows n", async () => {
    const selection = opened.page.locator('[data-testid="explorer-selection"]');
    expect(await selection.getAttribute("data-measure")).toBe("labour_market_mobility");
    expect(await selection.getAttribute("data-mipex-year")).toBe("2019");
    expect(await selection.getAttribute("data-indicator")).toBe("derived.employment_rate_gap_nat_minus_noneu.Y20-64");
    expect(await selection.getAttribute("data-group")).toBe("sex=T");
    expect(await selection.getAttribute("data-year")).toBe("2019");
    // The same 32 countries as the labour-market finding on /policies-outcomes.
    expect(await opened.page.locator('[data-testid="explorer-n"]').textContent()).toBe("32");
    expect(await opened.page.locator('[data-testid="explorer-sentence"]').textContent()).toContain("r = 0.39");
    await opened.page.locator('[data-testid="explorer-chart"] svg').first().waitFor({timeout: 30_000});
    expect(await opened.page.locator('[data-testid="explorer-table"] tbody tr').count()).toBeGreaterThan(10);
    expect(new URL(opened.page.url()).searchParams.get("measure")).toBe("labour_market_mobility");
  });

  test("says how many pairs it offers, that a nominal p from a search means little, and gives the adjusted p", async () => {
    const family = opened.page.locator('[data-testid="explorer-family"]');
    const offered = Number(await family.getAttribute("data-offered"));
    const tested = Number(await family.getAttribute("data-family"));
    expect(offered).toBeGreaterThan(1000);
    expect(tested).toBeLessThanOrEqual(offered);
    const text = (await family.textContent())!.replace(/\s+/g, " ");
    expect(text).toContain(`offers ${offered.toLocaleString("en")} pairs`);
    expect(text).toContain("a nominal p found by trying pairs means little");
    expect(await opened.page.locator("table.mipex-correlation-stats").textContent()).toContain(
      `Adjusted p over ${tested.toLocaleString("en")} pairs the explorer offers`
    );
    expect(await opened.page.locator('[data-testid="explorer-sentence"]').textContent()).toContain(`adjusted over the ${tested.toLocaleString("en")} pairs`);
  });

  test('prints no stray inspector value (an empty html`` cell once showed "null" twice)', async () => {
    const stray = await opened.page.evaluate(() =>
      [...document.querySelectorAll("#observablehq-main *")]
        .filter((e) => e.children.length === 0 && ["null", "undefined"].includes(e.textContent!.trim()))
        .map((e) => e.outerHTML)
    );
    expect(stray).toEqual([]);
    expect(await opened.page.locator("#observablehq-main .observablehq--inspect").count()).toBe(0);
  });

  test("years are written plainly in the year select and the table (2019, not 2,019)", async () => {
    const options = await opened.page.getByLabel("Outcome year", {exact: true}).locator("option").allTextContents();
    expect(options.length).toBeGreaterThan(0);
    expect(options.filter((o) => !/^\d{4}$/.test(o))).toEqual([]);
    const table = opened.page.locator('[data-testid="explorer-table"] table');
    const headers = (await table.locator("thead th").allTextContents()).map((h) => h.trim());
    const firstRow = await table.locator("tbody tr").first().locator("td").allTextContents();
    for (const column of ["mipex_year", "outcome_year"]) {
      const index = headers.indexOf(column);
      expect(index, column).toBeGreaterThanOrEqual(0);
      expect(firstRow[index].trim(), column).toMatch(/^\d{4}$/);
    }
  });

  test("the outcome filter is kept in the URL and restored from it", async () => {
    const filter = opened.page.getByLabel("Filter outcomes", {exact: true});
    const outcome = opened.page.getByLabel("Outcome", {exact: true});
    const all = await outcome.locator("option").count();
    await filter.fill("employment");
    await opened.page.waitForFunction(() => new URL(location.href).searchParams.get("filter") === "employment", null, {timeout: 30_000});
    await expect.poll(() => outcome.locator("option").count(), {timeout: 30_000}).toBeLessThan(all);
    const second = await session.openPage(`/explorer?${QUERY}&filter=employment`);
    try {
      await second.page.locator('[data-testid="explorer-n"]').waitFor({timeout: 90_000});
      expect(await second.page.getByLabel("Filter outcomes", {exact: true}).inputValue()).toBe("employment");
      const options = await second.page.getByLabel("Outcome", {exact: true}).locator("option").count();
      expect(options).toBeGreaterThan(1);
      expect(options).toBeLessThan(all);
      expect(await second.page.locator('[data-testid="explorer-selection"]').getAttribute("data-indicator")).toBe(
        "derived.employment_rate_gap_nat_minus_noneu.Y20-64"
      );
      expect(new URL(second.page.url()).searchParams.get("filter")).toBe("employment");
    } finally {
      await second.close();
    }
    await filter.fill("");
    await opened.page.waitForFunction(() => !new URL(location.href).searchParams.has("filter"), null, {timeout: 30_000});
  });

  test("an interval across zero is not worded as a direction (health × self-rated health 'good', 2015)", async () => {
    const second = await session.openPage("/explorer?measure=health&indicator=hlth_silc_24.Y_GE16.G&group=citizen%3DEU27_2020_FOR%3Bsex%3DT&year=2015");
    try {
      await second.page.locator('[data-testid="explorer-n"]').waitFor({timeout: 90_000});
      const sentence = (await second.page.locator('[data-testid="explorer-sentence"]').textContent())!;
      expect(sentence).toMatch(/r = 0\.30, 95 % CI \u22120\.07 to 0\.60/);
      expect(sentence).toContain("The interval includes zero");
      expect(sentence).not.toMatch(/tend to have|moderate|carries the result/);
      const stats = (await second.page.locator("table.mipex-correlation-stats").textContent())!;
      expect(stats).toMatch(/y = −?\d+\.\d\d [+−] \d+\.\d{3}·x/);
      expect(stats).not.toContain("+ -");
    } finally {
      await second.close();
    }
  });

  test("a changed selection is written to the URL", async () => {
    const select = opened.page.locator("form").filter({hasText: "MIPEX score"}).locator("select");
    await select.selectOption({label: "Health"});
    await opened.page.waitForFunction(() => new URL(location.href).searchParams.get("measure") === "health", null, {timeout: 30_000});
    await opened.page.waitForFunction(() => document.querySelector('[data-testid="explorer-selection"]')?.getAttribute("data-measure") === "health", null, {
      timeout: 30_000
    });
  });

  test("a user's tidy CSV is parsed in the browser and explored at once", async () => {
    const countries = ["AUT", "BEL", "DEU", "DNK", "ESP", "FIN", "FRA", "IRL", "ITA", "NLD", "PRT", "SWE"];
    const csv = [
      "country,iso3,year,indicator,group,value,unit,source,note",
      ...countries.map((c, i) => `${c},${c},2019,synthetic_test_indicator,all,${10 + i * 3 + (i % 3)},%,synthetic test data,made up for the test`),
      "OECD average,OECD,2019,synthetic_test_indicator,all,20,%,synthetic,"
    ].join("\n");
    const requestsBefore = opened.requests.length;
    await opened.page.locator('input[type="file"]').setInputFiles({name: "mine.csv", mimeType: "text/csv", buffer: Buffer.from(csv)});
    await opened.page.waitForFunction(
      () => document.querySelector('[data-testid="explorer-selection"]')?.getAttribute("data-indicator") === "synthetic_test_indicator",
      null,
      {timeout: 30_000}
    );
    expect(await opened.page.locator('[data-testid="user-file-status"]').textContent()).toContain("1 rows are not a MIPEX country");
    expect(await opened.page.locator('[data-testid="explorer-n"]').textContent()).toBe("12");
    // Nothing was sent anywhere: no request after the file was chosen.
    // (The browser may fetch the site's own favicon at any moment; that carries nothing of the file.)
    expect(
      opened.requests.slice(requestsBefore).filter((u) => !u.startsWith("blob:") && !u.startsWith("data:") && !/\/_file\/favicon\.[0-9a-f]+\.svg$/.test(u))
    ).toEqual([]);
  });

  test("no console error, no failed request, nothing requested outside the site", async () => {
    expect(opened.outsideRequests).toEqual([]);
    expect(opened.failedResponses).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(await opened.page.locator(".observablehq--error").count()).toBe(0);
  });
});
