import {createHash} from "node:crypto";
import {existsSync, readFileSync, rmSync} from "node:fs";
import {join} from "node:path";
import {locateSource} from "../data-sources.ts";
import {TABLE_SPECS} from "../../lib/mipex/table-specs.ts";
import {cacheDirectory, hashCode, touchCacheFile, writeCacheFile} from "../cache-files.ts";
import {decodeRows, encodeRows, isCompactRows, type CompactRows} from "../compact-rows.ts";
import {deepFreeze} from "../../lib/mipex/deep-freeze.ts";
import type {LoadedMipex} from "./load-mipex.ts";

// MIPEX_CACHE_DIR lets tests that load crafted workbooks keep their caches out of the project.
const CACHE_DIR = cacheDirectory();
/** The code that shapes the tables (with what lib/mipex imports from lib/format and lib/stats): a change to any of it makes a new cache key. */
const CODE_DIRS = ["lib/mipex", "lib/countries", "lib/format", "lib/stats/mean.ts", "loaders/mipex", "loaders/compact-rows.ts", "data/manifest.json"];
/** Cache files kept: one per version of the workbooks and the code that reads them. */
const KEEP = 4;

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

/**
 * The cache file `cachedMipex` reads or writes for the sources and code as they are now.
 *
 * @example (needs the workbooks)
 * tableCacheFile() // ".../data/.cache/mipex-07e64cd10c11abfc.json"
 */
export function tableCacheFile({warn}: {warn?: (message: string) => void} = {}): string {
  return join(CACHE_DIR, `mipex-${cacheKey(warn)}.json`);
}

async function readOrLoad(key: string, warn: (message: string) => void = defaultWarn): Promise<LoadedMipex> {
  const file = join(CACHE_DIR, `mipex-${key}.json`);
  if (existsSync(file)) {
    const cached = readTableCache(file);
    // The cache is keyed by the sources' sha256, not their place: the sources are where they are found now.
    if ("loaded" in cached) {
      touchCacheFile(file);
      return {...cached.loaded, sources: SOURCE_IDS.map((id) => locateSource(id, {warn}))};
    }
    // A cut-short or edited cache file is never read as tables: it is named, discarded and rebuilt.
    warn(`the table cache ${file} is corrupt (${cached.problem}); discarded, the tables are read again from the workbooks`);
    rmSync(file, {force: true});
  }
  // Imported here, not at the top: on a warm cache the workbook reader (exceljs) is never needed.
  const [{loadMipex}, {assertUniqueKeys, specsWithRows}] = await Promise.all([import("./load-mipex.ts"), import("../tables/workspace-tables.ts")]);
  const loaded = await loadMipex({warn});
  // Checked once, here, before any cache is written: a cache (keyed by the sources and this code) then never
  // holds two rows with one key, and `mipex check` on a warm cache need not look again.
  for (const {spec, rows} of specsWithRows(loaded.tables)) assertUniqueKeys(spec, rows);
  // Each table by column (loaders/compact-rows.ts): half the size of plain JSON and twice as fast to read.
  const compact = {...loaded, tables: Object.fromEntries(Object.entries(loaded.tables).map(([name, rows]) => [name, encodeRows(rows as object[])]))};
  // Written under a temporary name and renamed, so a loader running at the same time never reads half a file.
  writeCacheFile(CACHE_DIR, `mipex-${key}.json`, JSON.stringify(compact), {prefix: "mipex-", keep: KEEP});
  return loaded;
}

/**
 * A cache file's tables, or why they cannot be used: a file cut short by a killed build or edited by hand
 * fails to parse or lacks a table.
 *
 * @example (not run: reads a cache file)
 * readTableCache("data/.cache/mipex-07e64cd10c11abfc.json") // {problem: "no comments table"} (a table deleted by hand)
 */
export function readTableCache(file: string): {loaded: LoadedMipex} | {problem: string} {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return {problem: `not JSON: ${(error as Error).message}`};
  }
  const compact = parsed as (Omit<LoadedMipex, "tables"> & {tables: Record<string, CompactRows>}) | null;
  if (!compact || typeof compact !== "object" || !compact.tables || !Array.isArray(compact.sources)) return {problem: "no tables or sources"};
  const missing = TABLE_SPECS.map((t) => t.name).filter((name) => !isCompactRows(compact.tables[name]));
  if (missing.length) return {problem: `no ${missing.join(", ")} table`};
  const tables = Object.fromEntries(Object.entries(compact.tables).map(([name, rows]) => [name, decodeRows(rows)]));
  return {loaded: {...compact, tables} as unknown as LoadedMipex};
}

function defaultWarn(message: string): void {
  process.stderr.write(`warning: ${message}\n`);
}

function cacheKey(warn?: (message: string) => void): string {
  const hash = createHash("sha256");
  for (const id of SOURCE_IDS) hash.update(locateSource(id, {warn}).actualSha256);
  return hashCode(hash, CODE_DIRS).digest("hex").slice(0, 16);
}
