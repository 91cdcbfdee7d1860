/**
 * No table cell cuts its text (issue 13, item 1): every page, at 1280 px and at a phone's 390 px, once
 * its tables are drawn. A cell is cut when it (or an element inside it) hides overflowing content:
 * its content is wider than its box with overflow hidden, or it ends in an ellipsis. Every country
 * profile is checked at 390 px, where a long name or a wide number can push a cell past the screen; at
 * 1280 px there is room for any country's text in the one template the 56 profiles share, so five
 * profiles chosen for their differences (no outcomes, a long name, the 2025 update) stand for the rest.
 */
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {PHONE, builtPages, builtSiteDir, startSession, type BrowserSession} from "./harness.ts";

const DIST = builtSiteDir(join(import.meta.dirname, "../.."));
const PROFILES = new Set(["/country/SWE", "/country/ARE", "/country/USA", "/country/MKD", "/country/DEU"]);
const DESKTOP = {width: 1280, height: 900};
const cases = builtPages(DIST).flatMap((path) =>
  (!path.startsWith("/country/") || PROFILES.has(path) ? [DESKTOP, PHONE] : [PHONE]).map((viewport) => [path, viewport.width, viewport] as const)
);

let session: BrowserSession;
beforeAll(async () => {
  session = await startSession(DIST);
});
afterAll(async () => session?.close());

describe("no table cell is cut off", () => {
  test.each(cases)("%s at %i px", async (path, _, viewport) => {
    const opened = await session.openPage(path, {viewport});
    try {
      await opened.page.locator("#observablehq-main").waitFor();
      await opened.waitForQuiet(500, 20_000);
      const cut = await opened.page.evaluate(() => {
        const hides = (e: Element) => {
          const style = getComputedStyle(e);
          const clips = /hidden|clip/.test(style.overflowX) || style.textOverflow === "ellipsis";
          // A visually hidden label (1 px, for screen readers) is meant to be clipped.
          return clips && e.scrollWidth > e.clientWidth + 1 && e.getBoundingClientRect().width > 1;
        };
        return [...document.querySelectorAll("#observablehq-main td, #observablehq-main th")]
          .filter((cell) => hides(cell) || [...cell.querySelectorAll("*")].some(hides))
          .map((cell) => `${cell.closest("[data-testid]")?.getAttribute("data-testid") ?? "table"}: "${(cell.textContent ?? "").trim().slice(0, 60)}"`);
      });
      expect(cut, `${path} at ${viewport.width} px`).toEqual([]);
      expect(await opened.page.locator("#observablehq-main form[class$='-table']").count(), "an Inputs.table instead of DataTable").toBe(0);
    } finally {
      await opened.close();
    }
  });
});
