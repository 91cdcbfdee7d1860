/**
 * The panel page and the explorer's within-countries mode as built in $MIPEX_DIST (or dist/): four links with
 * coverage before estimates, event-study charts, no console error, nothing requested outside the site; the
 * explorer restores mode=panel from the URL and recomputes in the browser.
 *
 * Contract with the pages (selectors this test relies on):
 *   [data-testid="block-<link>"]           one section per link (nationality, labour, health, antidiscrimination)
 *   [data-testid="coverage-<link>"]        the coverage sentence, before [data-testid="estimates-<link>"]
 *   [data-testid="event-study-<link>"]     the event-study chart, or the reason there is none
 *   [data-testid="panel-mode"]             the explorer's panel mode; panel-outcome, panel-control, panel-estimate
 */
import {existsSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {projectRoot} from "./build-fixture.ts";
import {builtSiteDir, startSession, type BrowserSession, type OpenedPage, PHONE, phoneWidth} from "./harness.ts";

const distDir = builtSiteDir(projectRoot);
const built = existsSync(join(distDir, "panel.html"));
if (!built) console.warn(`panel tests skipped: panel.html not built in ${distDir}`);

describe.skipIf(!built)("panel page and the explorer's panel mode", () => {
  let session: BrowserSession;
  let panel: OpenedPage;
  let explorer: OpenedPage;

  beforeAll(async () => {
    session = await startSession(distDir);
    panel = await session.openPage("/panel");
    await panel.page.locator('[data-testid="block-labour"]').waitFor({timeout: 90_000});
    explorer = await session.openPage(
      "/explorer?mode=panel&pmeasure=labour_market_mobility&pedition=2020&poutcome=derived.employment_rate_gap_nat_minus_foreign.Y15-64%7Csex%3DT"
    );
    await explorer.page.locator('[data-testid="panel-estimate"]').waitFor({timeout: 90_000});
  }, 240_000);

  afterAll(async () => {
    await panel?.close();
    await explorer?.close();
    await session?.close();
  });

  test("four links, each with coverage stated before the estimates and a sentence on what it cannot show", async () => {
    for (const id of ["nationality", "labour", "health", "antidiscrimination"]) {
      const block = panel.page.locator(`[data-testid="block-${id}"]`);
      const coverage = (await block.locator(`[data-testid="coverage-${id}"]`).textContent()) ?? "";
      expect(coverage).toMatch(/\d+ countries, \d+ country-years/);
      const order = await block.evaluate((el, id) => {
        const c = el.querySelector(`[data-testid="coverage-${id}"]`)!;
        const e = el.querySelector(`[data-testid="estimates-${id}"]`)!;
        return c.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING;
      }, id);
      expect(order).toBeTruthy();
      expect(await block.locator(`[data-testid="sentence-${id}"]`).textContent()).toMatch(/reverse causality.*individuals/);
    }
  });

  test("the labour link draws its event study; the health link says why it has none", async () => {
    await panel.page.locator('[data-testid="event-study-labour"] svg').first().waitFor({timeout: 30_000});
    expect(await panel.page.locator('[data-testid="event-study-labour"] figcaption').textContent()).toContain("relative to the year before");
    expect(await panel.page.locator('[data-testid="event-study-health"]').textContent()).toContain("No event study");
  });

  test("explorer: mode=panel restored from the URL, recomputed with a control, the control kept in the URL", async () => {
    const {page} = explorer;
    expect(await page.locator('[data-testid="panel-outcome"]').inputValue()).toBe("derived.employment_rate_gap_nat_minus_foreign.Y15-64|sex=T");
    const before = (await page.locator('[data-testid="panel-estimate"]').textContent()) ?? "";
    expect(before).toMatch(/slope \u2212?\d\.\d{3}.*CR2 .*wild cluster bootstrap/);
    await page.locator('[data-testid="panel-control"]').selectOption("lfsa_ergan.Y15-64|citizen=NAT;sex=T");
    await page.waitForFunction((b) => document.querySelector('[data-testid="panel-estimate"]')?.textContent !== b, before);
    expect(page.url()).toContain("mode=panel");
    expect(page.url()).toContain("pcontrol=lfsa_ergan.Y15-64");
  });

  test("fits a 390 px phone screen", async () => {
    const width = await phoneWidth(session, "/panel", ['[data-testid="block-labour"]']);
    expect({fits: width <= PHONE.width, width}).toEqual({fits: true, width});
  });

  test("no console error, no failed request, nothing requested outside the site", async () => {
    for (const [name, p] of [
      ["panel", panel],
      ["explorer", explorer]
    ] as const) {
      await p.waitForQuiet(500, 20_000);
      expect({name, errors: p.consoleErrors}).toEqual({name, errors: []});
      expect({name, outside: p.outsideRequests}).toEqual({name, outside: []});
      expect({name, failed: p.failedResponses}).toEqual({name, failed: []});
      expect(await p.page.locator(".observablehq--error").count()).toBe(0);
    }
  });
});
