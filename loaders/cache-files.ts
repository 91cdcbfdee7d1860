import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {PROJECT_ROOT} from "./data-sources.ts";

/**
 * Where the caches of parsed sources live: `data/.cache/`, or `$MIPEX_CACHE_DIR` (tests that load crafted
 * files keep their caches out of the project with it).
 *
 * @example
 * cacheDirectory({MIPEX_CACHE_DIR: "/tmp/c"}) // "/tmp/c"
 */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.MIPEX_CACHE_DIR ?? join(PROJECT_ROOT, "data", ".cache");
}

/**
 * Adds the files at `paths` (relative to the project root; folders are read recursively, in name order) to
 * `hash`: the code that shapes a cache's contents, so that a change to it makes a new cache key.
 *
 * @example
 * hashCode(createHash("sha256"), ["lib/outcomes"]).digest("hex").length // 64
 */
export function hashCode(hash: ReturnType<typeof createHash>, paths: readonly string[]): ReturnType<typeof createHash> {
  const add = (path: string): void => {
    if (!existsSync(path)) return;
    if (path.endsWith(".json") || path.endsWith(".ts")) {
      hash.update(path).update(readFileSync(path));
      return;
    }
    if (!statSync(path).isDirectory()) return;
    for (const entry of readdirSync(path).sort()) add(join(path, entry));
  };
  for (const path of paths) add(join(PROJECT_ROOT, path));
  return hash;
}

/**
 * Writes a cache file under a temporary name and renames it, so that a process reading it at the same time
 * never reads half a file; then keeps only the `keep` most recently used files of its kind (`prefix`), because
 * keys that include a folder's path (a test's temporary folder) would otherwise pile up.
 */
export function writeCacheFile(dir: string, name: string, text: string, {prefix, keep}: {prefix: string; keep: number}): void {
  mkdirSync(dir, {recursive: true});
  const file = join(dir, name);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
  const older = readdirSync(dir)
    .filter((entry) => entry.startsWith(prefix) && entry.endsWith(".json"))
    .map((entry) => {
      try {
        return {entry, used: statSync(join(dir, entry)).mtimeMs};
      } catch {
        return {entry, used: Infinity}; // removed meanwhile by another process
      }
    })
    .sort((a, b) => b.used - a.used)
    .slice(keep);
  for (const {entry} of older) rmSync(join(dir, entry), {force: true});
}

/** Marks a cache file as just used (its modification time), so that `writeCacheFile` keeps it. */
export function touchCacheFile(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Read-only cache folder: the file is kept or pruned by age alone.
  }
}
