import type {TableSpec} from "../../lib/mipex/table-specs.ts";
import {outcomeDirectories} from "../data-sources.ts";
import {deepFreeze} from "../deep-freeze.ts";
import {loadOutcomes, type LoadedOutcomes} from "./load-outcomes.ts";
import {outcomeTables} from "./outcome-tables.ts";

/** Outcome files already read by this process, by the folders read. */
const inProcess = new Map<string, LoadedOutcomes>();

/**
 * `loadOutcomes(directories)`, read once per process and frozen (deepFreeze), because the pre-build
 * runner (scripts/run-data-loaders.ts) runs several loaders in one process and most of them need every
 * outcome file (≈ 1.5 s to read and derive). Not cached on disk: a build reads the files once per worker.
 *
 * @example
 * const {observations, catalogue} = cachedOutcomes();
 */
export function cachedOutcomes(directories: string[] = outcomeDirectories()): LoadedOutcomes {
  const key = directories.join("\0");
  let loaded = inProcess.get(key);
  if (!loaded) {
    loaded = deepFreeze(loadOutcomes(directories));
    inProcess.set(key, loaded);
  }
  return loaded;
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
