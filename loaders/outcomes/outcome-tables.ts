import {OUTCOME_TABLE_SPECS, catalogueRow, conflictRow, exclusionRow, observationRow} from "../../lib/outcomes/table-specs.ts";
import type {TableSpec} from "../../lib/mipex/table-specs.ts";
import type {LoadedOutcomes} from "./load-outcomes.ts";

/**
 * The outcome tables (observations, catalogue, exclusions, conflicts, files) as rows, each with its spec.
 * One function so that the tables zip and the data package describe the very same bytes.
 *
 * @example
 * outcomeTables(loadOutcomes(directories), directories).map(({spec}) => spec.name) // ["observations", ...]
 */
export function outcomeTables(outcomes: LoadedOutcomes, directories: readonly string[]): {spec: TableSpec; rows: Record<string, unknown>[]}[] {
  const rows: Record<string, Record<string, unknown>[]> = {
    observations: outcomes.observations.map(observationRow),
    catalogue: outcomes.catalogue.map(catalogueRow),
    exclusions: outcomes.exclusions.map(exclusionRow),
    conflicts: outcomes.conflicts.map(conflictRow),
    // Folder names only: the build machine's absolute paths stay out of the download.
    files: outcomes.files.map((f) => ({
      source_file: f.sourceFile,
      folder: f.directory === directories[0] ? "shared" : "user",
      format: f.format,
      rows: f.rows,
      observations: f.observations,
      missing: f.missing,
      exclusions: f.exclusions,
      conflicts: f.conflicts
    }))
  };
  return OUTCOME_TABLE_SPECS.map((spec) => ({spec, rows: rows[spec.name]}));
}
