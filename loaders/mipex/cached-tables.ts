import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {PROJECT_ROOT, locateSource} from "../data-sources.ts";
import {TABLE_SPECS} from "../../lib/mipex/table-specs.ts";
import {deepFreeze} from "../deep-freeze.ts";
import type {LoadedMipex} from "./load-mipex.ts";

// MIPEX_CACHE_DIR lets tests that load crafted workbooks keep their caches out of the project.
const CACHE_DIR = process.env.MIPEX_CACHE_DIR ?? join(PROJECT_ROOT, "data", ".cache");
/** The code that shapes the tables (with what lib/mipex imports from lib/format and lib/stats): a change to any of it makes a new cache key. */
const CODE_DIRS = ["lib/mipex", "lib/countries", "lib/format", "lib/stats/mean.ts", "loaders/mipex", "data/manifest.json"];

/** The sources the tables are read from, in the order loadMipex gives them. */
const SOURCE_IDS = ["mipex_core", "mipex_eu", "approach_groups"];

/** Tables already read by this process, by cache key: the pre-build runner runs several loaders per process. */
const inProcess = new Map<string, Promise<LoadedMipex>>();

/**
 * The MIPEX tables, read from a cache in `data/.cache/` when the source files and the code that reads
 * them are unchanged, and kept for the rest of the process. Reading both workbooks takes seconds; a
 * build has many loaders that need the tables. The tables are frozen (deepFreeze): every caller shares them.
 *
 * @example
 * const {tables} = await cachedMipex();
 */
export function cachedMipex({warn}: {warn?: (message: string) => void} = {}): Promise<LoadedMipex> {
  const key = cacheKey(warn);
  let loaded = inProcess.get(key);
  if (!loaded) {
    loaded = readOrLoad(key, warn).then(deepFreeze);
    // A failed read is not kept: the next caller tries again and sees the same error.
    loaded.catch(() => inProcess.delete(key));
    inProcess.set(key, loaded);
  }
  return loaded;
}

async function readOrLoad(key: string, warn: (message: string) => void = defaultWarn): Promise<LoadedMipex> {
  const file = join(CACHE_DIR, `mipex-${key}.json`);
  if (existsSync(file)) {
    const cached = readCache(file);
    // The cache is keyed by the sources' sha256, not their place: the sources are where they are found now.
    if ("loaded" in cached) return {...cached.loaded, sources: SOURCE_IDS.map((id) => locateSource(id, {warn}))};
    // A cut-short or edited cache file is never read as tables: it is named, discarded and rebuilt.
    warn(`the table cache ${file} is corrupt (${cached.problem}); discarded, the tables are read again from the workbooks`);
    rmSync(file, {force: true});
  }
  // Imported here, not at the top: on a warm cache the workbook reader (exceljs) is never needed.
  const {loadMipex} = await import("./load-mipex.ts");
  const loaded = await loadMipex({warn});
  mkdirSync(CACHE_DIR, {recursive: true});
  // Written under a temporary name and renamed, so a loader running at the same time never reads half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(loaded));
  renameSync(temporary, file);
  return loaded;
}

/**
 * A cache file's tables, or why they cannot be used: a file cut short by a killed build or edited by hand
 * fails to parse or lacks a table.
 */
function readCache(file: string): {loaded: LoadedMipex} | {problem: string} {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return {problem: `not JSON: ${(error as Error).message}`};
  }
  const loaded = parsed as LoadedMipex | null;
  if (!loaded || typeof loaded !== "object" || !loaded.tables || !Array.isArray(loaded.sources)) return {problem: "no tables or sources"};
  const missing = TABLE_SPECS.map((t) => t.name).filter((name) => !Array.isArray((loaded.tables as unknown as Record<string, unknown>)[name]));
  return missing.length ? {problem: `no ${missing.join(", ")} table`} : {loaded};
}

function defaultWarn(message: string): void {
  process.stderr.write(`warning: ${message}\n`);
}

function cacheKey(warn?: (message: string) => void): string {
  const hash = createHash("sha256");
  for (const id of SOURCE_IDS) hash.update(locateSource(id, {warn}).actualSha256);
  for (const entry of CODE_DIRS) hashPath(hash, join(PROJECT_ROOT, entry));
  return hash.digest("hex").slice(0, 16);
}

function hashPath(hash: ReturnType<typeof createHash>, path: string): void {
  if (!existsSync(path)) return;
  if (path.endsWith(".json") || path.endsWith(".ts")) {
    hash.update(path).update(readFileSync(path));
    return;
  }
  for (const entry of readdirSync(path).sort()) hashPath(hash, join(path, entry));
}
