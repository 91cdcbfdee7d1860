/**
 * The built site on a plain static server (issue 13, item 2): dist/ served as files only, with no
 * rewriting of /trends to /trends.html (python3 -m http.server, a bucket), every page opened in Chromium
 * and every internal link and resource it has once its scripts have run (href and src: the sidebar, the
 * pager, the prose, links built in JS such as country and compare links) requested. None may be a 404.
 */
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {builtPages, builtSiteDir, startSession, type BrowserSession} from "./harness.ts";

const DIST = builtSiteDir(join(import.meta.dirname, "../.."));

/** The file a clean URL names: "/" → "/index.html", "/trends" → "/trends.html". */
function fileOf(cleanUrl: string): string {
  return cleanUrl.endsWith("/") ? `${cleanUrl}index.html` : `${cleanUrl}.html`;
}

const pages = builtPages(DIST).map(fileOf);
let session: BrowserSession;
/** Link targets already requested, with their status. */
const checked = new Map<string, number>();

beforeAll(async () => {
  session = await startSession(DIST, {plain: true});
});
afterAll(async () => session?.close());

async function status(url: string): Promise<number> {
  let known = checked.get(url);
  if (known === undefined) {
    known = (await fetch(url, {method: "HEAD"})).status;
    checked.set(url, known);
  }
  return known;
}

describe("every internal link works on a plain static server", () => {
  test("the server does not rewrite clean URLs", async () => {
    expect(pages.length).toBeGreaterThan(60);
    expect(await status(`${session.origin}/trends`)).toBe(404);
    expect(await status(`${session.origin}/trends.html`)).toBe(200);
  });

  test.each(pages)("%s", async (path) => {
    const opened = await session.openPage(path);
    try {
      await opened.page.locator("#observablehq-main").waitFor();
      await opened.waitForQuiet(300, 10_000);
      const targets = await opened.page.evaluate(() =>
        [...document.querySelectorAll("[href], [src]")]
          .map((e) => e.getAttribute("href") ?? e.getAttribute("src") ?? "")
          .map((value) => {
            try {
              return new URL(value, document.baseURI).href;
            } catch {
              return value;
            }
          })
      );
      const local = [...new Set(targets.filter((t) => t.startsWith(session.origin)).map((t) => t.replace(/#.*$/, "")))];
      expect(local.length).toBeGreaterThan(0);
      const broken: string[] = [];
      for (const target of local) if ((await status(target)) >= 400) broken.push(target.slice(session.origin.length));
      expect(broken, `broken links on ${path}`).toEqual([]);
      expect(opened.failedResponses, `failed requests on ${path}`).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
