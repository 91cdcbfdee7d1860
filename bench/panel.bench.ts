// Timings for the panel lab (src/panel.md, the explorer's within-countries mode). Run: npx tsx bench/panel.bench.ts
//
// The work: two-way fixed effects with CR1 and CR2 standard errors and the restricted wild cluster bootstrap
// (9,999 Rademacher draws, p-value and the interval by test inversion) on a 35-country × 13-year panel — the
// synthetic panel of test/fixtures/r/panel-functions.R, so R times the same numbers. Target < 300 ms in the
// browser. Measured in Node, in headless Chromium with the explorer page's own bundle (when $MIPEX_DIST or dist/
// holds a build), and in R (Rscript bench/panel-bootstrap.R: every draw refits the model, as a hand-written R
// bootstrap does; R computes the p-value only, no interval). Medians of several runs; printed, never asserted.
import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";
import {loadavg} from "node:os";
import {join} from "node:path";
import {performance} from "node:perf_hooks";
import {twfeEstimate} from "../lib/panel/panel-estimate.ts";
import type {PanelRow} from "../lib/panel/panel-table.ts";
import {builtSiteDir, startSession} from "../test/browser/harness.ts";
import {projectRoot} from "./site.ts";
import {countArg, scriptArgs} from "../scripts/script-args.ts";

const COUNTRIES = 35;
const DRAWS = 9999;
const USAGE = "panel.bench.ts [--runs N]";
const RUNS = countArg(scriptArgs(USAGE, {runs: {type: "string", default: "7"}}).values.runs, "--runs", USAGE);

/** make_panel(G, drop = FALSE) of test/fixtures/r/panel-functions.R. */
function syntheticPanel(G: number): PanelRow[] {
  const rows: PanelRow[] = [];
  for (let c = 1; c <= G; c++) {
    for (let t = 1; t <= 13; t++) {
      const x = 30 + 2 * c + 0.8 * t * (c % 3) + 3 * Math.sin(c * 0.7 + t * 1.9) + (c % 3 === 0 && t >= 3 + (c % 5) ? 12 : 0);
      const z = 3 * Math.sin(c * 0.9 + t * 1.7);
      const y = 5 * Math.sin(c * 1.3) + 2 * Math.cos(t * 0.7) + 0.25 * x + 0.5 * z + 2 * Math.sin(c * t * 0.37 + c) + Math.cos(t * c * 1.1);
      rows.push({iso3: `C${String(c).padStart(2, "0")}`, year: 2006 + t, score: x, outcome: y, controls: []});
    }
  }
  return rows;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = syntheticPanel(COUNTRIES);
console.log(
  `Panel: TWFE + CR1/CR2 + wild cluster bootstrap (${DRAWS.toLocaleString("en")} draws, p and interval), ${COUNTRIES} countries × 13 years = ${rows.length} rows; target < 300 ms in the browser\n`
);

twfeEstimate(rows, {draws: DRAWS});
const node: number[] = [];
const cpu: number[] = [];
let nodeP = NaN;
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = twfeEstimate(rows, {draws: DRAWS});
  node.push(performance.now() - start);
  cpu.push(process.cpuUsage(cpuStart).user / 1000);
  if (result.ok) nodeP = result.value.bootstrap.pValue;
}
// On a shared machine wall time counts the time other processes hold the cores; CPU time is this work's own cost.
console.log(
  `Node ${process.version}: ${median(node).toFixed(1)} ms wall (min ${Math.min(...node).toFixed(1)}), ${median(cpu).toFixed(1)} ms CPU (min ${Math.min(...cpu).toFixed(1)}); load average ${loadavg()[0].toFixed(1)}; bootstrap p (β = 0) ${nodeP.toFixed(4)}`
);

const dist = builtSiteDir(projectRoot);
if (!existsSync(join(dist, "explorer.html"))) console.log(`Chromium: skipped (no ${join(dist, "explorer.html")}; build with MIPEX_DIST=… npm run build)`);
else {
  const session = await startSession(dist);
  try {
    const opened = await session.openPage("/explorer?mode=panel");
    await opened.page.locator('[data-testid="panel-estimate"]').waitFor({timeout: 90_000});
    const moduleUrl = opened.requests.find((u) => /\/_import\/components\/lib\/panel\.[^/]*\.js$/.test(u));
    if (!moduleUrl) throw new Error("the explorer's panel mode did not load its module");
    const durations = await opened.page.evaluate(
      async ({moduleUrl, rows, draws, runs}) => {
        const lib = await import(moduleUrl);
        lib.twfeEstimate(rows, {draws});
        const out: number[] = [];
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          lib.twfeEstimate(rows, {draws});
          out.push(performance.now() - start);
        }
        return out;
      },
      {moduleUrl, rows, draws: DRAWS, runs: RUNS}
    );
    console.log(
      `Headless Chromium (the page's bundle): ${median(durations).toFixed(1)} ms (min ${Math.min(...durations).toFixed(1)}, max ${Math.max(...durations).toFixed(1)})`
    );
    await opened.close();
  } finally {
    await session.close();
  }
}

const r = spawnSync("Rscript", ["bench/panel-bootstrap.R", String(COUNTRIES), String(DRAWS)], {cwd: projectRoot, encoding: "utf8"});
if (r.error || r.status !== 0)
  console.log(r.error && (r.error as NodeJS.ErrnoException).code === "ENOENT" ? "R: R not installed" : `R: failed (${r.stderr.trim().split("\n").at(-1)})`);
else {
  const [ms, n, p] = r.stdout.trim().split(/\s+/).map(Number);
  console.log(
    `R (plm + clubSandwich + a refit per draw with lm.fit, ${n} rows): ${ms.toFixed(0)} ms, bootstrap p (β = 0.25) ${p.toFixed(4)} — ${(ms / median(node)).toFixed(0)} × Node`
  );
}
