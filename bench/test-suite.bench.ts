// The unit test suite's wall time, as `npm test` runs it. Run: npx tsx bench/test-suite.bench.ts [--runs N]
// Target on a quiet machine: < 45 s. Prints vitest's own phases (collect, tests, ...) beside the wall and CPU
// time (user + system, children included), so a run on a loaded machine can still be compared: CPU time
// grows much less with the load than wall time. Nothing is asserted.
import {spawnSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {loadavg, tmpdir} from "node:os";
import {join, relative, resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {countArg, scriptArgs} from "../scripts/script-args.ts";
import {projectRoot} from "./site.ts";

const TARGET_MS = 45_000;

export function benchTestSuite(argv: string[] = process.argv.slice(2)): void {
  const usage = "test-suite.bench.ts [--runs N]";
  const runs = countArg(scriptArgs(usage, {runs: {type: "string", default: "1"}}, argv).values.runs, "--runs", usage);
  for (let run = 1; run <= runs; run++) {
    const report = join(mkdtempSync(join(tmpdir(), "test-suite-bench-")), "report.json");
    const loadBefore = loadavg()[0];
    const start = performance.now();
    const result = spawnSync("/usr/bin/time", ["-f", "cpu %U %S", "npx", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${report}`], {
      cwd: projectRoot,
      encoding: "utf8",
      env: {...process.env, CI: "true"}
    });
    const wallMs = performance.now() - start;
    const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ""); // eslint-disable-line no-control-regex
    const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(output);
    const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN;
    const tests = /Tests\s+(.+)/.exec(output)?.[1] ?? "?";
    const phases = /Duration\s+\S+\s+\((.+)\)/.exec(output)?.[1] ?? "?";
    const load = `${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`;
    console.log(
      `npm test, run ${run}: ${(wallMs / 1000).toFixed(1)} s wall (target < ${TARGET_MS / 1000} s, ratio ${(wallMs / TARGET_MS).toFixed(2)}), ${(cpuMs / 1000).toFixed(1)} s CPU, load average ${load}, exit ${result.status}`
    );
    console.log(`  tests: ${tests}`);
    console.log(`  vitest phases: ${phases}`);
    // Where the time goes: the slowest files (their wall time inside a worker, so loaded runs inflate them).
    try {
      const json = JSON.parse(readFileSync(report, "utf8")) as {testResults: {name: string; startTime: number; endTime: number}[]};
      const files = json.testResults.map((f) => ({name: relative(projectRoot, f.name), ms: f.endTime - f.startTime})).sort((a, b) => b.ms - a.ms);
      console.log("  slowest files (wall inside the worker):");
      for (const f of files.slice(0, 8)) console.log(`    ${(f.ms / 1000).toFixed(1).padStart(6)} s  ${f.name}`);
    } catch {
      console.log("  (no per-file report)");
    }
    rmSync(resolve(report, ".."), {recursive: true, force: true});
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) benchTestSuite();
