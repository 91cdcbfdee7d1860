/**
 * The three policies-and-outcomes pages as built in $MIPEX_DIST (or dist/): each renders its
 * correlations or says plainly which table is missing, logs no error and requests nothing outside the site.
 *
 * Contract with the pages (selectors this test relies on):
 *   [data-testid="block-<finding id with dots as dashes>"]  one section per correlation, with data-n
 *   [data-testid="chart-<…>"] svg                           its scatter (computed correlations)
 *   [data-testid="availability"]                            the statement of what is and is not available
 *   [data-testid="partial-rows"] tbody tr                   rows of a partial table
 */
import {existsSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {projectRoot} from "./build-fixture.ts";
import {builtSiteDir, startSession, type BrowserSession, type OpenedPage, PHONE, phoneWidth} from "./harness.ts";

const distDir = builtSiteDir(projectRoot);
const pages = ["policies-outcomes", "education-pisa", "anti-discrimination-eumidis"];
const built = pages.every((p) => existsSync(join(distDir, `${p}.html`)));
if (!built) console.warn(`outcome page tests skipped: ${pages.join(", ")} not built in ${distDir}`);

describe.skipIf(!built)("outcome pages", () => {
  let session: BrowserSession;
  const opened = new Map<string, OpenedPage>();

  beforeAll(async () => {
    session = await startSession(distDir);
    for (const p of pages) {
      const page = await session.openPage(`/${p}`);
      await page.page.locator("section[data-n]").first().waitFor({timeout: 90_000});
      opened.set(p, page);
    }
  }, 240_000);

  afterAll(async () => {
    for (const p of opened.values()) await p.close();
    await session?.close();
  });

  test("policies-outcomes: five correlations, each with a chart, a sentence, n and the missing countries", async () => {
    const {page} = opened.get("policies-outcomes")!;
    for (const id of [
      "corr-nationality-naturalisation",
      "corr-labour-employment_gap",
      "corr-health-self_rated_gap",
      "corr-overall-gallup",
      "corr-overall-ess"
    ]) {
      const block = page.locator(`[data-testid="block-${id}"]`);
      expect(Number(await block.getAttribute("data-n"))).toBeGreaterThanOrEqual(10);
      await block.locator(`[data-testid="chart-${id}"] svg`).first().waitFor({timeout: 30_000});
      const sentence = await block.locator(`[data-testid="sentence-${id}"]`).textContent();
      expect(sentence).toMatch(/r = \u2212?\d\.\d\d, 95 % CI/);
      expect(sentence).toContain("not a causal effect");
      expect(await block.textContent()).toContain("MIPEX countries missing");
    }
    expect(await page.locator('[data-testid="block-corr-nationality-naturalisation"]').textContent()).toContain("MIPEX 2016");
  });

  test("policies-outcomes: one family of links, raw beside Holm and BH p, and the country-level caveat said once", async () => {
    const {page} = opened.get("policies-outcomes")!;
    const labour = page.locator('[data-testid="block-corr-labour-employment_gap"]');
    expect(await labour.locator("table.mipex-correlation-stats").textContent()).toMatch(
      /Adjusted p over \d+ policy–outcome links .*\(Holm · Benjamini–Hochberg\)\d\.\d{3} · \d\.\d{3} \(raw/
    );
    // Its raw permutation p is below 0.05, its Holm p is not: the sentence calls it tentative.
    expect(await labour.locator('[data-testid="sentence-corr-labour-employment_gap"]').textContent()).toContain("so the association is tentative");
    const findings = page.locator('[data-testid="findings-table"]');
    expect(await findings.locator("thead").textContent()).toMatch(/Permutation p.*Holm p.*BH p/s);
    const body = (await page.textContent("main"))!;
    expect(body.match(/country-level \(ecological\) associations/g)).toHaveLength(1);
    expect(body).toContain("not a random sample");
  });

  test("education-pisa: the science gap is correlated; resilience is below the minimum and says so", async () => {
    const {page} = opened.get("education-pisa")!;
    const gap = page.locator('[data-testid="block-corr-education-pisa_science_gap"]');
    expect(Number(await gap.getAttribute("data-n"))).toBeGreaterThanOrEqual(30);
    await gap.locator("svg").first().waitFor({timeout: 30_000});
    const resilience = page.locator('[data-testid="block-corr-education-pisa_resilience"]');
    expect(await resilience.getAttribute("data-status")).toBe("not_computable");
    expect(await page.locator('[data-testid="availability"]').textContent()).toMatch(/not available.*below the minimum of 10/s);
    expect(await resilience.textContent()).toContain("Austria (47 vs 46)");
    expect(await page.locator('[data-testid="partial-rows"] tbody tr').count()).toBeGreaterThan(0);
  });

  test("education-pisa: the science gap is marked unverified, from its source note, where it is used", async () => {
    const {page} = opened.get("education-pisa")!;
    const gap = page.locator('[data-testid="block-corr-education-pisa_science_gap"]');
    expect(await gap.getAttribute("data-unverified")).toBe("yes");
    expect(await gap.locator('[data-testid="unverified-corr-education-pisa_science_gap"]').textContent()).toContain("INFERRED, NOT READ");
    expect(await gap.locator('[data-testid="sentence-corr-education-pisa_science_gap"]').textContent()).toMatch(/^Unverified outcome:/);
  });

  test("anti-discrimination-eumidis: states what is missing, the tidy format and the indicator ids; no correlation", async () => {
    const {page} = opened.get("anti-discrimination-eumidis")!;
    const availability = await page.locator('[data-testid="availability"]').textContent();
    expect(availability).toContain("not available");
    expect(availability).toContain("eumidis2_knows_law_pct");
    expect(await page.locator('[data-testid="tidy-format"]').textContent()).toContain("country,iso3,year,indicator,group,value,unit,source,note");
    expect(await page.locator("section[data-status='not_computable']").count()).toBe(2);
    expect(await page.locator('[data-testid="partial-coverage"] tbody tr').count()).toBeGreaterThan(5);
    expect(await page.textContent("body")).toContain("EU-MIDIS II data explorer");
  });

  test("years are plain integers (no thousands separator) and no number is in exponent notation", async () => {
    for (const [name, {page}] of opened) {
      // Tables inside closed <details> are in the DOM too; textContent reads them.
      const columns = await page.locator("main table").evaluateAll((tables) =>
        tables.flatMap((t) => {
          const headers = [...t.querySelectorAll("thead th")].map((th) => (th.textContent ?? "").trim());
          const rows = [...t.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim()));
          return headers.map((header, i) => ({header, cells: rows.map((r) => r[i] ?? "")}));
        })
      );
      const yearColumns = columns.filter((c) => /year/i.test(c.header));
      expect(yearColumns.length, name).toBeGreaterThan(0);
      for (const c of yearColumns) expect({name, header: c.header, bad: c.cells.filter((v) => /\d,\d{3}/.test(v))}).toEqual({name, header: c.header, bad: []});
      const all = columns.flatMap((c) => c.cells);
      expect({name, exp: all.filter((v) => /\de[-+]?\d/.test(v))}).toEqual({name, exp: []});
    }
  });

  test("policies-outcomes: download links are links, notes are sentences, the ESS note says where it comes from", async () => {
    const {page} = opened.get("policies-outcomes")!;
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).not.toContain("<a href");
    const links = page.locator('[data-testid="outcome-tables"] a[download]');
    expect(await links.count()).toBe(6);
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const statuses = await page.evaluate(async (urls) => Promise.all(urls.map(async (u) => (await fetch(u, {method: "HEAD"})).status)), hrefs);
    expect(statuses.every((s) => s === 200)).toBe(true);
    // A part of a note ends with a full stop before the next begins ("…comparable figure Source:" was run together).
    expect(text).not.toMatch(/[a-z)] Source:/);
    // The derived series' source no longer repeats its definition.
    expect(text).not.toContain("Source: derived:");
    const ess = (await page.locator('[data-testid="note-corr-overall-ess"]').textContent()) ?? "";
    // The note of the rows used (ESS round 7, 2014), not the series' first row (round 1, 2002).
    expect(ess).toContain("ESS round 7 (year label 2014)");
    expect(ess).not.toContain("year label 2002");
  });

  test("fits a 390 px phone screen: no sideways scrolling", async () => {
    for (const p of ["policies-outcomes", "education-pisa", "anti-discrimination-eumidis"]) {
      const width = await phoneWidth(session, `/${p}`, ["section[data-n]"]);
      expect({p, fits: width <= PHONE.width, width}).toEqual({p, fits: true, width});
    }
  });

  test("no console error, no failed request, nothing requested outside the site", async () => {
    for (const [name, p] of opened) {
      await p.waitForQuiet(500, 20_000);
      expect({name, errors: p.consoleErrors}).toEqual({name, errors: []});
      expect({name, outside: p.outsideRequests}).toEqual({name, outside: []});
      expect({name, failed: p.failedResponses}).toEqual({name, failed: []});
      expect(await p.page.locator(".observablehq--error").count()).toBe(0);
    }
  });
});
