/**
 * What the robustness page's Web Worker does: it holds the index model and answers three requests —
 * the ranking under one configuration, an uncertainty run and a sensitivity run — so the page never blocks
 * on them. `handleRobustnessRequest` is pure (tested in node); `installRobustnessWorker` wires it to a
 * worker's message port. src/data/robustness-worker.js.ts bundles lib/robustness/worker-entry.ts into one
 * file the page starts with `new Worker(url)`.
 */
import {CHOICE_IDS, configurationFromLevels, type ChoiceId} from "./choices.ts";
import type {RobustnessData} from "./data.ts";
import {createIndexModel, type IndexModel} from "./index-model.ts";
import {rankingUnder, type RankedUnder} from "./ranking.ts";
import {runSensitivity, type SensitivityResult} from "./sensitivity.ts";
import {runUncertainty, type UncertaintyResult} from "./uncertainty.ts";

export type RobustnessRequest =
  | {kind: "ranking"; levels: Partial<Record<ChoiceId, string>>}
  | {kind: "uncertainty"; draws: number; seed: number; choices: ChoiceId[]}
  | {kind: "sensitivity"; baseSamples: number; seed: number; choices: ChoiceId[]; resamples: number};

export type RobustnessResponse =
  | {kind: "ranking"; rows: RankedUnder[]; milliseconds: number}
  | {kind: "uncertainty"; result: UncertaintyResult; milliseconds: number}
  | {kind: "sensitivity"; result: SensitivityResult; milliseconds: number};

/** The limits a request must stay within (the page's inputs enforce the same). */
export const REQUEST_LIMITS = Object.freeze({draws: [100, 200000], baseSamples: [64, 16384], resamples: [1, 2000]} as const);

function within(value: number, [min, max]: readonly [number, number], name: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  return value;
}

function checkChoices(choices: readonly string[]): ChoiceId[] {
  const unknown = choices.filter((c) => !CHOICE_IDS.includes(c as ChoiceId));
  if (unknown.length) throw new Error(`unknown choice ${unknown.join(", ")}`);
  return choices as ChoiceId[];
}

/**
 * Answers one request with the model.
 *
 * @example (needs the workbooks)
 * import {robustnessData} from "./data.ts";
 * import {createIndexModel} from "./index-model.ts";
 * const model = createIndexModel(robustnessData(tables));
 * handleRobustnessRequest(model, {kind: "ranking", levels: {health: "out"}}).rows[0].iso3 // "FIN" (the leader without health)
 */
export function handleRobustnessRequest(model: IndexModel, request: RobustnessRequest, now: () => number = () => performance.now()): RobustnessResponse {
  const start = now();
  if (request.kind === "ranking") {
    const rows = rankingUnder(model, configurationFromLevels(request.levels, model.indicatorCodes));
    return {kind: "ranking", rows, milliseconds: now() - start};
  }
  if (request.kind === "uncertainty") {
    const result = runUncertainty(model, {
      draws: within(request.draws, REQUEST_LIMITS.draws, "draws"),
      seed: request.seed,
      choices: checkChoices(request.choices)
    });
    return {kind: "uncertainty", result, milliseconds: now() - start};
  }
  if (request.kind === "sensitivity") {
    const result = runSensitivity(model, {
      baseSamples: within(request.baseSamples, REQUEST_LIMITS.baseSamples, "base samples"),
      seed: request.seed,
      choices: checkChoices(request.choices),
      resamples: within(request.resamples, REQUEST_LIMITS.resamples, "resamples")
    });
    return {kind: "sensitivity", result, milliseconds: now() - start};
  }
  throw new Error(`unknown request ${(request as {kind: string}).kind}`);
}

/** The messages a worker receives: the data once, then requests, each with an id its answer repeats. */
export type WorkerMessage = {id: number; data: RobustnessData} | {id: number; request: RobustnessRequest};
export type WorkerReply = {id: number; response?: RobustnessResponse; error?: string};

/** Wires the handler to a worker scope: `installRobustnessWorker(self)`. */
export function installRobustnessWorker(scope: {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  postMessage(reply: WorkerReply): void;
}): void {
  let model: IndexModel | null = null;
  scope.onmessage = ({data: message}) => {
    try {
      if ("data" in message) {
        model = createIndexModel(message.data);
        scope.postMessage({id: message.id});
      } else {
        if (!model) throw new Error("the robustness worker has no data yet");
        scope.postMessage({id: message.id, response: handleRobustnessRequest(model, message.request)});
      }
    } catch (error) {
      scope.postMessage({id: message.id, error: error instanceof Error ? error.message : String(error)});
    }
  };
}
