// Time to read both official MIPEX workbooks into the tidy tables, beside a floor: the same xlsx files
// unzipped and their sheet XML scanned for cells with a regular expression, which is about the least
// work any reader must do. Prints medians and the ratio; asserts nothing.
//
//   npx tsx bench/parse.bench.ts [runs]
import {readFileSync} from "node:fs";
import JSZip from "jszip";
import {loadMipex} from "../loaders/mipex/load-mipex.ts";
import {locateSource} from "../loaders/data-sources.ts";
import {countArg, scriptArgs} from "../scripts/script-args.ts";

const USAGE = "parse.bench.ts [--runs N]";
const runs = countArg(scriptArgs(USAGE, {runs: {type: "string", default: "5"}}).values.runs, "--runs", USAGE);
const files = ["mipex_core", "mipex_eu"].map((id) => locateSource(id).file);

/** The floor: unzip, then find every cell's reference, formula and value in every worksheet. */
async function zipXmlFloor(): Promise<number> {
  let cells = 0;
  for (const file of files) {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sharedStrings = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
    const strings = [...sharedStrings.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1].replace(/<[^>]+>/g, ""));
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async("string");
      for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(?:<f[^>]*?(?:\/>|>([^<]*)<\/f>))?(?:<v>([^<]*)<\/v>)?<\/c>)/g)) {
        const value = m[4];
        if (value !== undefined && /t="s"/.test(m[2])) void strings[Number(value)];
        cells++;
      }
    }
  }
  return cells;
}

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up: module loading and JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const median = (xs: number[]) => xs[Math.floor(xs.length / 2)];
const floor = await time(zipXmlFloor);
const workspace = await time(() => loadMipex());
const cells = await zipXmlFloor();

console.log(`Both MIPEX workbooks (${cells} cells), ${runs} runs after a warm-up, in one process:`);
console.log(`  zip + XML scan (floor)              median ${median(floor).toFixed(0)} ms  (min ${floor[0].toFixed(0)}, max ${floor.at(-1)!.toFixed(0)})`);
console.log(
  `  workspace tables (read+parse+build) median ${median(workspace).toFixed(0)} ms  (min ${workspace[0].toFixed(0)}, max ${workspace.at(-1)!.toFixed(0)})`
);
console.log(`  ratio workspace / floor             ${(median(workspace) / median(floor)).toFixed(1)}`);
console.log(`  target < 3000 ms: ratio to target   ${(median(workspace) / 3000).toFixed(2)}`);
