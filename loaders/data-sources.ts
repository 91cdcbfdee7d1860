import {createHash} from "node:crypto";
import {existsSync, readFileSync} from "node:fs";
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
 * The folders searched for source data, in order: `$MIPEX_DATA_DIR` (relative paths are taken from the
 * project root), `data/raw/`, then `../shared/data` beside the project.
 */
export function dataDirectories(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs: string[] = [];
  if (env.MIPEX_DATA_DIR) dirs.push(isAbsolute(env.MIPEX_DATA_DIR) ? env.MIPEX_DATA_DIR : resolve(PROJECT_ROOT, env.MIPEX_DATA_DIR));
  dirs.push(join(PROJECT_ROOT, "data", "raw"), resolve(PROJECT_ROOT, "..", "shared", "data"));
  return dirs;
}

export class MissingSourceError extends Error {
  constructor(entry: Pick<SourceEntry, "path" | "title" | "download">, searched: string[]) {
    super(
      `Missing source file ${entry.path} (${entry.title}).\n` +
        `Searched:\n${searched.map((d) => `  - ${join(d, entry.path)}`).join("\n")}\n` +
        `Download it from ${entry.download} and put it in one of those places, ` +
        `or set MIPEX_DATA_DIR to the folder that holds ${entry.path}.`
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
 * @throws MissingSourceError naming the file, the folders searched and where to download it.
 */
export function locateSource(id: string, {warn = defaultWarn}: {warn?: (message: string) => void} = {}): LocatedSource {
  const cached = located.get(id);
  if (cached) return cached;
  const entry = readManifest().sources.find((s) => s.id === id);
  if (!entry) throw new Error(`data/manifest.json has no source with id "${id}"`);
  const searched = dataDirectories();
  const dir = searched.find((d) => existsSync(join(d, entry.path)));
  if (!dir) throw new MissingSourceError(entry, searched);
  const file = join(dir, entry.path);
  const actualSha256 = createHash("sha256").update(readFileSync(file)).digest("hex");
  const knownVersion = entry.sha256 === null || entry.sha256 === actualSha256;
  if (!knownVersion) {
    warn(`${file} differs from the version the workspace was checked against (sha256 ${actualSha256}, expected ${entry.sha256}); published-vs-recomputed comparisons may differ.`);
  }
  const result = {...entry, file, actualSha256, knownVersion};
  located.set(id, result);
  return result;
}

/**
 * Folders holding outcome tables: `<data dir>/outcomes` for the first data directory that has one,
 * plus `$MIPEX_OUTCOMES_DIR` and `data/outcomes/` where users add their own files.
 */
export function outcomeDirectories(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs: string[] = [];
  const shared = dataDirectories(env).map((d) => join(d, "outcomes")).find((d) => existsSync(d));
  if (shared) dirs.push(shared);
  if (env.MIPEX_OUTCOMES_DIR) dirs.push(isAbsolute(env.MIPEX_OUTCOMES_DIR) ? env.MIPEX_OUTCOMES_DIR : resolve(PROJECT_ROOT, env.MIPEX_OUTCOMES_DIR));
  const local = join(PROJECT_ROOT, "data", "outcomes");
  if (existsSync(local) && !dirs.includes(local)) dirs.push(local);
  return dirs;
}

function defaultWarn(message: string): void {
  process.stderr.write(`warning: ${message}\n`);
}
