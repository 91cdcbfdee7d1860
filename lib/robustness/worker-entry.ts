// The robustness Web Worker's script: bundled on its own (no imports left) by src/data/robustness-worker.js.ts.
import {installRobustnessWorker} from "./worker.ts";

installRobustnessWorker(self as unknown as Parameters<typeof installRobustnessWorker>[0]);
