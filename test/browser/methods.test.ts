/**
 * The methods page (src/methods.md) as built by `npm run build`: every table renders with the
 * expected rows, it logs no error and requests nothing outside the site.
 *
 * Contract with the page:
 *   [data-testid="sources-table"] tbody tr      4 sources (data/manifest.json)
 *   [data-testid="summary-figures-table"] tbody tr  the 20 summary figures MIPEX states
 *   [data-testid="editions-table"] tbody tr     2 editions
 *   [data-testid="weights-table"] tbody tr      8 areas
 *   [data-testid="agreement-table"] tbody tr    4 rows (2 editions × area/overall)
 *   [data-testid="warnings-table"] tbody tr     one row per warning kind (at least 1)
 *   [data-testid="code-files-table"] tbody tr   one row per code file
 */
import {existsSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {CODE_FILES} from "../../lib/findings/methods.ts";
import {projectRoot} from "./build-fixture.ts";
import {builtSiteDir, startSession, type BrowserSession, type OpenedPage} from "./harness.ts";

const distDir = builtSiteDir(projectRoot);
const hasPage = existsSync(join(projectRoot, "src", "methods.md"));

describe.skipIf(!hasPage)("methods page /methods", () => {
  let session: BrowserSession;
  let opened: OpenedPage;

  beforeAll(async () => {
    session = await startSession(distDir);
    opened = await session.openPage("/methods");
    await opened.page.locator('[data-testid="code-files-table"] tbody tr').first().waitFor({timeout: 90_000});
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
    await session?.close();
  });

  test("tables have the expected rows", async () => {
    const rows = (id: string) => opened.page.locator(`[data-testid="${id}"] tbody tr`).count();
    expect(await rows("sources-table")).toBe(4);
    expect(await rows("summary-figures-table")).toBe(20);
    expect(await rows("editions-table")).toBe(2);
    expect(await rows("weights-table")).toBe(8);
    expect(await rows("agreement-table")).toBe(4);
    expect(await rows("warnings-table")).toBeGreaterThanOrEqual(1);
    expect(await rows("code-files-table")).toBe(CODE_FILES.length);
  });

  test("states the sha256 of each source, the sub-mean areas and the citation", async () => {
    const text = (await opened.page.locator("main").textContent()) ?? "";
    expect(text).toMatch(/[0-9a-f]{64}/);
    expect(text).toMatch(/permanent residence, anti-discrimination, health are averages of sub-means/);
    expect(text).toContain("ISBN 978-84-92511-83-9");
  });

  test("lists each low-confidence approach once: a country with two conflicting approaches is named once, with both rows", async () => {
    const text = (await opened.page.locator("main").textContent()) ?? "";
    const list = /low confidence: (.*?);\s*conflicting/s.exec(text)?.[1] ?? "";
    expect(list.length).toBeGreaterThan(0);
    const items = list.split(/, (?![^(]*\))/).map((s) => s.replace(/\s*\(.*\)$/s, "").trim());
    expect(items.length).toBe(new Set(items).size);
  });

  test("no console error, no failed request, nothing requested outside the site", async () => {
    expect(opened.outsideRequests).toEqual([]);
    expect(opened.failedResponses).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(await opened.page.locator(".observablehq--error").count()).toBe(0);
  });
});
