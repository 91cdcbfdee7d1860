// A build never leaves a partial site in its output folder: it writes into a staging folder beside it
// (dist → dist.tmp-<pid>) and swaps it in only when every step has finished. A build that fails or is
// stopped (Ctrl+C, SIGTERM, SIGHUP) removes its staging folder and leaves the previous site as it was; one
// killed outright (SIGKILL, power loss) leaves the staging folder, which the next build removes.
//
// The swap is two renames (old site aside to dist.old-<pid>, new site in), as a folder cannot replace a
// non-empty one in a single rename: if a build is killed between them, the next build finds no output
// folder and the old site aside, and puts it back.
//
// scripts/build.ts (`npm run build`) runs the site's build this way.
import {spawn, type ChildProcess} from "node:child_process";
import {existsSync, mkdirSync, readdirSync, renameSync, rmSync} from "node:fs";
import {basename, dirname, join, resolve} from "node:path";

/**
 * The folder a build of `output` by process `pid` writes into.
 *
 * @example
 * stagingDir("/site/dist", 4242) // "/site/dist.tmp-4242"
 */
export function stagingDir(output: string, pid: number = process.pid): string {
  return `${resolve(output)}.tmp-${pid}`;
}

/** Where a build puts the previous site while it swaps the new one in. */
function asideDir(output: string, pid: number = process.pid): string {
  return `${resolve(output)}.old-${pid}`;
}

/** True if a process with this id exists (it may belong to another user). */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Tidy what interrupted builds left beside `output`: staging and aside folders of processes that no longer
 * run are removed; if the output folder is missing and an old site is aside (a build killed mid-swap), it
 * is put back first. Folders of builds still running are left alone. Returns one line per action.
 */
export function cleanUpInterruptedBuilds(output: string, isRunning: (pid: number) => boolean = processIsRunning): string[] {
  const target = resolve(output);
  const parent = dirname(target);
  if (!existsSync(parent)) return [];
  const pattern = new RegExp(`^${basename(target).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(tmp|old)-(\\d+)$`);
  const left = readdirSync(parent)
    .map((name) => ({name, match: pattern.exec(name)}))
    .filter(({match}) => match && Number(match[2]) !== process.pid && !isRunning(Number(match[2])))
    .map(({name, match}) => ({path: join(parent, name), kind: match![1]}));
  const actions: string[] = [];
  const aside = left.find((f) => f.kind === "old");
  if (aside && !existsSync(target)) {
    renameSync(aside.path, target);
    actions.push(`restored ${target} from ${aside.path} (a build was stopped while replacing it)`);
  }
  for (const {path, kind} of left) {
    if (!existsSync(path)) continue;
    rmSync(path, {recursive: true, force: true});
    actions.push(`removed ${path} (the ${kind === "tmp" ? "unfinished" : "replaced"} site of a build that was stopped)`);
  }
  return actions;
}

/** Replace `output` with the finished `staging` folder (see the swap above). */
export function publishBuild(staging: string, output: string): void {
  const target = resolve(output);
  const aside = asideDir(target);
  const hadOutput = existsSync(target);
  if (hadOutput) renameSync(target, aside);
  renameSync(staging, target);
  if (hadOutput) rmSync(aside, {recursive: true, force: true});
}

const children = new Set<ChildProcess>();

/** Run a command to completion (stdio shared with this process); fails with its exit status. */
export function runStep(command: string, args: readonly string[], options: {cwd: string; env: NodeJS.ProcessEnv}): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {...options, stdio: "inherit"});
    children.add(child);
    child.on("error", (error) => {
      children.delete(child);
      reject(error);
    });
    child.on("exit", (code, signal) => {
      children.delete(child);
      if (code === 0) resolvePromise();
      else reject(new Error(`${basename(command)} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const SIGNAL_NUMBERS = {SIGHUP: 1, SIGINT: 2, SIGTERM: 15} as const;

/**
 * Build `output` through a staging folder: `build(staging)` (given the new, empty folder) writes the whole site there; when it resolves,
 * the site replaces `output`. If it fails, or a stop signal arrives, the staging folder is removed (and the
 * commands started by {@link runStep} are stopped) and `output` is left as it was.
 */
export async function stagedBuild(output: string, build: (staging: string) => Promise<void>, log: (line: string) => void = console.log): Promise<void> {
  for (const line of cleanUpInterruptedBuilds(output)) log(line);
  const staging = stagingDir(output);
  rmSync(staging, {recursive: true, force: true});
  mkdirSync(staging, {recursive: true});
  const onSignal = (signal: (typeof STOP_SIGNALS)[number]) => {
    for (const child of children) child.kill(signal);
    rmSync(staging, {recursive: true, force: true});
    log(`build stopped (${signal}): ${resolve(output)} left as it was`);
    process.exit(128 + SIGNAL_NUMBERS[signal]);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  try {
    await build(staging);
    publishBuild(staging, output);
  } catch (error) {
    rmSync(staging, {recursive: true, force: true});
    throw error;
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
  }
}
