import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {PROJECT_ROOT, locateSource} from "../data-sources.ts";
import {deepFreeze} from "../deep-freeze.ts";
import type {LoadedMipex} from "./load-mipex.ts";

// MIPEX_CACHE_DIR lets tests that load crafted workbooks keep their caches out of the project.
const CACHE_DIR = process.env.MIPEX_CACHE_DIR ?? join(PROJECT_ROOT, "data", ".cache");
/** The code that shapes the tables: a change to any of it makes a new cache key. */
const CODE_DIRS = ["lib/mipex", "lib/countries", "loaders/mipex", "data/manifest.json"];

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

async function readOrLoad(key: string, warn?: (message: string) => void): Promise<LoadedMipex> {
  const file = join(CACHE_DIR, `mipex-${key}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as LoadedMipex;
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

function cacheKey(warn?: (message: string) => void): string {
  const hash = createHash("sha256");
  for (const id of ["mipex_core", "mipex_eu", "approach_groups"]) hash.update(locateSource(id, {warn}).actualSha256);
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
