/**
 * Exact permalinks (issue 13, item 3): on every page with controls, random states (seeded) are set
 * through the controls as a reader would; the address the page then shows is opened in a fresh tab,
 * which must show the same selection (every control's value), the same text in the page (every number,
 * every sentence) and the same address. Timings ("in 35 ms") are the only text left out.
 */
import {join} from "node:path";
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {createRandom, type RandomSource} from "../../lib/stats/random.ts";
import {builtSiteDir, startSession, type BrowserSession} from "./harness.ts";

const DIST = builtSiteDir(join(import.meta.dirname, "../.."));

interface PageSpec {
  path: string;
  /** Why the page's round trip is not checked yet (the test is reported as skipped with this reason). */
  pending?: string;
  /** What shows once the page has computed. */
  ready: string;
  /** Random states to try. */
  states: number;
  /** Words typed into the page's text boxes. */
  words?: string[];
}

const PAGES: PageSpec[] = [
  {path: "/", ready: '[data-testid="ranking-table"] tbody tr', states: 3},
  {path: "/countries", ready: '[data-testid="countries-table"] tbody tr', states: 4, words: ["", "swe", "ia", "united", "zzz"]},
  {path: "/compare", ready: '[data-testid="compare-selection"]', states: 6},
  {path: "/what-if", ready: '[data-testid="whatif-best-table"] tbody tr', states: 6},
  {path: "/strengths-weaknesses", ready: '[data-testid="area-summary-table"] tbody tr', states: 4},
  {path: "/trends", ready: '[data-testid="trend-table"] tbody tr', states: 6, words: ["", "Sweden", "health", "zzz"]},
  {path: "/dimensions", ready: '[data-testid="area-table"], main svg', states: 3},
  {
    path: "/explorer",
    ready: '[data-testid="explorer-n"]',
    states: 10,
    words: ["", "employment", "ESS", "health", "zzzz"],
    pending: "since the within-countries mode (mode=panel) joined the explorer, a reloaded state can differ from the one written; open in issue 13"
  }
];

/** Every control's value and the page's text, once it has stopped changing. */
async function snapshot(page: Page): Promise<{controls: string[]; text: string; search: string}> {
  const read = () =>
    page.evaluate(() => {
      const main = document.querySelector("#observablehq-main")!;
      const controls = [...main.querySelectorAll<HTMLInputElement | HTMLSelectElement>("select, input:not([type=file])")].map((e) =>
        e instanceof HTMLSelectElement
          ? [...e.selectedOptions].map((o) => o.textContent).join("|")
          : e.type === "checkbox" || e.type === "radio"
            ? String(e.checked)
            : e.value
      );
      const text = (main as HTMLElement).innerText.replace(/\d+(\.\d+)?\s?ms\b/g, "… ms");
      return {controls, text, search: location.search};
    });
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
  const controls = page
    .locator("#observablehq-main")
    .locator("select:visible, input[type=radio]:visible, input[type=checkbox]:visible, input[type=search]:visible, input[type=text]:visible");
  // The explorer's within-countries mode (its Design radio and the panel controls) is left out: its own
  // round trip is not covered here yet (see the issue notes), and a random walk would mostly stay in it.
  const candidates: number[] = [];
  for (let i = 0, count = await controls.count(); i < count; ++i) {
    const panel = await controls.nth(i).evaluate((e) => !!e.closest('[data-testid="panel-mode"]') || /^Design/.test(e.closest("form")?.textContent ?? ""));
    if (!panel) candidates.push(i);
  }
  if (!candidates.length) return "no control";
  const control = controls.nth(candidates[pick(candidates.length)]);
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
    test.skipIf(spec.pending !== undefined)(
      `${spec.path}: ${spec.states} random states${spec.pending ? ` [pending: ${spec.pending}]` : ""}`,
      {timeout: 600_000},
      async () => {
        const random = createRandom(1300 + p);
        const opened = await session.openPage(spec.path);
        try {
          await opened.page.locator(spec.ready).first().waitFor({timeout: 90_000});
          for (let s = 0; s < spec.states; ++s) {
            const actions: string[] = [];
            for (let a = 1 + Math.floor(random() * 3); a > 0; --a) {
              actions.push(await changeOneControl(opened.page, random, spec.words ?? [""]));
              await snapshot(opened.page);
            }
            const before = await snapshot(opened.page);
            const reopened = await session.openPage(`${spec.path}${before.search}`);
            try {
              await reopened.page.locator(spec.ready).first().waitFor({timeout: 90_000});
              const after = await snapshot(reopened.page);
              const what = `${spec.path}${before.search} after ${actions.join(", ")}`;
              expect(after.search, what).toBe(before.search);
              expect(after.controls, what).toEqual(before.controls);
              expect(after.text, what).toBe(before.text);
              expect(reopened.consoleErrors, what).toEqual([]);
            } finally {
              await reopened.close();
            }
          }
          expect(opened.consoleErrors).toEqual([]);
        } finally {
          await opened.close();
        }
      }
    );
  }
});
