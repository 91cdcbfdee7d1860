import {outcomeDirectories} from "../data-sources.ts";
import {deepFreeze} from "../deep-freeze.ts";
import {loadOutcomes, type LoadedOutcomes} from "./load-outcomes.ts";

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
