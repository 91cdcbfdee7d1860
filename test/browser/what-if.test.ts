/**
 * The what-if simulator (src/what-if.md) as built by `npm run build`. A scripted change of one answer
 * must move Sweden's overall score by exactly what the published tables say it should, computed here
 * independently of the page and of lib/: weight × (new − old score) / 8 areas, with the weight, the
 * old score and the base overall score read from the site's own CSV exports (data/mipex/*.csv). The
 * scenario must land in the URL, survive a reload, and reset; answers must be changeable by keyboard.
 */
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {projectRoot} from "./build-fixture.ts";
import {builtSiteDir, startSession, unnamedControls, type BrowserSession, type OpenedPage} from "./harness.ts";

const distDir = builtSiteDir(projectRoot);
const hasSource = existsSync(join(projectRoot, "src", "what-if.md"));
const AREAS = 8;

function csv(name: string) {
  return csvParse(readFileSync(join(distDir, "data", "mipex", `${name}.csv`), "utf8"));
}

/** Sweden's first weighted indicator below 100 whose answer options offer 100, from the CSV exports. */
function expectedChange() {
  const indicators = csv("indicators").filter((r) => r.level === "indicator" && /^\s*100\s*-/m.test(r.answer_options ?? ""));
  const scores = new Map(
    csv("indicator_scores")
      .filter((r) => r.iso3 === "SWE" && r.year === "2019" && r.edition === "2020")
      .map((r) => [r.indicator, Number(r.score)])
  );
  const target = indicators.find((r) => (scores.get(r.code!) ?? 100) < 100)!;
  const base = Number(
    csv("overall_scores").find((r) => r.iso3 === "SWE" && r.year === "2019" && r.edition === "2020" && r.variant === "with_health")!.recomputed
  );
  const from = scores.get(target.code!)!;
  return {code: target.code!, from, base, expected: base + (Number(target.weight) * (100 - from)) / AREAS};
}

const overallNew = (opened: OpenedPage) => opened.page.locator('[data-testid="whatif-overall-new"]').getAttribute("data-value").then(Number);

describe.skipIf(!hasSource)("what-if simulator /what-if", () => {
  let session: BrowserSession;
  let opened: OpenedPage;

  beforeAll(async () => {
    session = await startSession(distDir);
    opened = await session.openPage("/what-if?c=SWE");
    await opened.page.locator('[data-testid="whatif-overall-new"]').waitFor({timeout: 90_000});
    await opened.page.locator('[data-testid="whatif-best-table"] tbody tr').first().waitFor({timeout: 90_000});
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
    await session?.close();
  });

  test("starts at Sweden's recorded 2019 score and rank", async () => {
    const {base} = expectedChange();
    expect(Number(await opened.page.locator('[data-testid="whatif-overall-base"]').getAttribute("data-value"))).toBeCloseTo(base, 9);
    expect(await overallNew(opened)).toBeCloseTo(base, 9);
    expect(await opened.page.locator('[data-testid="whatif-rank-new"]').textContent()).toBe("1");
  });

  test("one changed answer moves the overall score by weight × change / 8, and lands in the URL", async () => {
    const {code, expected} = expectedChange();
    await opened.page.selectOption(`#whatif-${code}`, "100");
    await opened.page.waitForFunction(
      (value) => Math.abs(Number(document.querySelector('[data-testid="whatif-overall-new"]')?.getAttribute("data-value")) - value) < 1e-9,
      expected,
      {timeout: 10_000}
    );
    expect(await overallNew(opened)).toBeCloseTo(expected, 9);
    expect(new URL(opened.page.url()).search).toBe(`?c=SWE&set=${code}:100`);
    expect(await opened.page.locator("#whatif-share").inputValue()).toContain(`set=${code}:100`);
  });

  test("the scenario URL restores the scenario on load", async () => {
    const {code, expected} = expectedChange();
    const again = await session.openPage(`/what-if?c=SWE&set=${code}:100`);
    try {
      await again.page.locator('[data-testid="whatif-overall-new"]').waitFor({timeout: 90_000});
      await again.page.waitForFunction(() => document.querySelector('[data-testid="whatif-overall-new"]')?.getAttribute("data-value") !== null);
      expect(await overallNew(again)).toBeCloseTo(expected, 9);
      expect(await again.page.locator(`#whatif-${code}`).inputValue()).toBe("100");
      expect(again.consoleErrors).toEqual([]);
    } finally {
      await again.close();
    }
  });

  test("reset returns every answer and the URL to the recorded scores", async () => {
    const {base, code, from} = expectedChange();
    await opened.page.getByRole("button", {name: "Reset all answers"}).click();
    await opened.page.waitForFunction(
      (value) => Math.abs(Number(document.querySelector('[data-testid="whatif-overall-new"]')?.getAttribute("data-value")) - value) < 1e-9,
      base,
      {timeout: 10_000}
    );
    expect(await opened.page.locator(`#whatif-${code}`).inputValue()).toBe(String(from));
    expect(new URL(opened.page.url()).search).toBe("?c=SWE");
  });

  test("an answer can be changed with the keyboard alone", async () => {
    const {base} = expectedChange();
    const select = opened.page.locator("#whatif-db70");
    await select.focus();
    const before = await select.inputValue();
    await opened.page.keyboard.press(before === "0" ? "ArrowUp" : "ArrowDown");
    await opened.page.waitForFunction(
      (value) => Math.abs(Number(document.querySelector('[data-testid="whatif-overall-new"]')?.getAttribute("data-value")) - value) > 1e-9,
      base,
      {timeout: 10_000}
    );
    expect(await select.inputValue()).not.toBe(before);
    await opened.page.getByRole("button", {name: "Reset all answers"}).press("Enter");
    await opened.page.waitForFunction(
      (value) => Math.abs(Number(document.querySelector('[data-testid="whatif-overall-new"]')?.getAttribute("data-value")) - value) < 1e-9,
      base,
      {timeout: 10_000}
    );
  });

  test("choosing another country starts from its own recorded answers", async () => {
    const {code} = expectedChange();
    await opened.page.selectOption(`#whatif-${code}`, "100");
    await opened.page.waitForFunction(() => location.search.includes("set="));
    await opened.page.getByLabel("Country", {exact: true}).selectOption({label: "Finland"});
    await opened.page.waitForFunction(() => location.search === "?c=FIN");
    const base = await opened.page.locator('[data-testid="whatif-overall-base"]').getAttribute("data-value");
    expect(await overallNew(opened)).toBe(Number(base));
    await opened.page.getByLabel("Country", {exact: true}).selectOption({label: "Sweden"});
    await opened.page.waitForFunction(() => location.search === "?c=SWE");
    expect(await overallNew(opened)).toBeCloseTo(expectedChange().base, 9);
  });

  test("every control has a label; the chart has a text alternative", async () => {
    const unnamed = await unnamedControls(opened.page);
    expect(unnamed).toEqual([]);
    expect(await opened.page.locator("main select").count()).toBeGreaterThan(59);
    expect((await opened.page.locator('[data-testid="whatif-area-chart"] figcaption').textContent())?.length ?? 0).toBeGreaterThan(40);
  });

  test("no console error, no failed request, nothing requested outside the site", async () => {
    expect(opened.outsideRequests).toEqual([]);
    expect(opened.failedResponses).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(await opened.page.locator(".observablehq--error").count()).toBe(0);
  });
});
