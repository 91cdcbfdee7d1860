// How long the command line takes to answer, as a user runs it (`npm run mipex` runs `node cli/run.mjs`).
// Run: npx tsx bench/cli-start.bench.ts [--runs N]
//
// 1. A usage error (`mipex frobnicate`): target < 0.5 s.
// 2. `mipex check` on a warm table cache (data/.cache): target < 1 s.
// Beside them, the floors they cannot beat: `node -e 0`, and `node --import tsx` (what running the CLI's
// TypeScript directly costs before its first line). Each figure is the median wall time of N runs after a
// warm-up run (which also compiles the CLI and fills the table cache), with the CPU time (user + system) of
// the same runs: on a loaded machine wall time grows with the load, CPU time much less. Nothing is asserted.
import {spawnSync} from "node:child_process";
import {loadavg} from "node:os";
import {resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {countArg, scriptArgs} from "../scripts/script-args.ts";
import {projectRoot} from "./site.ts";

interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Median wall and CPU time of a command, children included, after one warm-up run. */
export function timeCommand(command: string, args: string[], runs: number, env: NodeJS.ProcessEnv = process.env): Timing {
  const once = (): Timing => {
    const start = performance.now();
    const result = spawnSync("/usr/bin/time", ["-f", "%U %S", command, ...args], {cwd: projectRoot, encoding: "utf8", env});
    const wallMs = performance.now() - start;
    const [user, system] = result.stderr.trim().split("\n").at(-1)!.split(" ").map(Number);
    return {wallMs, cpuMs: (user + system) * 1000};
  };
  once();
  const timings = Array.from({length: runs}, once);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {wallMs: median(timings.map((t) => t.wallMs)), cpuMs: median(timings.map((t) => t.cpuMs))};
}

export function benchCliStart(argv: string[] = process.argv.slice(2)): void {
  const usage = "cli-start.bench.ts [--runs N]";
  const runs = countArg(scriptArgs(usage, {runs: {type: "string", default: "5"}}, argv).values.runs, "--runs", usage);
  const loadBefore = loadavg()[0];
  const rows: [string, Timing, number | undefined][] = [
    ["node -e 0 (floor)", timeCommand(process.execPath, ["-e", "0"], runs), undefined],
    ["node --import tsx -e 0 (tsx floor)", timeCommand(process.execPath, ["--import", "tsx", "-e", "0"], runs), undefined],
    ["mipex frobnicate (usage error)", timeCommand(process.execPath, ["cli/run.mjs", "frobnicate"], runs), 500],
    ["mipex check, warm cache", timeCommand(process.execPath, ["cli/run.mjs", "check"], runs), 1000],
    [
      "the same check through tsx (node --import tsx cli/mipex.ts)",
      timeCommand(process.execPath, ["--import", "tsx", "cli/mipex.ts", "check"], runs),
      undefined
    ],
    ["npm run -s mipex -- frobnicate (npm's own start-up included)", timeCommand("npm", ["run", "-s", "mipex", "--", "frobnicate"], runs), undefined]
  ];
  console.log(
    `CLI start-up, median of ${runs} runs after a warm-up (wall / CPU = user + system), load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`
  );
  console.log("| command | wall | CPU | target | wall / target | CPU / target |\n| --- | --- | --- | --- | --- | --- |");
  for (const [name, {wallMs, cpuMs}, target] of rows) {
    console.log(
      `| ${name} | ${wallMs.toFixed(0)} ms | ${cpuMs.toFixed(0)} ms | ${target ? `< ${target} ms` : ""} | ${target ? (wallMs / target).toFixed(2) : ""} | ${target ? (cpuMs / target).toFixed(2) : ""} |`
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) benchCliStart();
