/**
 * `npm run bench [-- name ...]`: runs the benchmarks one after another, each in its own process (so one
 * bench's warm caches and heap do not flatter the next), and prints their own output. Each prints its
 * figures and ratios against its target; none asserts. With no names, all of them, in an order that
 * lets the page benches measure the site the build bench just built.
 *
 *   npm run bench                   cli-start, test-suite, stats, parse, build, explorer, page-weight
 *   npm run bench -- parse stats    only those
 */
import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {projectRoot} from "./site.ts";
import {scriptArgsWithPositionals} from "../scripts/script-args.ts";

const BENCHES: Record<string, {file: string; args: string[]; what: string}> = {
  "cli-start": {file: "cli-start.bench.ts", args: [], what: "CLI usage error and warm check against 0.5 s and 1 s"},
  "test-suite": {file: "test-suite.bench.ts", args: [], what: "npm test wall time against 45 s"},
  stats: {file: "stats.bench.ts", args: [], what: "statistics core (bootstrap, CATPCA) against R"},
  parse: {file: "parse.bench.ts", args: [], what: "both workbooks to tables against a zip + XML floor"},
  build: {file: "build.bench.ts", args: ["--runs", "1"], what: "offline site build, cold and warm"},
  explorer: {file: "explorer.bench.ts", args: [], what: "correlation explorer's recomputation, Node and Chromium"},
  robustness: {file: "robustness.bench.ts", args: [], what: "rank intervals and Sobol indices: Node, the page's worker in Chromium, R"},
  panel: {file: "panel.bench.ts", args: [], what: "TWFE + wild cluster bootstrap (9,999 draws), Node, Chromium and R"},
  "page-weight": {file: "page-weight.bench.ts", args: ["--pages", "/,/sql,/country/FRA,/explorer"], what: "bytes and first chart of key pages"},
  "page-weight-all": {file: "page-weight-all.bench.ts", args: ["--runs", "1", "--sample", "1"], what: "every page's weight (long)"}
};
const DEFAULT = ["cli-start", "test-suite", "stats", "parse", "build", "explorer", "page-weight"];

const {positionals} = scriptArgsWithPositionals("run.ts [benchmark ...]", {});
const names = positionals.length ? positionals : DEFAULT;
const unknown = names.filter((name) => !(name in BENCHES));
if (unknown.length) {
  console.error(`bench: unknown benchmark ${unknown.join(", ")}; known: ${Object.keys(BENCHES).join(", ")}`);
  process.exit(2);
}
const tsx = join(projectRoot, "node_modules", ".bin", "tsx");
let failed = 0;
for (const name of names) {
  const {file, args, what} = BENCHES[name];
  console.log(`\n=== ${name}: ${what} (bench/${file} ${args.join(" ")})`);
  const result = spawnSync(tsx, [join(projectRoot, "bench", file), ...args], {cwd: projectRoot, stdio: "inherit"});
  if (result.status !== 0) {
    console.error(`bench ${name} exited with ${result.status ?? result.signal}`);
    ++failed;
  }
}
process.exitCode = failed ? 1 : 0;
