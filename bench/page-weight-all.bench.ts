/**
 * Page weight per page: every built page of the site, in headless Chromium on 127.0.0.1 through the
 * browser tests' harness (fresh context per load, gzip like a static host, outside requests blocked
 * and counted). Prints a table, never asserts; figures go in bench/README.md ("Page weight per page").
 *
 *   transferred   bytes received (headers + gzip bodies), page and workers, once the page is quiet
 *   first chart   ms from navigation start until the first `figure svg` is visible ("—": no chart)
 *   load          ms from navigation start to the load event
 *   first answer  SQL console only: ms from the load event until DuckDB's first answer is shown
 * Targets: overview (/) < 500 KB and first chart < 1 s; SQL console first answer < 3 s after load.
 * Median of --runs loads (default 3).
 *
 * Usage: MIPEX_DIST=/tmp/dist npx tsx bench/page-weight-all.bench.ts [--runs N] [--sample N] [--json out.json]
 *   --sample N  measure only the first N pages of each folder (e.g. 3 of the 56 country profiles)
 */
import {existsSync, writeFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {builtPages, builtSiteDir, startSession} from "../test/browser/harness.ts";
import {benchOptions, formatBytes, projectRoot} from "./site.ts";

const OVERVIEW_BYTES = 500 * 1024;
const OVERVIEW_CHART_MS = 1000;
const SQL_ANSWER_MS = 3000;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export interface PageWeight {
  path: string;
  transferredBytes: number;
  requests: number;
  outside: number;
  firstChartMs: number | null;
  loadMs: number;
  firstAnswerAfterLoadMs: number | null;
}

export async function benchPageWeightAll(argv: string[] = process.argv.slice(2)): Promise<PageWeight[]> {
  const options = benchOptions(argv);
  const runs = Number(options.runs ?? 3);
  const sample = Number(options.sample ?? 0);
  const distDir = builtSiteDir(projectRoot);
  if (!existsSync(join(distDir, "index.html"))) throw new Error(`${join(distDir, "index.html")} not found: build first (MIPEX_DIST=... npm run build)`);
  let pages = builtPages(distDir);
  if (sample > 0) {
    const seen = new Map<string, number>();
    pages = pages.filter((p) => {
      const n = (seen.get(dirname(p)) ?? 0) + 1;
      seen.set(dirname(p), n);
      return dirname(p) === "/" || n <= sample;
    });
  }
  const session = await startSession(distDir);
  console.log(`page weight per page: ${pages.length} pages of ${distDir}, median of ${runs} loads, Chromium on ${session.origin}`);
  console.log(`${"page".padEnd(34)} ${"transferred".padStart(11)} ${"requests".padStart(8)} ${"first chart".padStart(11)} ${"load".padStart(7)}  notes`);
  const results: PageWeight[] = [];
  try {
    for (const path of pages) {
      const loads: PageWeight[] = [];
      for (let i = 0; i < runs; ++i) {
        const opened = await session.openPage(path, {waitUntil: "commit"});
        const page = opened.page;
        const chart = page
          .locator("figure svg")
          .first()
          .waitFor({state: "visible", timeout: 30_000})
          .then(() => page.evaluate(() => performance.now()))
          .catch(() => null);
        const answer =
          path === "/sql"
            ? page
                .locator('[data-testid="sql-status"]')
                .waitFor({timeout: 60_000})
                .then(() => page.evaluate(() => performance.now()))
                .catch(() => null)
            : Promise.resolve(null);
        await page.waitForLoadState("load");
        const loadMs = await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventStart);
        const firstChartMs = await chart;
        const answeredMs = await answer;
        await opened.waitForQuiet(1500, 90_000);
        loads.push({
          path,
          transferredBytes: await opened.bytesTransferred(),
          requests: opened.requests.length,
          outside: opened.outsideRequests.length,
          firstChartMs,
          loadMs,
          firstAnswerAfterLoadMs: answeredMs === null ? null : Math.max(0, answeredMs - loadMs)
        });
        await opened.close();
      }
      const pick = (f: (l: PageWeight) => number | null): number | null => {
        const values = loads.map(f).filter((v): v is number => v !== null);
        return values.length === loads.length ? median(values) : null;
      };
      const result: PageWeight = {
        path,
        transferredBytes: pick((l) => l.transferredBytes)!,
        requests: pick((l) => l.requests)!,
        outside: Math.max(...loads.map((l) => l.outside)),
        firstChartMs: pick((l) => l.firstChartMs),
        loadMs: pick((l) => l.loadMs)!,
        firstAnswerAfterLoadMs: pick((l) => l.firstAnswerAfterLoadMs)
      };
      results.push(result);
      const notes: string[] = [];
      if (path === "/") {
        notes.push(`target 500 KB: ${result.transferredBytes <= OVERVIEW_BYTES ? "ok" : "OVER"}`);
        notes.push(`chart < 1 s: ${result.firstChartMs !== null && result.firstChartMs <= OVERVIEW_CHART_MS ? "ok" : "MISSED"}`);
      }
      if (result.firstAnswerAfterLoadMs !== null) {
        notes.push(
          `first answer ${Math.round(result.firstAnswerAfterLoadMs)} ms after load (target 3 s: ${result.firstAnswerAfterLoadMs <= SQL_ANSWER_MS ? "ok" : "MISSED"})`
        );
      }
      if (result.outside) notes.push(`${result.outside} OUTSIDE REQUESTS`);
      console.log(
        `${path.padEnd(34)} ${formatBytes(result.transferredBytes).padStart(11)} ${String(result.requests).padStart(8)} ${(result.firstChartMs === null ? "—" : `${Math.round(result.firstChartMs)} ms`).padStart(11)} ${`${Math.round(result.loadMs)} ms`.padStart(7)}  ${notes.join("; ")}`
      );
    }
  } finally {
    await session.close();
  }
  const json = options.json;
  if (json) writeFileSync(json, JSON.stringify(results, null, 2));
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await benchPageWeightAll();
}
