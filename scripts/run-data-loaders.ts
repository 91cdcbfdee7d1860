// Runs the site's data loaders before `observable build`, several at a time, into Framework's cache.
//
// Framework runs a build's data loaders one after another, each in its own `tsx` process that reads the
// MIPEX tables and the outcome files again: on the 2-core build machine that was ≈ 50 s of a ≈ 85 s cold
// build. Framework treats a cached output as fresh when it is newer than its loader file (documented:
// https://observablehq.com/framework/data-loaders#caching), so this script writes the outputs where
// Framework looks for them, and Framework then only reads them. One worker process per core takes
// loaders from a queue; a worker keeps the tables it has read (cachedMipex, cachedOutcomes) for the next
// loader. A loader is a module whose default export builds its output (loaders/data-loader.ts), so the
// same file still runs alone when Framework (or `npm run dev`) runs it.
//
// A zip's members are written too (Framework would otherwise open the archive once per member).
import {fork} from "node:child_process";
import {existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {availableParallelism} from "node:os";
import {dirname, join, relative, resolve as resolvePath, sep} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import JSZip from "jszip";
import type {LoaderBuild} from "../loaders/data-loader.ts";
import {scriptArgs, UsageError} from "./script-args.ts";

/** A data loader to run: its file and the output Framework serves, both relative to the source root. */
export interface LoaderJob {
  loader: string;
  target: string;
}

export interface LoaderResult extends LoaderJob {
  ms: number;
  bytes: number;
  /** Zip members written beside the archive. */
  members: number;
  worker: number;
}

/** The output a loader file makes: `data/overview.json.ts` → `data/overview.json`; not a loader → null. */
export function loaderTarget(file: string): string | null {
  const match = /^(.*[^/]\.[A-Za-z0-9]+)\.ts$/.exec(file);
  // Parameterized loaders run per page, with their params; declaration files are types, not loaders.
  if (!match || /\[|\]/.test(file) || file.endsWith(".d.ts")) return null;
  const name = match[1].slice(match[1].lastIndexOf("/") + 1);
  return name.includes(".") && !name.startsWith(".") ? match[1] : null;
}

/**
 * The data loaders under `root` whose output in `cacheDir` is missing or older than the loader file —
 * Framework's own rule for rerunning a loader. Parameterized loaders (`[name].json.ts`) are left to Framework.
 *
 * @example
 * staleLoaders("src") // [{loader: "data/overview.json.ts", target: "data/overview.json"}, ...]
 */
export function staleLoaders(root: string, cacheDir = join(root, ".observablehq", "cache")): LoaderJob[] {
  const jobs: LoaderJob[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else {
        const loader = relative(root, path).split(sep).join("/");
        const target = loaderTarget(loader);
        if (!target) continue;
        const cached = join(cacheDir, target);
        if (!existsSync(cached) || statSync(cached).mtimeMs < statSync(path).mtimeMs) jobs.push({loader, target});
      }
    }
  };
  visit(root);
  return jobs;
}

/** Writes `bytes` to `path` through a temporary file, so a reader never sees half an output. */
function writeAtomically(path: string, bytes: string | Uint8Array): void {
  mkdirSync(dirname(path), {recursive: true});
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

/**
 * Runs one loader in this process and writes its output (and a zip's members) into `cacheDir`.
 *
 * @example
 * await runLoaderJob("src", "src/.observablehq/cache", {loader: "data/overview.json.ts", target: "data/overview.json"});
 */
export async function runLoaderJob(root: string, cacheDir: string, job: LoaderJob): Promise<{bytes: number; members: number}> {
  const module = (await import(pathToFileURL(join(root, job.loader)).href)) as {default?: unknown};
  if (typeof module.default !== "function") {
    throw new Error(`${join(root, job.loader)} has no default export: a data loader exports dataLoader(import.meta.url, build) (loaders/data-loader.ts)`);
  }
  const output = await (module.default as LoaderBuild)();
  if (typeof output !== "string" && !(output instanceof Uint8Array)) {
    throw new Error(`${join(root, job.loader)}: its build returned ${typeof output}, not a string or bytes`);
  }
  let members = 0;
  if (job.target.endsWith(".zip")) {
    // Framework serves data/x.zip's member m at data/x/m and caches it there.
    const folder = join(cacheDir, job.target.slice(0, -".zip".length));
    const zip = await JSZip.loadAsync(output);
    for (const file of Object.values(zip.files)) {
      if (file.dir) continue;
      writeAtomically(join(folder, file.name), await file.async("uint8array"));
      ++members;
    }
  }
  // The archive last: once it is there, Framework takes its members as fresh too.
  writeAtomically(join(cacheDir, job.target), output);
  return {bytes: typeof output === "string" ? Buffer.byteLength(output) : output.byteLength, members};
}

/** Node's flags for a worker: tsx's loader, so it can import TypeScript (whoever started this process). */
const TSX = ["--import", pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href];

type ToWorker = {job: LoaderJob} | {done: true};
type FromWorker = {ready: true} | {result: Omit<LoaderResult, "worker">} | {failed: LoaderJob; message: string};

/**
 * Runs `jobs` in `workers` child processes that take loaders from a shared queue; resolves with every
 * result, or rejects naming the first loader that failed (the others finish the loader they are running).
 *
 * @example
 * const results = await runDataLoaders("src", staleLoaders("src"), {workers: 2});
 */
export async function runDataLoaders(
  root: string,
  jobs: readonly LoaderJob[],
  {cacheDir = join(root, ".observablehq", "cache"), workers = availableParallelism()}: {cacheDir?: string; workers?: number} = {}
): Promise<LoaderResult[]> {
  const queue = [...jobs];
  const results: LoaderResult[] = [];
  const failures: string[] = [];
  const count = Math.max(1, Math.min(workers, queue.length));
  const self = fileURLToPath(import.meta.url);
  await Promise.all(
    Array.from({length: count}, (_, worker) => {
      return new Promise<void>((resolve) => {
        const child = fork(self, ["--worker", "--root", root, "--cache", cacheDir], {execArgv: TSX, stdio: ["ignore", "inherit", "inherit", "ipc"]});
        let current: LoaderJob | undefined;
        const next = (): void => {
          current = failures.length ? undefined : queue.shift();
          child.send((current ? {job: current} : {done: true}) satisfies ToWorker);
        };
        child.on("message", (message: FromWorker) => {
          if ("result" in message) results.push({...message.result, worker});
          if ("failed" in message) failures.push(`data loader ${join(root, message.failed.loader)} failed: ${message.message}`);
          next();
        });
        child.on("error", (error) => {
          failures.push(`data loaders: a worker could not start or be reached: ${error.message}`);
          resolve();
        });
        child.on("exit", (code, signal) => {
          // Exiting with a loader still running: the loader called process.exit or the process crashed.
          if (current) failures.push(`data loader ${join(root, current.loader)} failed: its worker exited (${signal ?? `code ${code}`})`);
          resolve();
        });
      });
    })
  );
  if (failures.length) throw new Error(failures.join("\n"));
  return results;
}

/**
 * `npm run build`'s step: runs every stale loader of the site (`src/`) with one worker per core
 * (`MIPEX_LOADER_WORKERS` overrides) and prints how long each took, slowest first.
 */
export async function prebuildDataLoaders(root: string, log: (line: string) => void = console.log): Promise<LoaderResult[]> {
  const jobs = staleLoaders(root);
  if (!jobs.length) {
    log("data loaders: every output in Framework's cache is fresh");
    return [];
  }
  const workers = Number(process.env.MIPEX_LOADER_WORKERS) || availableParallelism();
  const start = performance.now();
  const results = await runDataLoaders(root, jobs, {workers});
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const sum = results.reduce((total, r) => total + r.ms, 0);
  log(
    `data loaders: ${results.length} ran in ${Math.min(workers, jobs.length)} workers in ${seconds(performance.now() - start)} (loader times add up to ${seconds(sum)})`
  );
  for (const r of [...results].sort((a, b) => b.ms - a.ms)) {
    const size = r.bytes >= 1e6 ? `${(r.bytes / 1e6).toFixed(1)} MB` : `${(r.bytes / 1e3).toFixed(1)} kB`;
    log(`  ${seconds(r.ms).padStart(7)}  ${r.target} (worker ${r.worker + 1}, ${size}${r.members ? `, ${r.members} members` : ""})`);
  }
  return results;
}

/** The worker: runs the jobs the parent sends, one at a time, until told it is done. */
function startWorker(root: string, cacheDir: string): void {
  const send = (message: FromWorker) => process.send!(message);
  process.on("message", async (message: ToWorker) => {
    // Exit rather than disconnect: a loader may leave handles open (a DuckDB instance) that would keep the worker alive.
    if ("done" in message) process.exit(0);
    const {job} = message;
    const start = performance.now();
    try {
      const {bytes, members} = await runLoaderJob(root, cacheDir, job);
      send({result: {...job, ms: performance.now() - start, bytes, members}});
    } catch (error) {
      send({failed: job, message: error instanceof Error ? (error.stack ?? error.message) : String(error)});
    }
  });
  send({ready: true});
}

// A worker, started by runDataLoaders above (fork of this file).
if (process.argv[1] && resolvePath(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const usage = "run-data-loaders.ts --worker --root <src> --cache <dir> (a worker of runDataLoaders)";
  const {values} = scriptArgs(usage, {worker: {type: "boolean"}, root: {type: "string"}, cache: {type: "string"}});
  if (!values.worker || values.root === undefined || values.cache === undefined)
    throw new UsageError(`--worker, --root and --cache are all needed\nusage: ${usage}`);
  startWorker(values.root, values.cache);
}
