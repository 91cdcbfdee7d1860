/**
 * Exact permalinks (issue 13, item 3): on every page with controls, random states (seeded) are set
 * through the controls as a reader would; the address the page then shows is opened in a fresh tab,
 * which must show the same selection (every control's value), the same text in the page (every number,
 * every sentence) and the same address. Timings ("in 35 ms") are the only text left out. Each page is
 * walked through at least 30 states; the explorer's walk goes in and out of its within-countries mode.
 *
 * The walk is random: its seed is PERMALINK_SEED when set, else a new one each run, and every failure
 * names it, so `PERMALINK_SEED=<seed> npx vitest run --config vitest.browser.config.ts test/browser/permalinks.test.ts`
 * replays the failing walk (page p uses seed + p).
 */
import {join} from "node:path";
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {createRandom, type RandomSource} from "../../lib/stats/random.ts";
import {builtSiteDir, startSession, type BrowserSession, type OpenedPage} from "./harness.ts";

const DIST = builtSiteDir(join(import.meta.dirname, "../.."));
const SEED = process.env.PERMALINK_SEED ? Number(process.env.PERMALINK_SEED) : Math.floor(Math.random() * 1e9);
if (!Number.isSafeInteger(SEED)) throw new Error(`PERMALINK_SEED must be an integer, not "${process.env.PERMALINK_SEED}"`);
console.log(`permalink walk: PERMALINK_SEED=${SEED}`);

interface PageSpec {
  path: string;
  /** What shows once the page has computed (for the address it was opened with). */
  ready: string | ((search: string) => string);
  /** Words typed into the page's text and number boxes. */
  words?: string[];
  /** Milliseconds for the whole walk, when more than the default. */
  timeout?: number;
}

/** Random states walked on each page (each one reopened from its address). */
const STATES = 30;

const PAGES: PageSpec[] = [
  {path: "/", ready: '[data-testid="ranking-table"] tbody tr'},
  {path: "/countries", ready: '[data-testid="countries-table"] tbody tr', words: ["", "swe", "ia", "united", "zzz"]},
  {path: "/compare", ready: '[data-testid="compare-selection"]'},
  {path: "/what-if", ready: '[data-testid="whatif-best-table"] tbody tr'},
  {path: "/strengths-weaknesses", ready: '[data-testid="area-summary-table"] tbody tr'},
  {path: "/trends", ready: '[data-testid="trend-table"] tbody tr', words: ["", "Sweden", "health", "zzz"]},
  {path: "/dimensions", ready: '[data-testid="area-table"], main svg'},
  {
    path: "/explorer",
    // In the within-countries mode the page is ready once the panel's estimate is drawn too.
    ready: (search) => (/(^|[?&])mode=panel(&|$)/.test(search) ? '[data-testid="panel-estimate"]' : '[data-testid="explorer-n"]'),
    words: ["", "employment", "ESS", "health", "zzzz"],
    timeout: 1_200_000
  },
  {path: "/robustness", ready: '[data-testid="rank-move-chart"] svg', words: ["7", "42", "20200", "123456"], timeout: 1_200_000},
  {path: "/sql", ready: '[data-testid="sql-status"], [data-testid="sql-error"]', timeout: 1_200_000}
];

/**
 * Counts a page's worker requests still waiting for their reply (requests and replies that carry an `id`, as
 * the robustness worker's do): a run in a worker changes nothing on the page until it ends, so "the page
 * stopped changing" alone would read it halfway.
 */
const COUNT_WORKER_REQUESTS = `(() => {
  const Native = window.Worker;
  if (!Native) return;
  const waiting = (window.__pendingWorkerRequests = new Set());
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", ({data}) => data && data.id !== undefined && waiting.delete(this.key(data.id)));
      this.addEventListener("error", () => [...waiting].filter((k) => k.startsWith(this.prefix)).forEach((k) => waiting.delete(k)));
    }
    get prefix() {
      return (this.__prefix ??= Math.random().toString(36).slice(2) + ":");
    }
    key(id) {
      return this.prefix + id;
    }
    postMessage(message, ...rest) {
      if (message && message.id !== undefined) waiting.add(this.key(message.id));
      return super.postMessage(message, ...rest);
    }
  };
})();`;

/** Every control's value and the page's text, once nothing is loading and the page has stopped changing. */
async function snapshot(opened: OpenedPage): Promise<{controls: string[]; text: string; search: string}> {
  const {page} = opened;
  const read = async () => {
    // A cell waiting for a file (the panel data, a worker's script, a DuckDB table) shows nothing new
    // until it arrives: wait for the network to be quiet before each reading.
    await opened.waitForQuiet(300, 30_000);
    await page.waitForFunction(() => ((window as {__pendingWorkerRequests?: Set<string>}).__pendingWorkerRequests?.size ?? 0) === 0, null, {timeout: 180_000});
    return page.evaluate(() => {
      const main = document.querySelector("#observablehq-main")!;
      const controls = [...main.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("select, textarea, input:not([type=file])")].map(
        (e) =>
          e instanceof HTMLSelectElement
            ? [...e.selectedOptions].map((o) => o.textContent).join("|")
            : e instanceof HTMLInputElement && (e.type === "checkbox" || e.type === "radio")
              ? String(e.checked)
              : e.value
      );
      // Timings ("in 35 ms", "in 1,204 ms") differ from run to run.
      const text = (main as HTMLElement).innerText.replace(/\d[\d,]*(\.\d+)?\s?ms\b/g, "… ms");
      return {controls, text, search: location.search};
    });
  };
  let last = await read();
  for (let i = 0; i < 60; ++i) {
    await page.waitForTimeout(400);
    const now = await read();
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}

/** Change one control at random, as a reader would. */
async function changeOneControl(page: Page, random: RandomSource, words: readonly string[]): Promise<string> {
  const pick = (n: number): number => Math.floor(random() * n);
  const controls = page.locator("#observablehq-main").locator(
    ["select", "input[type=radio]", "input[type=checkbox]", "input[type=search]", "input[type=text]", "input[type=number]"]
      // A read-only box (what-if's share link) is output, not a control.
      .map((kind) => `${kind}:visible:not([readonly]):not([disabled])`)
      .join(", ")
  );
  const count = await controls.count();
  if (!count) return "no control";
  const control = controls.nth(pick(count));
  const kind = await control.evaluate((e) => (e instanceof HTMLSelectElement ? "select" : (e as HTMLInputElement).type));
  if (kind === "select") {
    const options = await control.locator("option").count();
    const index = pick(options);
    await control.selectOption({index});
    return `select option ${index}`;
  }
  if (kind === "radio" || kind === "checkbox") {
    await control.click();
    return `click ${kind}`;
  }
  const word = words[pick(words.length)] ?? "";
  await control.fill(word);
  return `type "${word}"`;
}

let session: BrowserSession;
beforeAll(async () => {
  session = await startSession(DIST);
});
afterAll(async () => session?.close());

describe("every page's state round-trips through its address", () => {
  for (const [p, spec] of PAGES.entries()) {
    const ready = (search: string) => (typeof spec.ready === "string" ? spec.ready : spec.ready(search));
    test(`${spec.path}: ${STATES} random states`, {timeout: spec.timeout ?? 600_000}, async () => {
      const seed = SEED + p;
      const random = createRandom(seed);
      const replay = `replay with PERMALINK_SEED=${SEED} (${spec.path} walks with seed ${seed})`;
      const opened = await session.openPage(spec.path, {initScript: COUNT_WORKER_REQUESTS});
      try {
        await opened.page.locator(ready("")).first().waitFor({timeout: 90_000});
        const walked: string[] = [];
        for (let s = 0; s < STATES; ++s) {
          const actions: string[] = [];
          for (let a = 1 + Math.floor(random() * 3); a > 0; --a) {
            actions.push(await changeOneControl(opened.page, random, spec.words ?? [""]));
            await snapshot(opened);
          }
          const before = await snapshot(opened);
          walked.push(before.search);
          const reopened = await session.openPage(`${spec.path}${before.search}`, {initScript: COUNT_WORKER_REQUESTS});
          try {
            await reopened.page.locator(ready(before.search)).first().waitFor({timeout: 90_000});
            const after = await snapshot(reopened);
            const what = `${spec.path}${before.search}, state ${s + 1} after ${actions.join(", ")}; ${replay}`;
            expect(after.search, what).toBe(before.search);
            expect(after.controls, what).toEqual(before.controls);
            expect(after.text, what).toBe(before.text);
            expect(reopened.consoleErrors, what).toEqual([]);
          } finally {
            await reopened.close();
          }
        }
        console.log(`${spec.path}: ${STATES} states walked, ${new Set(walked).size} distinct addresses (seed ${seed})`);
        expect(opened.consoleErrors, replay).toEqual([]);
        // The walk went somewhere: a page whose controls never changed its address would pass vacuously.
        expect(new Set(walked).size, `${spec.path}: distinct addresses walked; ${replay}`).toBeGreaterThan(1);
        if (spec.path === "/explorer")
          expect(
            walked.some((search) => search.includes("mode=panel")),
            `the walk entered the within-countries mode; ${replay}`
          ).toBe(true);
      } finally {
        await opened.close();
      }
    });
  }
});
