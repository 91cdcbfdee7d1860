// Browser entry: what src/robustness.md runs on the main thread — the URL state and the client of the
// robustness worker (the worker's own script is bundled separately by src/data/robustness-worker.js.ts).
// scripts/bundle-lib.ts bundles it into src/components/lib/robustness.js.
export {parseRobustnessQuery, robustnessQuery} from "../robustness/state.ts";
export {robustnessWorker} from "../robustness/worker-client.ts";
export {rankInterval} from "../robustness/rank-interval.ts";
export {
  DRAW_OPTIONS,
  SAMPLE_OPTIONS,
  optionsWith,
  percentLabel,
  topRankRows,
  countriesByName,
  sobolRows,
  sobolRowsOf,
  changedLevels,
  configurationText,
  choicesIn
} from "../robustness/page.ts";
