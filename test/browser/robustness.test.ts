/**
 * The robustness page (src/robustness.md) as built by `npm run build`: the rank-interval chart and tables
 * render from the build's analysis, the configuration control recomputes the ranking in the page's worker
 * (checked against a median of the area scores computed here from the site's own CSV export, independently
 * of lib/), the settings travel in the URL and rerun the analysis in the worker, nothing is requested outside
 * the origin, and a country profile shows the same rank interval as the page.
 */
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {projectRoot} from "./build-fixture.ts";
import {builtSiteDir, startSession, unnamedControls, type BrowserSession} from "./harness.ts";

const distDir = builtSiteDir(projectRoot);
const hasSource = existsSync(join(projectRoot, "src", "robustness.md"));

/** Each country's rank when its overall score is the median of its eight recomputed 2019 area scores. */
function medianRanks(): Map<string, number> {
  const rows = csvParse(readFileSync(join(distDir, "data", "mipex", "area_scores.csv"), "utf8")).filter((r) => r.year === "2019" && r.edition === "2020");
  const byCountry = new Map<string, number[]>();
  for (const r of rows) byCountry.set(r.iso3!, [...(byCountry.get(r.iso3!) ?? []), Number(r.recomputed)]);
  const medians = [...byCountry].map(([iso3, v]) => {
    const s = [...v].sort((a, b) => a - b);
    return [iso3, (s[3] + s[4]) / 2] as const;
  });
  return new Map(medians.map(([iso3, m]) => [iso3, 1 + medians.filter(([, other]) => Math.round(other * 1e9) > Math.round(m * 1e9)).length]));
}

describe.skipIf(!hasSource)("robustness page /robustness", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await startSession(distDir);
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  test("shows every country's rank interval from the build, with a table and no outside request", async () => {
    const opened = await session.openPage("/robustness");
    try {
      await opened.page.locator('[data-testid="rank-interval-chart"] svg').waitFor({timeout: 120_000});
      const names = await opened.page.locator('[data-testid="rank-interval-chart"] g[aria-label="y-axis tick label"] text').allTextContents();
      expect(names).toHaveLength(56);
      expect(names[0]).toBe("Sweden");
      await expect.poll(() => opened.page.locator('[data-testid="robustness-status"]').textContent(), {timeout: 60_000}).toContain("computed at build time");
      expect(await opened.page.locator('[data-testid="sobol-chart"] figcaption').textContent()).toMatch(
        /Sobol indices of the average \|rank shift\| across countries for 8 choices/
      );
      expect(await opened.page.locator('[data-testid="drop-area-table"] tbody tr').count()).toBeGreaterThan(5);
      await opened.page.locator('[data-testid="rank-move-chart"] svg').waitFor({timeout: 60_000});
      expect(await opened.page.locator('[data-testid="rank-move-chart"] figcaption').textContent()).toContain("keeps its MIPEX rank");
      expect(opened.requests.some((u) => /\/_file\/data\/robustness-worker\.[^/]*\.js$/.test(u))).toBe(true);
      expect(await unnamedControls(opened.page)).toEqual([]);
      expect(opened.outsideRequests).toEqual([]);
      expect(opened.failedResponses).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  }, 240_000);

  test("a changed choice reranks in the worker as computed independently, and lands in the URL", async () => {
    const opened = await session.openPage("/robustness");
    try {
      const form = opened.page.locator('[data-testid="configuration-form"]');
      await form.locator("select").first().waitFor({timeout: 120_000});
      await form.getByLabel("Aggregation").selectOption({label: "Median"});
      const caption = opened.page.locator('[data-testid="rank-move-chart"] figcaption');
      await expect.poll(() => caption.textContent(), {timeout: 60_000}).toContain("aggregation: median");
      expect(opened.page.url()).toContain("set=aggregation:median");
      const expected = medianRanks();
      // Each dot's title carries the country's new rank.
      const titles = await opened.page.locator('[data-testid="rank-move-chart"] g[aria-label="dot"] title').allTextContents();
      expect(titles).toHaveLength(56);
      const names = csvParse(readFileSync(join(distDir, "data", "mipex", "countries.csv"), "utf8"));
      const iso3 = new Map(names.map((c) => [c.name!, c.iso3!]));
      for (const title of titles) {
        const [, name, rank] = /^(.*): rank (\d+)/.exec(title)!;
        expect(Number(rank), name).toBe(expected.get(iso3.get(name)!));
      }
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  }, 240_000);

  test("settings in the URL rerun the analysis in the worker and keep the configuration", async () => {
    const opened = await session.openPage("/robustness?draws=1000&n=256&seed=7&vary=aggregation,health,scale&set=health:out&c=NOR");
    try {
      const status = opened.page.locator('[data-testid="robustness-status"]');
      await expect
        .poll(() => status.textContent(), {timeout: 120_000})
        .toMatch(/Rank intervals: recomputed in your browser in [\d,]+ ms\. Sobol indices: recomputed in your browser in [\d,]+ ms\./);
      expect(await opened.page.locator('[data-testid="sobol-chart"] figcaption').textContent()).toMatch(/for 3 choices/);
      expect(await opened.page.locator('[data-testid="sobol-country-chart"] figcaption').textContent()).toContain("Norway's rank");
      await expect.poll(() => opened.page.locator('[data-testid="rank-move-chart"] figcaption').textContent(), {timeout: 60_000}).toContain("health: out");
      const url = new URL(opened.page.url());
      expect(Object.fromEntries(url.searchParams)).toMatchObject({
        draws: "1000",
        n: "256",
        seed: "7",
        vary: "aggregation,health,scale",
        set: "health:out",
        c: "NOR"
      });
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.outsideRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  }, 240_000);

  test("a country profile shows the rank interval the robustness page shows", async () => {
    const file = readdirSync(join(distDir, "_file", "data")).find((f) => /^robustness\.[^.]+\.json$/.test(f))!;
    const data = JSON.parse(readFileSync(join(distDir, "_file", "data", file), "utf8"));
    const portugal = data.uncertainty.countries.find((c: {iso3: string}) => c.iso3 === "PRT");
    const opened = await session.openPage("/country/PRT");
    try {
      const block = opened.page.locator('[data-testid="profile-rank-interval"]');
      await expect.poll(() => block.textContent(), {timeout: 120_000}).toContain(`between ${portugal.rankLow} and ${portugal.rankHigh}`);
      expect(await block.textContent()).toContain(`median ${portugal.medianRank}`);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  }, 240_000);
});
