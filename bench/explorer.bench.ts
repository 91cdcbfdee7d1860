// Timings for the correlation explorer (src/explorer.md). Run: npx tsx bench/explorer.bench.ts
//
// Recomputing the explorer's full report for one selection — pairing the 56 countries, Pearson and
// Spearman with tests, percentile + BCa bootstrap intervals for both (10,000 resamples each), two
// 10,000-permutation tests, leave-one-out influence and the regression band — on the real data.
// Target < 100 ms. Measured in Node, and in headless Chromium on the built explorer page when
// $MIPEX_DIST (or dist/) holds a build: the page's own bundled module is imported and timed there.
// Each figure is the median of several runs after a warm-up. Timings are printed, never asserted.
import {existsSync} from "node:fs";
import {join} from "node:path";
import {performance} from "node:perf_hooks";
import {packExplorerData, unpackExplorerData} from "../lib/explorer/dataset.ts";
import {explore} from "../lib/explorer/explore.ts";
import type {ExplorerState} from "../lib/explorer/state.ts";
import {pairCountries} from "../lib/findings/outcomes/pairs.ts";
import {mipexInput} from "../lib/findings/outcomes/scores.ts";
import {bootstrapCorrelation} from "../lib/stats/bootstrap.ts";
import {permutationCorrelationTest} from "../lib/stats/permutation.ts";
import {cachedMipex} from "../loaders/mipex/cached-tables.ts";
import {loadOutcomes} from "../loaders/outcomes/load-outcomes.ts";
import {builtSiteDir, startSession} from "../test/browser/harness.ts";
import {projectRoot} from "./site.ts";
import {countArg, scriptArgs} from "../scripts/script-args.ts";

const USAGE = "explorer.bench.ts [--runs N]";
const RUNS = countArg(scriptArgs(USAGE, {runs: {type: "string", default: "9"}}).values.runs, "--runs", USAGE);
const STATES: {name: string; state: ExplorerState}[] = [
  {
    name: "access to nationality × naturalisation (n = 31)",
    state: {
      measure: "access_to_nationality",
      mipexYear: 2016,
      indicator: "derived.naturalisation_rate_nonEU_citizens.mean_2014_2019",
      group: "sex=T",
      year: 2019,
      control: null
    }
  },
  {
    name: "overall × Gallup acceptance, control: anti-discrimination (n = 36)",
    state: {
      measure: "overall.with_health",
      mipexYear: 2014,
      indicator: "migrant_acceptance_index",
      group: "adult population",
      year: 2016,
      control: "mipex:anti_discrimination"
    }
  }
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time(runs: number, work: () => unknown): {median: number; min: number; max: number} {
  work();
  const durations: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    durations.push(performance.now() - start);
  }
  return {median: median(durations), min: Math.min(...durations), max: Math.max(...durations)};
}

const fmt = (t: {median: number; min: number; max: number}) => `${t.median.toFixed(1)} ms (min ${t.min.toFixed(1)}, max ${t.max.toFixed(1)})`;

const {tables} = await cachedMipex();
const outcomes = loadOutcomes();
const mipex = mipexInput(tables);
const packed = packExplorerData(mipex.countries, mipex.scores, outcomes.observations, outcomes.catalogue);
const data = unpackExplorerData(JSON.parse(JSON.stringify(packed)));

console.log(`Explorer: full report, 10,000 bootstrap resamples and permutations, median of ${RUNS} runs (target < 100 ms)\n`);
console.log("Node", process.version);
for (const {name, state} of STATES) console.log(`  ${name}: ${fmt(time(RUNS, () => explore(data, state)))}`);

// Where the time goes, for the first selection.
const pairing = pairCountries(data.scores, data.observations, data.countries, {
  measure: STATES[0].state.measure,
  mipexYear: 2016,
  indicator: STATES[0].state.indicator,
  group: "sex=T",
  outcomeYears: [2019]
});
const x = pairing.rows.map((r) => r.x);
const y = pairing.rows.map((r) => r.y);
console.log("  breakdown (first selection):");
console.log(
  `    pairing the 56 countries: ${fmt(time(RUNS, () => pairCountries(data.scores, data.observations, data.countries, {measure: "access_to_nationality", mipexYear: 2016, indicator: STATES[0].state.indicator, group: "sex=T", outcomeYears: [2019]})))}`
);
console.log(`    bootstrap, Pearson: ${fmt(time(RUNS, () => bootstrapCorrelation(x, y, {method: "pearson", replicates: 10_000, seed: 1})))}`);
console.log(
  `    bootstrap, Spearman (re-ranks each resample): ${fmt(time(RUNS, () => bootstrapCorrelation(x, y, {method: "spearman", replicates: 10_000, seed: 1})))}`
);
console.log(`    permutation test, Pearson: ${fmt(time(RUNS, () => permutationCorrelationTest(x, y, {method: "pearson", permutations: 10_000, seed: 1})))}`);
console.log(`    permutation test, Spearman: ${fmt(time(RUNS, () => permutationCorrelationTest(x, y, {method: "spearman", permutations: 10_000, seed: 1})))}`);

// Headless Chromium on the built page, with the page's own bundle.
const dist = builtSiteDir(projectRoot);
if (!existsSync(join(dist, "explorer.html"))) {
  console.log(`\nChromium: skipped (no ${join(dist, "explorer.html")}; build with MIPEX_DIST=… npm run build)`);
} else {
  const session = await startSession(dist);
  try {
    const opened = await session.openPage("/explorer");
    await opened.page.locator('[data-testid="explorer-n"]').waitFor({timeout: 90_000});
    const moduleUrl = opened.requests.find((u) => /\/_import\/components\/lib\/correlation\.[^/]*\.js$/.test(u));
    const dataUrl = opened.requests.find((u) => /\/_file\/data\/explorer\.[^/]*\.json$/.test(u));
    if (!moduleUrl || !dataUrl) throw new Error("the explorer page did not load its module and data");
    const version = await opened.page.evaluate(() => navigator.userAgent.match(/Chrom(e|ium)\/[\d.]+/)?.[0] ?? navigator.userAgent);
    console.log(`\nHeadless ${version} (the page's bundled module)`);
    for (const {name, state} of STATES) {
      const durations = await opened.page.evaluate(
        async ({moduleUrl, dataUrl, state, runs}) => {
          const lib = await import(moduleUrl);
          const data = lib.unpackExplorerData(await (await fetch(dataUrl)).json());
          lib.explore(data, state);
          const out: number[] = [];
          for (let i = 0; i < runs; i++) {
            const start = performance.now();
            lib.explore(data, state);
            out.push(performance.now() - start);
          }
          return out;
        },
        {moduleUrl, dataUrl, state, runs: RUNS}
      );
      console.log(`  ${name}: ${fmt({median: median(durations), min: Math.min(...durations), max: Math.max(...durations)})}`);
    }
    const shown = await opened.page.locator("text=/Recomputed in \\d+ ms/").textContent();
    console.log(`  first computation on page load, as the page reports it: ${shown?.trim()}`);
    await opened.close();
  } finally {
    await session.close();
  }
}
