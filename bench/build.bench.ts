/**
 * Build time of the Framework site, cold and warm. Prints; never asserts.
 *
 *   cold = no dist/, an empty Framework cache (src/.observablehq/cache removed: the npm fill,
 *          data loader outputs and bundled client code all rebuilt) and, for the main site, no
 *          workbook cache (data/.cache: the workbooks are read again), as in a fresh clone; then `npm run build`
 *          (fill the npm cache from node_modules, the project's pre-build steps, observable build;
 *          for the fixture site: the fill and observable build);
 *   warm = `npm run build` again right after: the fill is skipped (stamp current) and data loaders
 *          are served from their cache.
 * Target: cold build < 60 s on the 2-core CI machine. With `unshare -n` available (root), builds run
 * with the network cut off, as in CI.
 *
 * Usage: npx tsx bench/build.bench.ts [--site main|fixture] [--runs N]
 * (default site: main when src/ has pages, else the browser tests' fixture site; N warm runs, 2)
 */
import {execFileSync, spawnSync} from "node:child_process";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {delimiter, join, relative, resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {benchOptions, chooseSite, projectRoot, ratio, type Site} from "./site.ts";

const COLD_TARGET_S = 60;

function canUnshareNetwork(): boolean {
  try {
    execFileSync("unshare", ["-n", "true"], {stdio: "ignore"});
    return true;
  } catch {
    return false;
  }
}

interface Timed {
  fillMs: number;
  buildMs: number;
  totalMs: number;
  /** The data loader phase of prebuild (scripts/run-data-loaders.ts): wall time and workers, when it ran. */
  loaderPhase?: {ms: number; workers: number};
  /** Data loaders that ran, slowest first: [path, ms, nesting depth]. */
  loaders: [string, number, number][];
}

/**
 * Data loaders that ran, from the build's log: the pre-build runner's lines ("    4.3 s  data/x.json
 * (worker 2, …)") and Framework's own ("load /data/x.json → [missing] success 58.6 kB in 1054ms"), for
 * any loader Framework ran itself. A Framework loader may start another ("load /a.csv → [missing] load
 * /b.zip → [fresh] success …"), so loads and results are matched as a stack.
 */
export function loaderTimes(log: string): [string, number, number][] {
  const plain = stripAnsi(log);
  const times: [string, number, number][] = [];
  for (const match of plain.matchAll(/^ +([\d.]+) s {2}(\S+) \(worker \d+/gm)) times.push([`/${match[2]}`, Number(match[1]) * 1000, 0]);
  const stack: {path: string; ran: boolean}[] = [];
  for (const match of plain.matchAll(/load (\S+) → \[(\w+)\]|success \S+ \S+ in (\d+)ms|(?:error|fail)\S*/g)) {
    if (match[1]) stack.push({path: match[1], ran: match[2] !== "fresh"});
    else {
      const load = stack.pop();
      if (load?.ran && match[3]) times.push([load.path, Number(match[3]), stack.length]);
    }
  }
  return times.sort((a, b) => b[1] - a[1]);
}

// Terminal colour codes start with the ESC control character, which is what the pattern must match.
// eslint-disable-next-line no-control-regex
const ANSI_COLOUR = /\x1b\[[0-9;]*m/g;
const stripAnsi = (text: string) => text.replace(ANSI_COLOUR, "");

/** The runner's summary line: "data loaders: 16 ran in 2 workers in 11.2 s (…)". */
export function loaderPhase(log: string): {ms: number; workers: number} | undefined {
  const match = /data loaders: \d+ ran in (\d+) workers in ([\d.]+) s/.exec(stripAnsi(log));
  return match ? {workers: Number(match[1]), ms: Number(match[2]) * 1000} : undefined;
}

function run(site: Site, outputDir: string | undefined, offline: boolean): Timed {
  const bin = join(projectRoot, "node_modules", ".bin");
  const env = {
    ...process.env,
    PATH: [bin, process.env.PATH].join(delimiter),
    OBSERVABLE_TELEMETRY_DISABLE: "true",
    NO_COLOR: "1",
    ...(outputDir ? {FIXTURE_OUTPUT: outputDir} : {})
  };
  const wrap = (cmd: string, args: string[]): [string, string[]] => (offline ? ["unshare", ["-n", cmd, ...args]] : [cmd, args]);
  let lastLog = "";
  const time = (cmd: string, args: string[], cwd: string): number => {
    const [c, a] = wrap(cmd, args);
    const start = performance.now();
    const result = spawnSync(c, a, {cwd, env, encoding: "utf-8", maxBuffer: 64 * 1024 * 1024});
    lastLog = `${result.stdout}${result.stderr}`;
    if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${lastLog}`);
    return performance.now() - start;
  };
  if (site.name === "main") {
    // The real command. Its first step (scripts/prebuild.ts, filling the npm cache) prints how long the npm cache fill took.
    const [c, a] = wrap("npm", ["run", "build"]);
    const start = performance.now();
    const result = spawnSync(c, a, {cwd: site.cwd, env, encoding: "utf-8", maxBuffer: 256 * 1024 * 1024});
    const totalMs = performance.now() - start;
    const log = `${result.stdout}${result.stderr}`;
    if (result.status !== 0) throw new Error(`npm run build failed:\n${log.slice(-4000)}`);
    const fill = /npm cache (?:filled: \d+ files in|\S+ is current \(.*?) (\d+) ms/.exec(log);
    const fillMs = fill ? Number(fill[1]) : Number.NaN;
    return {fillMs, buildMs: totalMs - fillMs, totalMs, loaderPhase: loaderPhase(log), loaders: loaderTimes(log)};
  }
  // The fixture has no npm script: the same two steps as `npm run build`, timed apart.
  const fillMs = time(join(bin, "tsx"), ["scripts/fill-npm-cache.ts", "--root", relative(projectRoot, site.root)], projectRoot);
  const buildMs = time(join(bin, "observable"), ["build"], site.cwd);
  return {fillMs, buildMs, totalMs: fillMs + buildMs, loaders: loaderTimes(lastLog)};
}

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export function benchBuild(argv: string[] = process.argv.slice(2)): void {
  const site = chooseSite(argv);
  const warmRuns = Number(benchOptions(argv).runs ?? 2);
  const offline = canUnshareNetwork();
  // The fixture builds into a temporary directory (its output is outside its cwd, so it is not
  // cleared by Framework: use a fresh one per build); the main site builds into dist/.
  const output = () => (site.name === "fixture" ? mkdtempSync(join(tmpdir(), "mipex-bench-dist-")) : undefined);
  const outputs: string[] = [];
  const mainDist = resolve(projectRoot, process.env.MIPEX_DIST ?? "dist");

  console.log(`build bench: site ${site.name} (${relative(projectRoot, site.root)}), network ${offline ? "cut off (unshare -n)" : "on"}`);
  rmSync(join(site.root, ".observablehq", "cache"), {recursive: true, force: true});
  if (site.name === "main") rmSync(process.env.MIPEX_CACHE_DIR ?? join(projectRoot, "data", ".cache"), {recursive: true, force: true});
  if (site.name === "main") rmSync(mainDist, {recursive: true, force: true});

  const coldOut = output();
  if (coldOut) outputs.push(coldOut);
  const cold = run(site, coldOut, offline);
  console.log(
    `cold: ${s(cold.totalMs)} (npm cache fill ${s(cold.fillMs)} + the rest ${s(cold.buildMs)})  ${ratio(cold.totalMs / 1000, COLD_TARGET_S)} of ${COLD_TARGET_S} s`
  );
  // A nested Framework load is inside its parent's time, so only top-level loads are added up.
  const loaderMs = cold.loaders.reduce((sum, [, ms, depth]) => sum + (depth === 0 ? ms : 0), 0);
  const phase = cold.loaderPhase
    ? `; the pre-build runner took ${s(cold.loaderPhase.ms)} with ${cold.loaderPhase.workers} workers (${((cold.loaderPhase.ms / cold.totalMs) * 100).toFixed(0)} % of the build)`
    : "";
  console.log(`  data loaders: ${cold.loaders.length} ran, ${s(loaderMs)} added up${phase}; slowest:`);
  for (const [path, ms] of cold.loaders.slice(0, 8)) console.log(`    ${s(ms).padStart(7)}  ${path}`);
  const warm: Timed[] = [];
  for (let i = 0; i < warmRuns; ++i) {
    const out = output();
    if (out) outputs.push(out);
    if (site.name === "main") rmSync(mainDist, {recursive: true, force: true});
    const t = run(site, out, offline);
    warm.push(t);
    console.log(`warm #${i + 1}: ${s(t.totalMs)} (npm cache check ${s(t.fillMs)} + the rest ${s(t.buildMs)})`);
  }
  if (warm.length) {
    const best = Math.min(...warm.map((t) => t.totalMs));
    console.log(`warm best: ${s(best)}; cold/warm ${(cold.totalMs / best).toFixed(1)}×`);
  }
  for (const out of outputs) rmSync(out, {recursive: true, force: true});
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) benchBuild();
