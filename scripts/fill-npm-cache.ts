/**
 * Fill Observable Framework's npm cache (`<root>/.observablehq/cache/_npm/`) from node_modules so that
 * `observable build` and `observable preview` never contact a CDN.
 *
 * Why: Framework resolves every `npm:` import — including the implicit ones behind `Plot`, `d3`,
 * `Inputs`, `html`, `sql`, `DuckDBClient`, `FileAttachment(...).csv()/.arrow()` — by downloading
 * `https://cdn.jsdelivr.net/npm/<name>@<version>/+esm` and asking registry.npmjs.org which version
 * `<name>` means. Before doing either it looks in the cache: a file at
 * `_npm/<name>@<version>/<path>` is used as is, and the newest `<name>@<version>` folder satisfying the
 * requested range answers the version question. So writing browser ESM bundles of the installed
 * packages there, at the installed versions, makes the build hermetic. See docs/offline-build.md.
 *
 * Each bundle is what jsDelivr's `+esm` would serve for the package: the package's browser ESM entry,
 * minified, with the same exports (named, plus `default` where the entry has one), its private
 * dependencies inlined and its dependencies that are themselves listed here left as relative imports
 * of their own cache file (e.g. Plot imports `../../d3@7.9.2/_esm.js`), so a page that uses both Plot
 * and d3 loads d3 once, and DuckDB-WASM and `Arrow` share one apache-arrow.
 *
 * Usage: tsx scripts/fill-npm-cache.ts [--root src] [--force] [--check]
 *   --root   Framework source root whose cache to fill (default: src)
 *   --force  rebuild even if the stamp says the cache is current
 *   --check  exit 1 if the cache is not current; change nothing
 */
import {createHash} from "node:crypto";
import {existsSync, readFileSync} from "node:fs";
import {copyFile, mkdir, readdir, readFile, rm, writeFile} from "node:fs/promises";
import {dirname, join, posix, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {build, version as esbuildVersion, type Plugin} from "esbuild";
import {scriptArgs} from "./script-args.ts";

/** A package to put in the cache. */
export interface CachedPackage {
  /** npm name, as in `npm:<name>`. */
  name: string;
  /** Why Framework or our pages need it (documentation only). */
  why: string;
  /** Build `_esm.js` (the `+esm` bundle). Default true. */
  bundle?: boolean;
  /** Files of the package copied verbatim, at the same path (what `npm:<name>/<file>` fetches). */
  files?: string[];
}

/**
 * Every `npm:` specifier the build needs. Adding a library that pages import with `npm:` (or an
 * implicit global not listed here, e.g. `_` → lodash, `tex` → katex, `mermaid`) means adding it here
 * and installing it with `npm install --save-exact`, otherwise an offline build fails with
 * "unable to fetch".
 *
 * Not listed on purpose:
 * - `@observablehq/inputs`, `@observablehq/runtime`, `@observablehq/inspector`, `minisearch`:
 *   Framework bundles these itself from node_modules (`BUNDLED_MODULES` in dist/rollup.js); `npm:@observablehq/inputs`,
 *   `npm:@observablehq/duckdb` etc. are built-in aliases for `/_observablehq/stdlib/*.js`.
 * - DuckDB extensions: the config sets `duckdb.extensions` json/parquet to null, so none is downloaded.
 * - `@observablehq/sample-datasets`, katex, mermaid, lodash, leaflet…: no page uses them.
 */
export const PACKAGES: readonly CachedPackage[] = [
  {name: "d3", why: "implicit `d3`; Plot's dependency"},
  {name: "@observablehq/plot", why: "implicit `Plot`"},
  {name: "htl", why: "implicit `html`, `svg`, `htl`; dependency of Framework's Inputs bundle"},
  {name: "isoformat", why: "implicit dependency (modulepreload) of `Inputs`; Plot's dependency"},
  {name: "d3-dsv", why: "`FileAttachment(...).csv()` / `.tsv()`; d3's dependency"},
  {name: "apache-arrow", why: "implicit `Arrow`, `FileAttachment(...).arrow()`, DuckDBClient inserts"},
  {name: "arquero", why: "implicit `aq`, `FileAttachment(...).arquero()`"},
  {
    name: "@duckdb/duckdb-wasm",
    why: "`sql`, `DuckDBClient` (Framework pins this version in dist/duckdb.js)",
    files: ["dist/duckdb-mvp.wasm", "dist/duckdb-eh.wasm", "dist/duckdb-browser-mvp.worker.js", "dist/duckdb-browser-eh.worker.js"]
  },
  {name: "topojson-client", why: "implicit `topojson` (world maps)"}
];

/**
 * Version-only pins. Framework's client bundle (`/_observablehq/client.js`) contains lazy imports for
 * every recommended library — `_` (lodash), `echarts`, `L`, `mapboxgl`, `React`/JSX, the sample
 * datasets, Parquet — so building any page asks the registry for their latest versions, even though
 * no file of theirs is fetched unless a page uses them. An empty `_npm/<name>@<version>/` folder
 * answers that question offline (it is exactly what Framework itself leaves after asking). The
 * versions were the registry's latest when this list was written; they only appear in import paths
 * of code our pages never run. A page that does use one of these must move it to PACKAGES (and
 * install it), or the offline build fails with "unable to fetch".
 */
export const VERSION_PINS: readonly {name: string; version: string}[] = [
  {name: "lodash", version: "4.18.1"},
  {name: "echarts", version: "6.1.0"},
  {name: "leaflet", version: "1.9.4"},
  {name: "mapbox-gl", version: "3.32.0"},
  {name: "react", version: "19.3.1"},
  {name: "react-dom", version: "19.3.1"},
  {name: "@observablehq/sample-datasets", version: "1.0.1"},
  {name: "parquet-wasm", version: "0.8.0"}
];

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const STAMP_NAME = "npm-fill-stamp.json";

export interface FillOptions {
  root?: string;
  force?: boolean;
  check?: boolean;
  log?: (message: string) => void;
}

export interface FillResult {
  cacheDir: string;
  status: "current" | "filled" | "stale";
  versions: Record<string, string>;
  written: string[];
  removed: string[];
  ms: number;
}

/** Directory of the installed package `name` as seen from `fromDir` (Node's lookup, walking up). */
export function findPackageDir(name: string, fromDir: string = projectRoot): string | undefined {
  for (let dir = resolve(fromDir); ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function readVersion(packageDir: string): string {
  return JSON.parse(readFileSync(join(packageDir, "package.json"), "utf-8")).version;
}

/** The DuckDB-WASM version Framework requests (`DUCKDB_WASM_VERSION` in its dist/duckdb.js). */
export function frameworkDuckDBVersion(): string {
  const dir = findPackageDir("@observablehq/framework");
  if (!dir) throw new Error("@observablehq/framework is not installed: run npm ci");
  const match = /DUCKDB_WASM_VERSION = "([^"]+)"/.exec(readFileSync(join(dir, "dist", "duckdb.js"), "utf-8"));
  if (!match) throw new Error("cannot find DUCKDB_WASM_VERSION in @observablehq/framework/dist/duckdb.js");
  return match[1];
}

/** Split `@scope/name/sub/path` into name and subpath. */
function splitSpecifier(specifier: string): {name: string; subpath: string} {
  const parts = specifier.split("/");
  const n = specifier.startsWith("@") ? 2 : 1;
  return {name: parts.slice(0, n).join("/"), subpath: parts.slice(n).join("/")};
}

/** Cache path (relative to the cache dir) of the `+esm` bundle, as Framework names it. */
export function esmPath(name: string, version: string): string {
  return `_npm/${name}@${version}/_esm.js`;
}

function installedVersions(): Map<string, {dir: string; version: string}> {
  const installed = new Map<string, {dir: string; version: string}>();
  for (const {name} of PACKAGES) {
    const dir = findPackageDir(name);
    if (!dir) throw new Error(`${name} is not installed (needed in the offline npm cache): run npm ci`);
    installed.set(name, {dir, version: readVersion(dir)});
  }
  const duckdb = installed.get("@duckdb/duckdb-wasm")!.version;
  const pinned = frameworkDuckDBVersion();
  if (duckdb !== pinned) {
    throw new Error(
      `Framework requests @duckdb/duckdb-wasm@${pinned} but ${duckdb} is installed: install the pinned version with npm install --save-exact @duckdb/duckdb-wasm@${pinned}`
    );
  }
  return installed;
}

/** Everything that decides the cache contents: if this is unchanged, the cache is current. */
function fingerprint(versions: Record<string, string>): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(JSON.stringify({versions, esbuild: esbuildVersion, packages: PACKAGES, pins: VERSION_PINS}));
  return hash.digest("hex");
}

/** Outputs expected in the cache dir for the given versions. */
function expectedOutputs(versions: Record<string, string>): string[] {
  const outputs: string[] = [];
  for (const p of PACKAGES) {
    if (p.bundle !== false) outputs.push(esmPath(p.name, versions[p.name]));
    for (const f of p.files ?? []) outputs.push(`_npm/${p.name}@${versions[p.name]}/${f}`);
  }
  for (const {name, version} of VERSION_PINS) outputs.push(`_npm/${name}@${version}`);
  return outputs;
}

/**
 * esbuild plugin: imports of another listed package (at the same version as the one cached) become
 * relative imports of that package's cache file, like jsDelivr's `/npm/<dep>@<version>/+esm`.
 */
function cacheExternals(
  self: CachedPackage,
  selfVersion: string,
  installed: Map<string, {dir: string; version: string}>,
  log: (message: string) => void
): Plugin {
  return {
    name: "npm-cache-externals",
    setup(b) {
      b.onResolve({filter: /^[^./]/}, (args) => {
        if (args.kind === "entry-point") return undefined;
        const {name, subpath} = splitSpecifier(args.path);
        if (name === self.name) return undefined;
        const target = installed.get(name);
        if (!target || subpath) return undefined;
        const depDir = findPackageDir(name, args.resolveDir);
        const depVersion = depDir ? readVersion(depDir) : undefined;
        if (depVersion !== target.version) {
          log(`  note: ${self.name} uses ${name}@${depVersion}, not the cached ${target.version}: inlined`);
          return undefined;
        }
        const from = posix.dirname(esmPath(self.name, selfVersion));
        return {path: posix.relative(from, esmPath(name, target.version)), external: true};
      });
    }
  };
}

const NODE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']node:[\w/]+["']/;

async function bundlePackage(
  p: CachedPackage,
  version: string,
  installed: Map<string, {dir: string; version: string}>,
  log: (message: string) => void
): Promise<string> {
  const result = await build({
    entryPoints: [p.name],
    absWorkingDir: projectRoot,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: ["es2022", "chrome96", "firefox96", "safari16"],
    minify: true,
    legalComments: "eof",
    write: false,
    logLevel: "silent",
    plugins: [cacheExternals(p, version, installed, log)]
  });
  const code = result.outputFiles[0].text;
  if (NODE_IMPORT.test(code)) throw new Error(`the browser bundle of ${p.name} imports a node: module`);
  return code;
}

/** Remove cache folders of listed packages at other versions: Framework would prefer the newest one. */
async function removeOtherVersions(cacheDir: string, versions: Record<string, string>): Promise<string[]> {
  const removed: string[] = [];
  const npmDir = join(cacheDir, "_npm");
  for (const {name} of PACKAGES) {
    const {name: base} = splitSpecifier(name);
    const scopeDir = base.includes("/") ? join(npmDir, base.split("/")[0]) : npmDir;
    const leaf = base.includes("/") ? base.split("/")[1] : base;
    let entries: string[];
    try {
      entries = await readdir(scopeDir);
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.startsWith(`${leaf}@`) || entry === `${leaf}@${versions[name]}`) continue;
      await rm(join(scopeDir, entry), {recursive: true, force: true});
      removed.push(relative(cacheDir, join(scopeDir, entry)));
    }
  }
  return removed;
}

export async function fillNpmCache(options: FillOptions = {}): Promise<FillResult> {
  const start = performance.now();
  const log = options.log ?? ((message: string) => console.log(message));
  const root = resolve(projectRoot, options.root ?? "src");
  const cacheDir = join(root, ".observablehq", "cache");
  const installed = installedVersions();
  const versions = Object.fromEntries([...installed].map(([name, {version}]) => [name, version]));
  const stampPath = join(cacheDir, STAMP_NAME);
  const stamp = {fingerprint: fingerprint(versions), versions};
  const outputs = expectedOutputs(versions);

  let current: boolean;
  try {
    const previous = JSON.parse(await readFile(stampPath, "utf-8"));
    current = previous.fingerprint === stamp.fingerprint && outputs.every((o) => existsSync(join(cacheDir, o)));
  } catch {
    current = false;
  }
  const where = relative(process.cwd(), cacheDir) || ".";
  if (current && !options.force) {
    const ms = Math.round(performance.now() - start);
    log(`npm cache ${where}/_npm is current (${PACKAGES.length} packages, ${VERSION_PINS.length} version pins, ${ms} ms)`);
    return {cacheDir, status: "current", versions, written: [], removed: [], ms};
  }
  if (options.check) {
    log(`npm cache ${where}/_npm is NOT current: run npm run prepare-offline`);
    return {cacheDir, status: "stale", versions, written: [], removed: [], ms: Math.round(performance.now() - start)};
  }

  log(`filling npm cache ${where}/_npm from node_modules (esbuild ${esbuildVersion}):`);
  const removed = await removeOtherVersions(cacheDir, versions);
  for (const r of removed) log(`  removed ${r} (not the installed version)`);
  const written: string[] = [];
  // Bundles are independent: build them concurrently, write them in list order.
  const bundles = await Promise.all(PACKAGES.map(async (p) => (p.bundle === false ? undefined : bundlePackage(p, versions[p.name], installed, log))));
  for (const [i, p] of PACKAGES.entries()) {
    const version = versions[p.name];
    const code = bundles[i];
    if (code !== undefined) {
      const out = join(cacheDir, esmPath(p.name, version));
      await mkdir(dirname(out), {recursive: true});
      await writeFile(out, code);
      written.push(esmPath(p.name, version));
      log(`  npm:${p.name}@${version}/+esm ${(code.length / 1024).toFixed(0)} KB — ${p.why}`);
    }
    for (const f of p.files ?? []) {
      const source = join(installed.get(p.name)!.dir, f);
      const out = join(cacheDir, "_npm", `${p.name}@${version}`, f);
      await mkdir(dirname(out), {recursive: true});
      if (f.endsWith(".js")) {
        // Framework rewrites downloaded JavaScript the same way: drop the source map reference.
        const text = await readFile(source, "utf-8");
        await writeFile(out, text.replace(/^\/\/# sourceMappingURL=.*$\n?/m, ""));
      } else {
        await copyFile(source, out);
      }
      written.push(`_npm/${p.name}@${version}/${f}`);
      log(`  npm:${p.name}@${version}/${f} (copied)`);
    }
  }
  for (const {name, version} of VERSION_PINS) {
    await mkdir(join(cacheDir, "_npm", `${name}@${version}`), {recursive: true});
  }
  log(`  version pins (no files): ${VERSION_PINS.map(({name, version}) => `${name}@${version}`).join(", ")}`);
  await writeFile(stampPath, JSON.stringify(stamp, null, 2) + "\n");
  const ms = Math.round(performance.now() - start);
  log(`npm cache filled: ${written.length} files in ${ms} ms`);
  return {cacheDir, status: "filled", versions, written, removed, ms};
}

function fillArgs(argv: string[]): FillOptions {
  const {values} = scriptArgs(
    "fill-npm-cache.ts [--root src] [--force] [--check]",
    {root: {type: "string"}, force: {type: "boolean"}, check: {type: "boolean"}},
    argv
  );
  return values;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const result = await fillNpmCache(fillArgs(process.argv.slice(2)));
    if (result.status === "stale") process.exitCode = 1;
  } catch (error) {
    console.error(`fill-npm-cache: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
