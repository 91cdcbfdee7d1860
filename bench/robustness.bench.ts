// Timings for the robustness analysis (src/robustness.md). Run: npx tsx bench/robustness.bench.ts
//
// Targets (issue 15): 10,000 draws of all 56 countries recomputed from the 59 indicators in under 1 s, and
// Sobol indices of 8 choices at N = 4,096 base samples in under 3 s, in the browser's worker. Measured in
// Node, in headless Chromium inside the page's own worker when $MIPEX_DIST (or dist/) holds a build, and in
// R (bench/robustness.R, the same scheme on the same matrix) when Rscript is installed. R cannot draw the
// workspace's Dirichlet weights, so the like-for-like rows keep the weights at MIPEX's and vary the other
// seven choices, without bootstrap intervals. Each figure is the median of several runs after a warm-up;
// timings are printed, never asserted.
import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {cpus, loadavg, tmpdir} from "node:os";
import {join} from "node:path";
import {performance} from "node:perf_hooks";
import {CHOICE_IDS} from "../lib/robustness/choices.ts";
import {robustnessData} from "../lib/robustness/data.ts";
import {createIndexModel} from "../lib/robustness/index-model.ts";
import {runSensitivity} from "../lib/robustness/sensitivity.ts";
import {runUncertainty} from "../lib/robustness/uncertainty.ts";
import {AREA_IDS} from "../lib/mipex/areas.ts";
import {cachedMipex} from "../loaders/mipex/cached-tables.ts";
import {builtSiteDir, startSession} from "../test/browser/harness.ts";
import {projectRoot} from "./site.ts";
import {countArg, scriptArgs} from "../scripts/script-args.ts";

const USAGE = "robustness.bench.ts [--runs N]";
const RUNS = countArg(scriptArgs(USAGE, {runs: {type: "string", default: "5"}}).values.runs, "--runs", USAGE);
const DRAWS = 10000;
const BASE_SAMPLES = 4096;
const SEVEN = CHOICE_IDS.filter((id) => id !== "weights");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Wall-clock durations of `runs` runs after a warm-up; the CPU time of each (this process) goes to `cpu`. */
function time(runs: number, work: () => unknown, cpu: number[] = []): number[] {
  work();
  const out: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    work();
    out.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return out;
}

/** Wall-clock figure and, since a loaded machine stretches wall-clock time, the median CPU time beside it. */
function timed(runs: number, work: () => unknown, target?: number): string {
  const cpu: number[] = [];
  const wall = time(runs, work, cpu);
  return `${fmt(wall, target)}; CPU ${median(cpu).toFixed(0)} ms`;
}

const fmt = (durations: number[], target?: number) => {
  const m = median(durations);
  return `${m.toFixed(0)} ms (min ${Math.min(...durations).toFixed(0)}, max ${Math.max(...durations).toFixed(0)})${target ? `, ${(m / target).toFixed(2)} × the ${target} ms target` : ""}`;
};

const {tables} = await cachedMipex();
const data = robustnessData(tables);
const model = createIndexModel(data);
console.log(`Robustness: ${data.countries.length} countries × ${data.indicators.length} indicators, median of ${RUNS} runs\n`);
console.log("Node", process.version);
console.log(
  `  ${DRAWS.toLocaleString("en")} draws over 8 choices (rank intervals, top ten, bands): ${timed(RUNS, () => runUncertainty(model, {draws: DRAWS}), 1000)}`
);
console.log(
  `  Sobol, 8 choices, N = ${BASE_SAMPLES} (${(BASE_SAMPLES * 10).toLocaleString("en")} runs), 200 bootstrap resamples × 57 outputs: ${timed(RUNS, () => runSensitivity(model, {baseSamples: BASE_SAMPLES}), 3000)}`
);
console.log(
  `  Sobol, 8 choices, N = ${BASE_SAMPLES}, point estimates only: ${timed(RUNS, () => runSensitivity(model, {baseSamples: BASE_SAMPLES, resamples: 1}))}`
);
console.log(`  (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores while measuring)`);
const nodeSeven = {
  uncertainty: time(RUNS, () => runUncertainty(model, {draws: DRAWS, choices: SEVEN})),
  sensitivity: time(RUNS, () => runSensitivity(model, {baseSamples: BASE_SAMPLES, choices: SEVEN, resamples: 1}))
};
console.log(
  `  like for like with R — ${DRAWS.toLocaleString("en")} draws, 7 choices: ${fmt(nodeSeven.uncertainty)}; Sobol, 7 choices, N = ${BASE_SAMPLES}, no bootstrap: ${fmt(nodeSeven.sensitivity)}`
);

// Headless Chromium, in the page's own worker script.
const dist = builtSiteDir(projectRoot);
if (!existsSync(join(dist, "robustness.html"))) {
  console.log(`\nChromium: skipped (no ${join(dist, "robustness.html")}; build with MIPEX_DIST=… npm run build)`);
} else {
  const session = await startSession(dist);
  try {
    const opened = await session.openPage("/robustness");
    await opened.page.locator('[data-testid="rank-move-chart"] svg').waitFor({timeout: 120_000});
    const workerUrl = opened.requests.find((u) => /\/_file\/data\/robustness-worker\.[^/]*\.js$/.test(u));
    const dataUrl = opened.requests.find((u) => /\/_file\/data\/robustness\.[^/]*\.json$/.test(u));
    if (!workerUrl || !dataUrl) throw new Error("the robustness page did not load its worker and data");
    const version = await opened.page.evaluate(() => navigator.userAgent.match(/Chrom(e|ium)\/[\d.]+/)?.[0] ?? navigator.userAgent);
    // A string, not a function: tsx would wrap the named helpers in a `__name` call the page does not have.
    const params = JSON.stringify({workerUrl, dataUrl, runs: RUNS, draws: DRAWS, baseSamples: BASE_SAMPLES, seven: SEVEN, all: [...CHOICE_IDS]});
    const timings = (await opened.page.evaluate(`(async ({workerUrl, dataUrl, runs, draws, baseSamples, seven, all}) => {
      const {data} = await (await fetch(dataUrl)).json();
      const worker = new Worker(workerUrl);
      let id = 0;
      const ask = (message) => new Promise((resolve) => {
        const mine = id++;
        const listener = (event) => {
          if (event.data.id !== mine) return;
          worker.removeEventListener("message", listener);
          resolve(event.data);
        };
        worker.addEventListener("message", listener);
        worker.postMessage({id: mine, ...message});
      });
      await ask({data});
      const measure = async (request) => {
        await ask({request});
        const out = [];
        for (let i = 0; i < runs; i++) {
          const reply = await ask({request});
          if (reply.error) throw new Error(reply.error);
          out.push(reply.response.milliseconds);
        }
        return out;
      };
      const result = {
        uncertainty: await measure({kind: "uncertainty", draws, seed: 20200, choices: all}),
        sensitivity: await measure({kind: "sensitivity", baseSamples, seed: 20200, choices: all, resamples: 200}),
        uncertaintySeven: await measure({kind: "uncertainty", draws, seed: 20200, choices: seven}),
        sensitivitySeven: await measure({kind: "sensitivity", baseSamples, seed: 20200, choices: seven, resamples: 1})
      };
      worker.terminate();
      return result;
    })(${params})`)) as Record<"uncertainty" | "sensitivity" | "uncertaintySeven" | "sensitivitySeven", number[]>;
    console.log(`\nHeadless ${version}, inside the page's worker (its own clock)`);
    console.log(`  ${DRAWS.toLocaleString("en")} draws over 8 choices: ${fmt(timings.uncertainty, 1000)}`);
    console.log(`  Sobol, 8 choices, N = ${BASE_SAMPLES}, 200 bootstrap resamples: ${fmt(timings.sensitivity, 3000)}`);
    console.log(`  like for like with R — 7 choices: draws ${fmt(timings.uncertaintySeven)}; Sobol without bootstrap ${fmt(timings.sensitivitySeven)}`);
    await opened.close();
  } finally {
    await session.close();
  }
}

// R, the same work on the same matrix (written to a temporary folder, removed afterwards).
const rscript = spawnSync("Rscript", ["--version"], {encoding: "utf8"});
if (rscript.error) {
  console.log("\nR: R not installed (Rscript not found)");
} else {
  const dir = mkdtempSync(join(tmpdir(), "mipex-robustness-bench-"));
  try {
    writeFileSync(join(dir, "scores.csv"), data.scores.map((row) => row.join(",")).join("\n"));
    writeFileSync(join(dir, "indicators.csv"), ["area,weight", ...data.indicators.map((i) => `${AREA_IDS.indexOf(i.area)},${i.weight}`)].join("\n"));
    const start = performance.now();
    const r = spawnSync("Rscript", [join(projectRoot, "bench", "robustness.R"), dir, String(DRAWS), String(BASE_SAMPLES)], {encoding: "utf8"});
    if (r.status !== 0) throw new Error(`bench/robustness.R failed: ${r.stderr}`);
    const seconds = Object.fromEntries(
      r.stdout
        .trim()
        .split("\n")
        .map((line) => line.trim().split(/\s+/))
        .map(([task, s]) => [task, Number(s) * 1000])
    );
    const version = (rscript.stderr || rscript.stdout).split("\n")[0];
    console.log(`\nR (${version}), one run, the same scheme in plain R (test/fixtures/r/robustness-index.R)`);
    console.log(
      `  ${DRAWS.toLocaleString("en")} draws, 7 choices: ${seconds.uncertainty.toFixed(0)} ms (${(seconds.uncertainty / median(nodeSeven.uncertainty)).toFixed(0)} × Node)`
    );
    console.log(
      `  Sobol, 7 choices, N = ${BASE_SAMPLES}, no bootstrap: ${seconds.sensitivity.toFixed(0)} ms (${(seconds.sensitivity / median(nodeSeven.sensitivity)).toFixed(0)} × Node)`
    );
    console.log(`  (whole R process ${(performance.now() - start).toFixed(0)} ms)`);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
