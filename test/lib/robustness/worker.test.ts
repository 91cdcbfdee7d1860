import {describe, expect, it} from "vitest";
import {createIndexModel} from "../../../lib/robustness/index-model.ts";
import {handleRobustnessRequest, installRobustnessWorker, type WorkerMessage, type WorkerReply} from "../../../lib/robustness/worker.ts";
import {robustnessWorker} from "../../../lib/robustness/worker-client.ts";
import {syntheticIndex} from "./synthetic-index.ts";

const model = createIndexModel(syntheticIndex());

describe("handleRobustnessRequest", () => {
  it("ranks under a configuration given by level ids", () => {
    const {rows} = handleRobustnessRequest(model, {kind: "ranking", levels: {aggregation: "median"}}) as {rows: {rank: number}[]};
    expect(rows).toHaveLength(12);
    expect(rows.map((r) => r.rank)).toEqual([...rows.map((r) => r.rank)].sort((a, b) => a - b));
  });

  it("runs the uncertainty and sensitivity analyses with the requested settings", () => {
    const u = handleRobustnessRequest(model, {kind: "uncertainty", draws: 200, seed: 3, choices: ["aggregation", "scale"]});
    expect(u.kind === "uncertainty" && u.result.choices).toEqual(["aggregation", "scale"]);
    const s = handleRobustnessRequest(model, {kind: "sensitivity", baseSamples: 64, seed: 3, choices: ["health"], resamples: 5});
    expect(s.kind === "sensitivity" && s.result.averageShift.total).toHaveLength(1);
  });

  it("refuses sizes beyond the limits and unknown choices", () => {
    expect(() => handleRobustnessRequest(model, {kind: "uncertainty", draws: 10, seed: 1, choices: ["health"]})).toThrow(/draws must be an integer from 100/);
    expect(() => handleRobustnessRequest(model, {kind: "uncertainty", draws: 100, seed: 1, choices: ["colour" as "health"]})).toThrow(/unknown choice colour/);
  });
});

describe("the worker and its client", () => {
  it("answer requests by id over a message channel, errors as rejections", async () => {
    // A fake Worker: the client's messages go to an installed worker scope, replies come back asynchronously.
    class FakeWorker {
      onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
      onerror: ((event: ErrorEvent) => void) | null = null;
      private scope = {
        onmessage: null as ((event: MessageEvent<WorkerMessage>) => void) | null,
        postMessage: (reply: WorkerReply) => queueMicrotask(() => this.onmessage?.({data: reply} as MessageEvent<WorkerReply>))
      };
      constructor() {
        installRobustnessWorker(this.scope);
      }
      postMessage(message: WorkerMessage) {
        queueMicrotask(() => this.scope.onmessage?.({data: message} as MessageEvent<WorkerMessage>));
      }
      terminate() {}
    }
    const client = robustnessWorker("worker.js", syntheticIndex(), FakeWorker as unknown as typeof Worker);
    const ranking = await client.request({kind: "ranking", levels: {health: "out"}});
    expect(ranking.rows).toHaveLength(12);
    await expect(client.request({kind: "ranking", levels: {health: "sideways"}})).rejects.toThrow(/"sideways" is not a level of health/);
  });
});
