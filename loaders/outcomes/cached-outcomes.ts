import {createHash} from "node:crypto";
import {existsSync, readFileSync, rmSync} from "node:fs";
import {join} from "node:path";
import type {TableSpec} from "../../lib/mipex/table-specs.ts";
import {cacheDirectory, hashCode, touchCacheFile, writeCacheFile} from "../cache-files.ts";
import {decodeRows, encodeRows, isCompactRows, type CompactRows} from "../compact-rows.ts";
import {outcomeDirectories} from "../data-sources.ts";
import {deepFreeze} from "../../lib/mipex/deep-freeze.ts";
import {parseOutcomeSources, readOutcomeSources, type LoadedOutcomes, type OutcomeSource} from "./load-outcomes.ts";
import {outcomeTables} from "./outcome-tables.ts";

/** The code that turns outcome files into observations: a change to any of it makes a new cache key. */
const CODE = ["lib/outcomes", "lib/countries", "lib/mipex/table-specs.ts", "loaders/outcomes/load-outcomes.ts", "loaders/compact-rows.ts"];
const PREFIX = "outcomes-";
/** Cache files kept: one per set of folders read (the project's, a user's, a test's temporary ones). */
const KEEP = 8;

/** Outcome files already read by this process, by the folders read. */
const inProcess = new Map<string, LoadedOutcomes>();

/**
 * `loadOutcomes(directories)`, read once per process and frozen (deepFreeze), because the pre-build
 * runner (scripts/run-data-loaders.ts) runs several loaders in one process and most of them need every
 * outcome file. Parsing them takes ≈ 1 s of CPU, so the result is also kept on disk in `data/.cache/`
 * (`$MIPEX_CACHE_DIR`), keyed by every file's path and sha256 and by the parsing code: the files are still
 * read and hashed each time (≈ 30 ms), never trusted by name or date. A malformed file is never cached: its
 * error is raised again on every read.
 *
 * @example
 * const {observations, catalogue} = cachedOutcomes();
 */
export function cachedOutcomes(directories: string[] = outcomeDirectories()): LoadedOutcomes {
  const key = directories.join("\0");
  let loaded = inProcess.get(key);
  if (!loaded) {
    loaded = deepFreeze(readOrParse(readOutcomeSources(directories)));
    inProcess.set(key, loaded);
  }
  return loaded;
}

function readOrParse(sources: readonly OutcomeSource[]): LoadedOutcomes {
  const dir = cacheDirectory();
  const name = `${PREFIX}${cacheKey(sources)}.json`;
  const file = join(dir, name);
  if (existsSync(file)) {
    const cached = readCache(file);
    if (cached) {
      touchCacheFile(file);
      return cached;
    }
    // A cut-short or edited cache file is never read as outcomes: discarded and rebuilt from the files.
    rmSync(file, {force: true});
  }
  const loaded = parseOutcomeSources(sources);
  const compact: CompactOutcomes = {
    ...loaded,
    observations: encodeRows(loaded.observations),
    exclusions: encodeRows(loaded.exclusions),
    conflicts: encodeRows(loaded.conflicts)
  };
  writeCacheFile(dir, name, JSON.stringify(compact), {prefix: PREFIX, keep: KEEP});
  return loaded;
}

/** What the cache file holds: the long lists by column (loaders/compact-rows.ts), the rest as they are. */
type CompactOutcomes = Omit<LoadedOutcomes, "observations" | "exclusions" | "conflicts"> & {
  observations: CompactRows;
  exclusions: CompactRows;
  conflicts: CompactRows;
};

function readCache(file: string): LoadedOutcomes | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as CompactOutcomes;
    if (!isCompactRows(parsed.observations) || !isCompactRows(parsed.exclusions) || !isCompactRows(parsed.conflicts)) return undefined;
    if (!Array.isArray(parsed.catalogue) || !Array.isArray(parsed.files)) return undefined;
    return {
      ...parsed,
      observations: decodeRows(parsed.observations),
      exclusions: decodeRows(parsed.exclusions),
      conflicts: decodeRows(parsed.conflicts)
    };
  } catch {
    return undefined;
  }
}

function cacheKey(sources: readonly OutcomeSource[]): string {
  const hash = hashCode(createHash("sha256"), CODE);
  // Paths and labels too: observations and the file list name them.
  for (const {path, directory, sourceFile, label, sha256} of sources) hash.update(JSON.stringify([path, directory, sourceFile, label, sha256]));
  return hash.digest("hex").slice(0, 16);
}

const tablesInProcess = new Map<string, ReturnType<typeof outcomeTables>>();

/**
 * `outcomeTables` of `cachedOutcomes(directories)`, made once per process and frozen: the outcome zip
 * and the data package describe the same rows, and frozen rows let `toCsv` write their CSV once.
 *
 * @example
 * cachedOutcomeTables().map(({spec, rows}) => `${spec.name}: ${rows.length}`)
 */
export function cachedOutcomeTables(directories: string[] = outcomeDirectories()): readonly {spec: TableSpec; rows: readonly Record<string, unknown>[]}[] {
  const key = directories.join("\0");
  let tables = tablesInProcess.get(key);
  if (!tables) {
    tables = deepFreeze(outcomeTables(cachedOutcomes(directories), directories));
    tablesInProcess.set(key, tables);
  }
  return tables;
}
