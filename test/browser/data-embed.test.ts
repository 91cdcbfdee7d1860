/**
 * The data page (src/data.md), the Frictionless data package and the embeds, as built:
 *   - /data lists every table with columns, row counts, provenance and CSV/Parquet/Arrow links that
 *     resolve; its datapackage.json link answers with a package whose resources resolve relative to it;
 *   - /embed/ranking renders only the chart (no sidebar, header, footer, pager, toc) and follows ?variant=;
 *   - /embed/ranking-chart.js is an exported module another page can import to draw the chart.
 */
import {createHash} from "node:crypto";
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {TABLE_SPECS} from "../../lib/mipex/table-specs.ts";
import {projectRoot} from "./build-fixture.ts";
import {builtSiteDir, startSession, type BrowserSession, PHONE, phoneWidth} from "./harness.ts";

const distDir = builtSiteDir(projectRoot);
const built = existsSync(join(distDir, "data.html")) && existsSync(join(distDir, "embed", "ranking.html"));
if (!built) console.warn(`data/embed test skipped: ${distDir} has no data.html or embed/ranking.html`);

interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: {fields: {name: string; type: string}[]; primaryKey: string[]};
  sources: {title: string}[];
  licenses: {title: string}[];
  "mipex:rows": number;
  "mipex:formats": Record<string, string>;
}

describe.skipIf(!built)("data package, data page and embeds", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startSession(distDir);
  }, 60_000);
  afterAll(async () => session?.close());

  test("datapackage.json: a resource per table with schema, key, sources; paths resolve to the exported CSVs", () => {
    const pkg = JSON.parse(readFileSync(join(distDir, "data", "datapackage.json"), "utf8")) as {profile: string; licenses: unknown[]; resources: Resource[]};
    expect(pkg.profile).toBe("tabular-data-package");
    expect(pkg.licenses.length).toBeGreaterThan(0);
    expect(pkg.resources.map((r) => r.name)).toEqual(expect.arrayContaining(TABLE_SPECS.map((s) => s.name)));
    for (const r of pkg.resources) {
      const spec = TABLE_SPECS.find((s) => s.name === r.name);
      if (!spec) continue;
      expect(r.schema.fields.map((f) => f.name)).toEqual(spec.columns.map((c) => c.name));
      expect(r.schema.primaryKey).toEqual(spec.key);
      expect(r.sources.length).toBeGreaterThan(0);
      const csv = readFileSync(join(distDir, "data", r.path));
      expect(csv.length).toBe(r.bytes);
      expect(`sha256:${createHash("sha256").update(csv).digest("hex")}`).toBe(r.hash);
      expect(csv.toString("utf8").split("\n").filter(Boolean).length - 1).toBeGreaterThanOrEqual(r["mipex:rows"]);
      for (const path of Object.values(r["mipex:formats"])) expect(existsSync(join(distDir, "data", path))).toBe(true);
    }
  });

  test("data page: every table, its columns, provenance and working downloads", async () => {
    const opened = await session.openPage("/data");
    try {
      await opened.page.locator('[data-testid="table-details"] section').first().waitFor({timeout: 30_000});
      for (const spec of TABLE_SPECS) {
        const section = opened.page.locator(`section[data-table="${spec.name}"]`);
        expect(await section.locator("tbody tr").count()).toBe(spec.columns.length);
        expect(await section.textContent()).toMatch(/sha256/);
      }
      const hrefs = await opened.page.locator('[data-testid="tables-summary"] a[download]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const resources = (JSON.parse(readFileSync(join(distDir, "data", "datapackage.json"), "utf8")) as {resources: Resource[]}).resources;
      expect(hrefs.length).toBe(resources.length * 3); // MIPEX tables, and outcome tables when built
      const statuses = await opened.page.evaluate(async (urls) => Promise.all(urls.map(async (u) => (await fetch(u, {method: "HEAD"})).status)), hrefs);
      expect(statuses.every((s) => s === 200)).toBe(true);
      const pkgHref = await opened.page.locator('[data-testid="datapackage-link"]').evaluate((a) => (a as HTMLAnchorElement).href);
      expect(new URL(pkgHref).pathname).toBe("/data/datapackage.json");
      expect(await opened.page.locator('[data-testid="cite-block"]').textContent()).toContain("ISBN 978-84-92511-83-9");
      expect(opened.outsideRequests).toEqual([]);
      expect(opened.failedResponses).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("data page fits a 390 px phone screen: hashes and paths wrap, the summary table scrolls in its own box", async () => {
    expect(await phoneWidth(session, "/data", ['[data-testid="table-details"] section'])).toBeLessThanOrEqual(PHONE.width);
  });

  test("embed page: only the chart, no sidebar/header/footer/pager/toc; ?variant= selects the ranking", async () => {
    for (const [variant, first] of [
      ["with_health", "Sweden"],
      ["without_health_education", undefined]
    ] as const) {
      const opened = await session.openPage(`/embed/ranking?variant=${variant}`, {viewport: {width: 800, height: 600}});
      try {
        const chart = opened.page.locator('[data-testid="embed-ranking"] figure svg').first();
        await chart.waitFor({timeout: 30_000});
        expect(
          await opened.page.locator("#observablehq-sidebar, #observablehq-header, #observablehq-footer, #observablehq-toc, .observablehq-pager").count()
        ).toBe(0);
        expect(await opened.page.locator(".mipex-embed-ranking").getAttribute("data-variant")).toBe(variant);
        expect(await opened.page.locator('[data-testid="embed-ranking"] svg [aria-label="bar"] rect').count()).toBe(56);
        if (first) expect(await opened.page.locator('[data-testid="embed-ranking"] figcaption').textContent()).toContain(`from ${first}`);
        expect(opened.outsideRequests).toEqual([]);
        expect(opened.consoleErrors).toEqual([]);
      } finally {
        await opened.close();
      }
    }
  });

  test("exported module: another page imports /embed/ranking-chart.js and gets the chart", async () => {
    const opened = await session.openPage("/404-embed-host");
    try {
      // A string, not a function: vitest would rewrite import() inside a function's source.
      const bars = await opened.page.evaluate(`(async () => {
        const module = await import(new URL("/embed/ranking-chart.js", location.href).href);
        const element = await module.RankingChart({variant: "without_health", width: 640});
        document.body.append(element);
        return element.querySelectorAll('[aria-label="bar"] rect').length;
      })()`);
      expect(bars).toBe(56);
      expect(opened.outsideRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
