// Runs Framework's CLI (`observable build`, `observable preview`) with its telemetry off: Framework
// posts usage events to events.observablehq.com unless OBSERVABLE_TELEMETRY_DISABLE is set, and a
// research build must neither phone home nor depend on the reader's shell for that. A Node wrapper
// rather than `VAR=1 observable` in package.json, which Windows shells do not understand.
import {spawnSync} from "node:child_process";
import {createRequire} from "node:module";

const bin = createRequire(import.meta.url).resolve("@observablehq/framework/dist/bin/observable.js");
const result = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}
});
process.exit(result.status ?? 1);
