import {readFileSync, readdirSync, statSync} from "node:fs";
import {join, relative, sep} from "node:path";
import {outcomeDirectories} from "../data-sources.ts";
import {buildCatalogue, type CatalogueEntry} from "../../lib/outcomes/catalogue.ts";
import {deriveIndicators} from "../../lib/outcomes/derived.ts";
import {detectOutcomeFormat, type OutcomeFormat} from "../../lib/outcomes/detect.ts";
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
  format: OutcomeFormat;
  /** Data rows read (TSV: key rows; each holds one cell per year). */
  rows: number;
  observations: number;
  /** Observations with value null. */
  missing: number;
  exclusions: number;
  conflicts: number;
}

export interface LoadedOutcomes {
  /** Every observation read, then the derived ones (`derived: true`). */
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

/**
 * Reads every outcome file in `outcomeDirectories()` (../shared/data/outcomes, `$MIPEX_OUTCOMES_DIR`,
 * data/outcomes/), recursively; a file added to a user folder appears with no code change. Adds the derived
 * indicators and builds the catalogue.
 *
 * @example
 * const {observations, catalogue, exclusions, conflicts, files} = loadOutcomes();
 * @throws OutcomeFormatError naming the file's absolute path, row and column when a file is malformed.
 */
export function loadOutcomes(directories: string[] = outcomeDirectories()): LoadedOutcomes {
  const observations: Observation[] = [];
  const exclusions: Exclusion[] = [];
  const conflicts: Conflict[] = [];
  const files: OutcomeFile[] = [];
  const seen = new Set<string>();
  for (const directory of directories) {
    for (const path of findOutcomeFiles(directory)) {
      if (seen.has(path)) continue;
      seen.add(path);
      const sourceFile = relative(directory, path).split(sep).join("/");
      let parsed: ReturnType<typeof parseOutcomeFile>;
      try {
        parsed = parseOutcomeFile(readFileSync(path, "utf8"), sourceFile);
      } catch (error) {
        // Name the file by its full path so the user can find it whichever folder it is in.
        if (error instanceof OutcomeFormatError) throw new OutcomeFormatError(path, error.row, error.column, error.detail);
        throw error;
      }
      for (const o of parsed.observations) observations.push(o);
      exclusions.push(...parsed.exclusions);
      conflicts.push(...parsed.conflicts);
      files.push({
        path,
        directory,
        sourceFile,
        format: parsed.format,
        rows: parsed.rows,
        observations: parsed.observations.length,
        missing: parsed.observations.filter((o) => o.value === null).length,
        exclusions: parsed.exclusions.length,
        conflicts: parsed.conflicts.length
      });
    }
  }
  const derived = deriveIndicators(observations);
  for (const o of derived.observations) observations.push(o);
  return {observations, catalogue: buildCatalogue(observations, derived.definitions), exclusions, conflicts, files};
}
