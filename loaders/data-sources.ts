import {createHash} from "node:crypto";
import {existsSync, readFileSync, statSync} from "node:fs";
import {dirname, isAbsolute, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

/** The project root: loaders run with the page's folder as cwd, so paths are resolved from this file. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface SourceEntry {
  id: string;
  path: string;
  title: string;
  edition: string;
  sha256: string | null;
  download: string;
  licence: string;
  citation: string;
}

interface Manifest {
  sources: SourceEntry[];
  outcomes: {path: string; note: string};
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, "data", "manifest.json"), "utf8")) as Manifest;
}

/**
 * The folders searched for source data, in order: `$MIPEX_DATA_DIR` alone when it is set (relative
 * paths are taken from the project root), else `data/raw/`, then `../shared/data` beside the project.
 * A user who names a folder gets that folder: a file missing there is an error, never read from elsewhere.
 *
 * @example
 * dataDirectories({MIPEX_DATA_DIR: "/data/mipex"}) // ["/data/mipex"]
 * dataDirectories({}) // [".../data/raw", ".../shared/data"]
 */
export function dataDirectories(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.MIPEX_DATA_DIR) return [fromProjectRoot(env.MIPEX_DATA_DIR)];
  return [join(PROJECT_ROOT, "data", "raw"), resolve(PROJECT_ROOT, "..", "shared", "data")];
}

function fromProjectRoot(path: string): string {
  return isAbsolute(path) ? path : resolve(PROJECT_ROOT, path);
}

/** A folder named by `$MIPEX_DATA_DIR` or `$MIPEX_OUTCOMES_DIR` that is not there. */
export class DataFolderError extends Error {
  constructor(variable: string, folder: string, problem = "does not exist") {
    super(`${variable} is set to ${folder}, which ${problem}. Set it to the folder that holds the data, or unset it to use data/raw/ and ../shared/data.`);
    this.name = "DataFolderError";
  }
}

/** Throws DataFolderError when `$variable` is set to a folder that is not there. */
function checkFolder(env: NodeJS.ProcessEnv, variable: "MIPEX_DATA_DIR" | "MIPEX_OUTCOMES_DIR"): void {
  const value = env[variable];
  if (!value) return;
  const folder = fromProjectRoot(value);
  if (!existsSync(folder)) throw new DataFolderError(variable, folder);
  if (!statSync(folder).isDirectory()) throw new DataFolderError(variable, folder, "is not a folder");
}

export class MissingSourceError extends Error {
  constructor(entry: Pick<SourceEntry, "path" | "title" | "download">, searched: string[], {pinned = false}: {pinned?: boolean} = {}) {
    super(
      `Missing source file ${entry.path} (${entry.title}).\n` +
        `Searched:\n${searched.map((d) => `  - ${join(d, entry.path)}`).join("\n")}\n` +
        (pinned
          ? `MIPEX_DATA_DIR is set, so no other folder is searched: put ${entry.path} there (download it from ${entry.download}), or unset MIPEX_DATA_DIR.`
          : `Download it from ${entry.download} and put it in one of those places, or set MIPEX_DATA_DIR to the folder that holds ${entry.path}.`)
    );
    this.name = "MissingSourceError";
  }
}

export interface LocatedSource extends SourceEntry {
  file: string;
  /** The file's sha256, and whether it is the version named in the manifest. */
  actualSha256: string;
  knownVersion: boolean;
}

const located = new Map<string, LocatedSource>();

/**
 * Finds a source file named in `data/manifest.json` and checks its sha256.
 *
 * @example
 * locateSource("mipex_core").file // ".../shared/data/mipex/mipex_core_2007-2019.xlsx"
 * @throws MissingSourceError naming the file, the folders searched and where to download it;
 *   DataFolderError when `$MIPEX_DATA_DIR` names a folder that does not exist.
 */
export function locateSource(id: string, {warn = defaultWarn}: {warn?: (message: string) => void} = {}): LocatedSource {
  checkFolder(process.env, "MIPEX_DATA_DIR");
  const searched = dataDirectories();
  const cacheKey = `${id}\0${searched.join("\0")}`;
  const cached = located.get(cacheKey);
  if (cached) return cached;
  const entry = readManifest().sources.find((s) => s.id === id);
  if (!entry) throw new Error(`data/manifest.json has no source with id "${id}"`);
  const dir = searched.find((d) => existsSync(join(d, entry.path)));
  if (!dir) throw new MissingSourceError(entry, searched, {pinned: Boolean(process.env.MIPEX_DATA_DIR)});
  const file = join(dir, entry.path);
  const actualSha256 = createHash("sha256").update(readFileSync(file)).digest("hex");
  const knownVersion = entry.sha256 === null || entry.sha256 === actualSha256;
  if (!knownVersion) {
    warn(
      `${file} differs from the version the workspace was checked against (sha256 ${actualSha256}, expected ${entry.sha256}); published-vs-recomputed comparisons may differ.`
    );
  }
  const result = {...entry, file, actualSha256, knownVersion};
  located.set(cacheKey, result);
  return result;
}

/**
 * Folders holding outcome tables: the `outcomes/` folder of the data folder (`$MIPEX_DATA_DIR/outcomes`
 * when it is set, else the first of `data/raw/outcomes`, `../shared/data/outcomes` that exists), then
 * `$MIPEX_OUTCOMES_DIR` and `data/outcomes/` where users add their own files.
 *
 * @example
 * outcomeDirectories({}) // [".../shared/data/outcomes"] (plus data/outcomes when it exists)
 * @throws DataFolderError when `$MIPEX_DATA_DIR`, its `outcomes/` folder or `$MIPEX_OUTCOMES_DIR` is not there.
 */
export function outcomeDirectories(env: NodeJS.ProcessEnv = process.env): string[] {
  checkFolder(env, "MIPEX_DATA_DIR");
  checkFolder(env, "MIPEX_OUTCOMES_DIR");
  const dirs: string[] = [];
  const candidates = dataDirectories(env).map((d) => join(d, "outcomes"));
  const shared = candidates.find((d) => existsSync(d));
  if (env.MIPEX_DATA_DIR && !shared) {
    throw new DataFolderError(
      "MIPEX_DATA_DIR",
      fromProjectRoot(env.MIPEX_DATA_DIR),
      "has no outcomes/ folder (create an empty one if you have no outcome tables)"
    );
  }
  if (shared) dirs.push(shared);
  if (env.MIPEX_OUTCOMES_DIR) dirs.push(fromProjectRoot(env.MIPEX_OUTCOMES_DIR));
  const local = join(PROJECT_ROOT, "data", "outcomes");
  if (existsSync(local) && !dirs.includes(local)) dirs.push(local);
  return dirs;
}

function defaultWarn(message: string): void {
  process.stderr.write(`warning: ${message}\n`);
}
