// The outcome tables behind the policies-and-outcomes pages, three ways (CSV, Arrow, Parquet): every
// observation (derived ones included), the catalogue, exclusions, conflicts and the files read.
// Pages read members as FileAttachment("data/outcomes/<table>.<ext>").
import JSZip from "jszip";
import {OUTCOME_TABLE_SPECS, catalogueRow, conflictRow, exclusionRow, observationRow} from "../../lib/outcomes/table-specs.ts";
import {outcomeDirectories} from "../../loaders/data-sources.ts";
import {loadOutcomes} from "../../loaders/outcomes/load-outcomes.ts";
import {encodeTables} from "../../loaders/tables/encode.ts";
import {TABLE_FORMATS, assertUniqueKeys} from "../../loaders/tables/workspace-tables.ts";

const directories = outcomeDirectories();
const outcomes = loadOutcomes(directories);
const rows: Record<string, Record<string, unknown>[]> = {
  observations: outcomes.observations.map(observationRow),
  catalogue: outcomes.catalogue.map(catalogueRow),
  exclusions: outcomes.exclusions.map(exclusionRow),
  conflicts: outcomes.conflicts.map(conflictRow),
  // Folder names only: the build machine's absolute paths stay out of the download.
  files: outcomes.files.map((f) => ({source_file: f.sourceFile, folder: f.directory === directories[0] ? "shared" : "user", format: f.format, rows: f.rows, observations: f.observations, missing: f.missing, exclusions: f.exclusions, conflicts: f.conflicts}))
};
const tables = OUTCOME_TABLE_SPECS.map((spec) => ({spec, rows: rows[spec.name]}));
for (const {spec, rows} of tables) assertUniqueKeys(spec, rows);

const zip = new JSZip();
for (const format of TABLE_FORMATS) {
  for (const [name, bytes] of await encodeTables(tables, format)) zip.file(name, bytes);
}
zip.file("tables.json", JSON.stringify(OUTCOME_TABLE_SPECS.map((spec) => ({...spec, rows: rows[spec.name].length})), null, 2));
// Stored, not deflated: Framework unpacks the members at build time, so compressing them only costs time.
process.stdout.write(await zip.generateAsync({type: "nodebuffer", compression: "STORE"}));
