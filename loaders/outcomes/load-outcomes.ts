import {createHash} from "node:crypto";
import {readFileSync, readdirSync, statSync} from "node:fs";
import {join, relative, sep} from "node:path";
import {PROJECT_ROOT, outcomeDirectories} from "../data-sources.ts";
import {buildCatalogue, type CatalogueEntry} from "../../lib/outcomes/catalogue.ts";
import {resolveAcrossFiles, type FileObservations} from "../../lib/outcomes/cross-file.ts";
import {deriveIndicators} from "../../lib/outcomes/derived.ts";
import {detectOutcomeFormat, valueColumnOf, type OutcomeFormat} from "../../lib/outcomes/detect.ts";
import {parseEurostatSdmxCsv} from "../../lib/outcomes/eurostat-sdmx.ts";
import {parseEurostatTsv} from "../../lib/outcomes/eurostat-tsv.ts";
import {OutcomeFormatError, type Conflict, type Exclusion, type Observation, type ParseResult} from "../../lib/outcomes/observation.ts";
import {parseTidyCsv} from "../../lib/outcomes/tidy.ts";

/** One file the loader read. */
export interface OutcomeFile {
  /** Absolute path. */
  path: string;
  /** The outcome folder it was found in. */
  directory: string;
  /** Path inside that folder, `/`-separated: what observations carry as `sourceFile`. */
  sourceFile: string;
  /** How observations and messages name the file: `sourceFile`, or its path from the project root when
   * another folder holds a file of the same name (a user's edited copy of a shared file). */
  label: string;
  /** sha256 of the bytes read. */
  sha256: string;
  format: OutcomeFormat;
  /** Data rows read (TSV: key rows; each holds one cell per year). */
  rows: number;
  observations: number;
  /** Observations with value null. */
  missing: number;
  /** Rows excluded (unknown geography, duplicates, within the file or of another file's row). */
  exclusions: number;
  /** Conflicts the file's rows take part in (within the file or with another file). */
  conflicts: number;
}

export interface LoadedOutcomes {
  /** Every observation read, then the derived ones (`derived: true`). A row repeating another file's
   * with the same value is left out (an exclusion); a different value marks both rows `conflict`. */
  observations: Observation[];
  catalogue: CatalogueEntry[];
  exclusions: Exclusion[];
  conflicts: Conflict[];
  files: OutcomeFile[];
}

/** Every `*.csv` (tidy or SDMX-CSV) and `*.tsv` below `dir`, sorted, skipping dot-folders. */
function findOutcomeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findOutcomeFiles(path));
    else if (/\.(csv|tsv)$/i.test(name)) out.push(path);
  }
  return out;
}

/**
 * Parses one outcome file with the parser its name and header call for.
 *
 * @example
 * parseOutcomeFile(text, "eurostat/lfsa_ergan_Y20-64_by_citizenship.tsv") // {format: "eurostat-tsv", observations: [...], ...}
 */
export function parseOutcomeFile(text: string, sourceFile: string): ParseResult & {format: OutcomeFormat} {
  const format = detectOutcomeFormat(sourceFile, text.slice(0, text.indexOf("\n") >>> 0));
  if (format === "eurostat-tsv") return {format, ...parseEurostatTsv(text, {file: sourceFile})};
  if (format === "eurostat-sdmx") return {format, ...parseEurostatSdmxCsv(text, {file: sourceFile})};
  if (format === "tidy") return {format, ...parseTidyCsv(text, {file: sourceFile})};
  throw new OutcomeFormatError(sourceFile, 1, "(file)", "not a .csv or .tsv outcome file");
}

/** One outcome file found and read, before parsing: what `cachedOutcomes` keys its disk cache by. */
export interface OutcomeSource {
  path: string;
  directory: string;
  sourceFile: string;
  label: string;
  sha256: string;
  bytes: Buffer;
}

/**
 * Every outcome file in the folders, read and hashed but not parsed, in the order `loadOutcomes` reads them.
 *
 * @example
 * readOutcomeSources().map((s) => s.label) // ["eurostat/lfsa_ergan_Y20-64_by_citizenship.tsv", ...]
 */
export function readOutcomeSources(directories: string[] = outcomeDirectories()): OutcomeSource[] {
  const found: {path: string; directory: string; sourceFile: string}[] = [];
  const seen = new Set<string>();
  for (const directory of directories) {
    for (const path of findOutcomeFiles(directory)) {
      if (seen.has(path)) continue;
      seen.add(path);
      found.push({path, directory, sourceFile: relative(directory, path).split(sep).join("/")});
    }
  }
  return found.map(({path, directory, sourceFile}) => {
    // A user's copy of a shared file keeps its name in its own folder: both are then named from the project root.
    const label = found.filter((f) => f.sourceFile === sourceFile).length > 1 ? relative(PROJECT_ROOT, path).split(sep).join("/") : sourceFile;
    const bytes = readFileSync(path);
    return {path, directory, sourceFile, label, sha256: createHash("sha256").update(bytes).digest("hex"), bytes};
  });
}

/**
 * Reads every outcome file in `outcomeDirectories()` (../shared/data/outcomes, `$MIPEX_OUTCOMES_DIR`,
 * data/outcomes/), recursively; a file added to a user folder appears with no code change. Files are compared
 * with each other as rows of one file are (lib/outcomes/cross-file.ts): a repeated row with the same value is a
 * reported duplicate, a different value a conflict left out of every statistic, each naming both files and rows.
 * Adds the derived indicators and builds the catalogue.
 *
 * @example
 * const {observations, catalogue, exclusions, conflicts, files} = loadOutcomes();
 * @throws OutcomeFormatError naming the file's absolute path, row and column when a file is malformed.
 */
export function loadOutcomes(directories: string[] = outcomeDirectories()): LoadedOutcomes {
  return parseOutcomeSources(readOutcomeSources(directories));
}

/**
 * `loadOutcomes` of files already read (`readOutcomeSources`).
 *
 * @example
 * parseOutcomeSources(readOutcomeSources()).files.length // 14
 * @throws OutcomeFormatError naming the file's absolute path, row and column when a file is malformed.
 */
export function parseOutcomeSources(sources: readonly OutcomeSource[]): LoadedOutcomes {
  const read = sources.map(({path, directory, sourceFile, label, sha256, bytes}) => {
    try {
      return {path, directory, sourceFile, label, sha256, parsed: parseOutcomeFile(bytes.toString("utf8"), label)};
    } catch (error) {
      // Name the file by its full path so the user can find it whichever folder it is in.
      if (error instanceof OutcomeFormatError) throw new OutcomeFormatError(path, error.row, error.column, error.detail);
      throw error;
    }
  });
  const across = resolveAcrossFiles(
    read.map(({label, parsed}): FileObservations => ({file: label, valueColumn: valueColumnOf(parsed.format), observations: parsed.observations}))
  );
  const exclusions = [...read.flatMap((r) => r.parsed.exclusions), ...across.exclusions];
  const conflicts = [...read.flatMap((r) => r.parsed.conflicts), ...across.conflicts];
  const files: OutcomeFile[] = read.map(({path, directory, sourceFile, label, sha256, parsed}) => ({
    path,
    directory,
    sourceFile,
    label,
    sha256,
    format: parsed.format,
    rows: parsed.rows,
    observations: parsed.observations.length,
    missing: parsed.observations.filter((o) => o.value === null).length,
    exclusions: exclusions.filter((e) => e.file === label).length,
    conflicts: conflicts.filter((c) => c.files.includes(label)).length
  }));
  const observations = across.observations;
  const derived = deriveIndicators(observations);
  for (const o of derived.observations) observations.push(o);
  return {observations, catalogue: buildCatalogue(observations, derived.definitions), exclusions, conflicts, files};
}
