/**
 * Build test/browser/fixture-site into a fresh temporary directory the way CI builds the real site:
 * npm cache filled from node_modules first, then `observable build` with the network cut off
 * (`unshare -n`, when this process may create a network namespace — as root in CI).
 */
import {execFileSync, spawnSync} from "node:child_process";
import {mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {delimiter, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {fillNpmCache} from "../../scripts/fill-npm-cache.ts";

export const projectRoot = resolve(fileURLToPath(import.meta.url), "../../..");
export const fixtureDir = join(projectRoot, "test", "browser", "fixture-site");

/** True if `unshare -n` works here (root, or unprivileged user namespaces allowed). */
export function canUnshareNetwork(): boolean {
  try {
    execFileSync("unshare", ["-n", "true"], {stdio: "ignore"});
    return true;
  } catch {
    return false;
  }
}

export interface FixtureBuild {
  outputDir: string;
  log: string;
  offline: boolean;
  ms: number;
}

export async function buildFixture(): Promise<FixtureBuild> {
  await fillNpmCache({root: join(fixtureDir, "src"), log: () => {}});
  const outputDir = mkdtempSync(join(tmpdir(), "mipex-fixture-dist-"));
  const offline = canUnshareNetwork();
  const observable = join(projectRoot, "node_modules", ".bin", "observable");
  const [command, args] = offline ? ["unshare", ["-n", observable, "build"]] : [observable, ["build"]];
  const start = performance.now();
  const result = spawnSync(command, args, {
    cwd: fixtureDir,
    encoding: "utf-8",
    timeout: 240_000,
    env: {
      ...process.env,
      // Data loaders (.ts) run through tsx, which must be on PATH.
      PATH: [join(projectRoot, "node_modules", ".bin"), process.env.PATH].join(delimiter),
      OBSERVABLE_TELEMETRY_DISABLE: "true",
      FIXTURE_OUTPUT: outputDir,
      NO_COLOR: "1"
    }
  });
  const ms = performance.now() - start;
  const log = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status !== 0) {
    throw new Error(`fixture build failed (${result.error?.message ?? `exit ${result.status}`}):\n${log}`);
  }
  return {outputDir, log, offline, ms};
}
