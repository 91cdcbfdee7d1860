/**
 * Page weight and time to first chart of every built page, in headless Chromium on 127.0.0.1 (the
 * browser tests' harness: fresh context per load, gzip like a static host, requests outside the
 * site blocked and counted). Prints; never asserts.
 *
 *   transferred  bytes received: response headers + gzip-encoded bodies (what a visitor downloads)
 *   uncompressed size on disk of the files served (what the page weighs without gzip)
 *   first chart  ms from navigation start until the first `figure svg` is in the DOM with a size
 *                (a MutationObserver installed before the page's scripts records it)
 *   load         ms from navigation start to the load event
 * Target: overview page (/) transfers < 500 KB. Median of --runs loads (default 3).
 *
 * Usage: npx tsx bench/page-weight.bench.ts [--site main|fixture] [--runs N] [--pages /,/sql,...]
 * The main site is read from dist/ (or $MIPEX_DIST; run npm run build first); the fixture site is
 * built first.
 */
import {existsSync, rmSync, statSync} from "node:fs";
import {join, resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {buildFixture} from "../test/browser/build-fixture.ts";
import {builtPages, builtSiteDir, startSession} from "../test/browser/harness.ts";
import {benchOptions, chooseSite, formatBytes, projectRoot, ratio} from "./site.ts";

const OVERVIEW_TARGET_BYTES = 500 * 1024;
const CHART_TIMEOUT_MS = 60_000;

/** Size on disk of the file the harness's server answers `url` with (clean URLs), 0 if none. */
/** `--pages /,/sql` limits the pages measured; `--pages` absent = every built page. */
function pageFilter(argv: string[]): (path: string) => boolean {
  const {pages} = benchOptions(argv);
  if (pages === undefined) return () => true;
  const wanted = new Set(pages.split(","));
  return (path) => wanted.has(path);
}

function servedSize(distDir: string, url: string): number {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return 0;
  }
  const path = join(distDir, pathname);
  for (const candidate of pathname.endsWith("/") ? [join(path, "index.html")] : [path, `${path}.html`, join(path, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return statSync(candidate).size;
  }
  return 0;
}

/** Records in window.__firstChartMs when a `figure svg` is first laid out (visible), from navigation start. */
const FIRST_CHART_SCRIPT = `(() => {
  const check = () => {
    if (window.__firstChartMs !== undefined) return true;
    for (const svg of document.querySelectorAll("figure svg")) {
      const box = svg.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) return (window.__firstChartMs = performance.now()), true;
    }
    return false;
  };
  const observer = new MutationObserver(() => check() && observer.disconnect());
  observer.observe(document, {childList: true, subtree: true});
})();`;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

interface Load {
  transferred: number;
  decoded: number;
  requests: number;
  outside: number;
  firstChartMs: number | undefined;
  loadMs: number;
}

export async function benchPageWeight(argv: string[] = process.argv.slice(2)): Promise<void> {
  const site = chooseSite(argv);
  const runs = Number(benchOptions(argv).runs ?? 3);
  let distDir = resolve(projectRoot, builtSiteDir(projectRoot));
  let cleanup: string | undefined;
  if (site.name === "fixture") {
    const build = await buildFixture();
    distDir = cleanup = build.outputDir;
  } else if (!existsSync(join(distDir, "index.html"))) {
    throw new Error(`${join(distDir, "index.html")} not found: run npm run build first`);
  }
  const session = await startSession(distDir);
  console.log(`page weight: site ${site.name}, ${runs} loads per page (median), Chromium on ${session.origin}`);
  try {
    for (const path of builtPages(distDir).filter(pageFilter(argv))) {
      const loads: Load[] = [];
      for (let i = 0; i < runs; ++i) {
        const opened = await session.openPage(path, {initScript: FIRST_CHART_SCRIPT});
        const loadMs = await opened.page.evaluate(() => {
          const [nav] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
          return nav ? nav.loadEventStart : performance.now();
        });
        // Let lazy work (DuckDB-WASM, data files) finish, then a moment for rendering.
        await opened.waitForQuiet(1500, CHART_TIMEOUT_MS);
        await opened.page.waitForTimeout(500);
        const firstChartMs = await opened.page.evaluate(() => (window as unknown as {__firstChartMs?: number}).__firstChartMs);
        const transferred = await opened.bytesTransferred();
        loads.push({
          transferred,
          decoded: opened.requests.reduce((sum, url) => sum + servedSize(distDir, url), 0),
          requests: opened.requests.length,
          outside: opened.outsideRequests.length,
          firstChartMs,
          loadMs
        });
        await opened.close();
      }
      const charts = loads.map((l) => l.firstChartMs).filter((v): v is number => v !== undefined);
      const transferred = median(loads.map((l) => l.transferred));
      const line = [
        `${path.padEnd(24)}`,
        `transferred ${formatBytes(transferred).padStart(10)}`,
        `uncompressed ${formatBytes(median(loads.map((l) => l.decoded))).padStart(10)}`,
        `requests ${String(median(loads.map((l) => l.requests))).padStart(3)}`,
        `outside ${median(loads.map((l) => l.outside))}`,
        `first chart ${charts.length ? `${Math.round(median(charts))} ms` : "none"}`,
        `load ${Math.round(median(loads.map((l) => l.loadMs)))} ms`
      ].join("  ");
      console.log(line + (path === "/" ? `  overview: ${ratio(transferred, OVERVIEW_TARGET_BYTES)} of 500 KB` : ""));
    }
  } finally {
    await session.close();
    if (cleanup) rmSync(cleanup, {recursive: true, force: true});
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await benchPageWeight();
}
