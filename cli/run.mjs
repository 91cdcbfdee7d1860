#!/usr/bin/env node
// `npm run mipex` starts here, in plain JavaScript. Starting through tsx costs ≈ 0.5 s of CPU before the first
// line of the CLI runs (tsx registers its loader and transforms every module), more than a usage error may
// take in all. So the CLI is compiled once with esbuild into data/.cache/cli/ (code-split: each command's
// chunk still loads only when the command runs) and recompiled when any file it was built from changes.
// Without esbuild (a production install) it falls back to tsx.
import {existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "cli", "mipex.ts");
const cacheDir = join(root, "data", ".cache", "cli");
const stampFile = join(cacheDir, "inputs.json");

/** The compiled CLI when every file it was built from is unchanged, otherwise a fresh compilation. */
async function loadCli() {
  const stamp = readStamp();
  if (stamp && stamp.entry === entry && Object.entries(stamp.inputs).every(([file, mtime]) => mtimeOf(join(root, file)) === mtime)) {
    return import(pathToFileURL(join(cacheDir, stamp.dir, "mipex.js")).href);
  }
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    const {register} = await import("tsx/esm/api");
    register();
    return import(pathToFileURL(entry).href);
  }
  return compile(esbuild);
}

async function compile({build}) {
  const dir = `build-${process.pid}-${Date.now()}`;
  const result = await build({
    entryPoints: [entry],
    outdir: join(cacheDir, dir),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    metafile: true,
    logLevel: "warning",
    plugins: [keepImportMetaUrl]
  });
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, mtimeOf(resolve(root, file))]));
  // Written under a temporary name and renamed: a CLI starting at the same time reads the old stamp or the new one.
  const temporary = `${stampFile}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({entry, dir, inputs}));
  renameSync(temporary, stampFile);
  pruneOldBuilds(dir);
  return import(pathToFileURL(join(cacheDir, dir, "mipex.js")).href);
}

// The bundle lives in data/.cache/cli/, but loaders/data-sources.ts finds the project from its own
// import.meta.url: each module keeps the URL of its source file.
const keepImportMetaUrl = {
  name: "keep-import-meta-url",
  setup(build) {
    build.onLoad({filter: /\.ts$/}, ({path}) => {
      if (relative(root, path).startsWith("node_modules")) return undefined;
      const source = readFileSync(path, "utf8");
      return {contents: source.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(path).href)), loader: "ts"};
    });
  }
};

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, "utf8"));
  } catch {
    return undefined;
  }
}

function mtimeOf(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

// Builds older than an hour are removed; a younger one may still be loading its chunks in another process.
function pruneOldBuilds(keep) {
  if (!existsSync(cacheDir)) return;
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (name.startsWith("build-") && name !== keep && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, {recursive: true, force: true});
  }
}

mkdirSync(cacheDir, {recursive: true});
const {runCli} = await loadCli();
runCli(process.argv.slice(2));
