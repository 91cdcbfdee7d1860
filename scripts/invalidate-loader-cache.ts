// Framework decides whether a data loader's cached output is fresh by comparing the loader file's time
// with the output's; it does not see the lib/ and loaders/ code a loader imports, nor the source data.
// So this script fingerprints everything loaders depend on and empties Framework's loader cache
// (src/.observablehq/cache/data, not the offline npm cache) whenever the fingerprint changes.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";
import {PROJECT_ROOT, dataDirectories, outcomeDirectories} from "../loaders/data-sources.ts";

const DEPENDENCIES = ["lib", "loaders", "src/data", "scripts/run-data-loaders.ts", "data/manifest.json", "package-lock.json"];
const cacheDir = join(PROJECT_ROOT, "src", ".observablehq", "cache");
const stampFile = join(cacheDir, "loaders.fingerprint");

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) if (entry !== ".observablehq" && entry !== "node_modules") yield* files(join(path, entry));
}

const hash = createHash("sha256");
for (const dependency of DEPENDENCIES) {
  for (const file of files(join(PROJECT_ROOT, dependency))) hash.update(relative(PROJECT_ROOT, file)).update(readFileSync(file));
}
// Source data: names, sizes and times are enough to notice a replaced or added file.
for (const dir of [...dataDirectories(), ...outcomeDirectories()]) {
  for (const file of files(dir)) {
    const {size, mtimeMs} = statSync(file);
    hash.update(`${file} ${size} ${mtimeMs}`);
  }
}
const fingerprint = hash.digest("hex");
const previous = existsSync(stampFile) ? readFileSync(stampFile, "utf8") : "";
if (previous !== fingerprint) {
  rmSync(join(cacheDir, "data"), {recursive: true, force: true});
  mkdirSync(cacheDir, {recursive: true});
  writeFileSync(stampFile, fingerprint);
  console.log(previous ? "loader code or data changed: Framework's loader cache emptied" : "loader fingerprint recorded");
}
