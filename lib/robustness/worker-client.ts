/**
 * The page's side of the robustness worker (lib/robustness/worker.ts): type-only imports, so the page's
 * bundle carries none of the analysis code the worker runs.
 */
import type {RobustnessData} from "./data.ts";
import type {RobustnessRequest, RobustnessResponse, WorkerMessage, WorkerReply} from "./worker.ts";

/** The page's side: a worker started from `url`, given the data, answering requests as promises. */
export interface RobustnessWorkerClient {
  request<K extends RobustnessRequest["kind"]>(request: Extract<RobustnessRequest, {kind: K}>): Promise<Extract<RobustnessResponse, {kind: K}>>;
  terminate(): void;
}

/**
 * Starts the worker (a classic script at `url`, same origin) and sends it the data.
 *
 * @example (not run: starts a Web Worker from the built site's script, which exists only in a browser)
 * const worker = robustnessWorker(await FileAttachment("data/robustness-worker.js").url(), analysis.data);
 * const {rows} = await worker.request({kind: "ranking", levels: {aggregation: "geometric"}});
 */
export function robustnessWorker(url: string, data: RobustnessData, WorkerClass: typeof Worker = Worker): RobustnessWorkerClient {
  const worker = new WorkerClass(url);
  const pending = new Map<number, {resolve: (r: RobustnessResponse) => void; reject: (e: Error) => void}>();
  let next = 0;
  worker.onmessage = ({data: reply}: MessageEvent<WorkerReply>) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.error) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.response as RobustnessResponse);
  };
  worker.onerror = (event) => {
    for (const {reject} of pending.values()) reject(new Error(`robustness worker: ${event.message}`));
    pending.clear();
  };
  const ready = new Promise<void>((resolve, reject) => {
    const id = next++;
    pending.set(id, {resolve: () => resolve(), reject});
    worker.postMessage({id, data} satisfies WorkerMessage);
  });
  return {
    async request(request) {
      await ready;
      return new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, {resolve: resolve as (r: RobustnessResponse) => void, reject});
        worker.postMessage({id, request} satisfies WorkerMessage);
      });
    },
    terminate: () => worker.terminate()
  };
}
