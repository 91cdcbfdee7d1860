// A Frictionless Data Package describing every tidy table (https://specs.frictionlessdata.io/data-package/).
// Resources point at the CSV files the site exports at stable paths beside this file
// (data/mipex/<table>.csv, see lib/site/exported-paths.ts), so `frictionless validate <site>/data/datapackage.json`
// or any Data Package reader can load the tables straight from the site. The outcome tables
// (src/data/outcomes.zip.ts) are described too, under data/outcomes/.
import {createHash} from "node:crypto";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {dataPackage, MIPEX_TABLE_SOURCES} from "../../lib/site/datapackage.ts";
import {PROJECT_ROOT} from "../../loaders/data-sources.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {encodeTables} from "../../loaders/tables/encode.ts";
import {specsWithRows} from "../../loaders/tables/workspace-tables.ts";
import {outcomeDirectories} from "../../loaders/data-sources.ts";
import {cachedOutcomeTables, cachedOutcomes} from "../../loaders/outcomes/cached-outcomes.ts";
import type {PackageSource, PackageTable} from "../../lib/site/datapackage.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {tables, sources} = await cachedMipex();
  const all = specsWithRows(tables);
  // The same bytes src/data/mipex.zip.ts writes, so the hashes match the exported files.
  const csv = await encodeTables(all, "csv");
  const {version} = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as {version: string};

  const hashOf = (bytes: Uint8Array | Buffer) => createHash("sha256").update(bytes).digest("hex");
  const mipexTables: PackageTable[] = all.map(({spec, rows}) => {
    const bytes = csv.get(`${spec.name}.csv`)!;
    const ids = MIPEX_TABLE_SOURCES[spec.name];
    if (!ids) throw new Error(`datapackage: no sources listed for table "${spec.name}" in MIPEX_TABLE_SOURCES`);
    return {spec, rows: rows.length, folder: "mipex", csv: {bytes: bytes.length, sha256: hashOf(bytes)}, sources: [...ids]};
  });

  // The outcome tables, made by the same function as src/data/outcomes.zip.ts (same CSV bytes).
  const directories = outcomeDirectories();
  const outcomes = cachedOutcomes(directories);
  const outcomeSpecs = cachedOutcomeTables(directories);
  const outcomeCsv = await encodeTables(outcomeSpecs, "csv");
  const outcomeSources: PackageSource[] = outcomes.files.map((f) => {
    const eurostat = f.sourceFile.startsWith("eurostat/");
    return {
      id: `outcome:${f.sourceFile}`,
      path: `outcomes/${f.sourceFile}`,
      title: `Outcome file ${f.sourceFile}`,
      sha256: f.sha256,
      download: eurostat ? "https://ec.europa.eu/eurostat/databrowser (dataset code in the file name)" : "See the catalogue table's sources column for the original publication",
      licence: eurostat ? "Eurostat: reuse authorised, source acknowledged (Commission Decision 2011/833/EU)" : "The original publisher's terms (see the catalogue table's sources column)",
      citation: eurostat ? `Eurostat (file ${f.sourceFile}; the dataset code begins the file name). https://ec.europa.eu/eurostat` : `See the catalogue table's sources column (file ${f.sourceFile}).`
    };
  });
  const outcomeTables: PackageTable[] = outcomeSpecs.map(({spec, rows}) => {
    const bytes = outcomeCsv.get(`${spec.name}.csv`)!;
    return {spec, rows: rows.length, folder: "outcomes", csv: {bytes: bytes.length, sha256: hashOf(bytes)}, sources: outcomeSources.map((s) => s.id)};
  });

  const descriptor = dataPackage({
    version,
    sources: [...sources.map(({file: _file, ...source}) => source), ...outcomeSources],
    tables: [...mipexTables, ...outcomeTables]
  });
  return JSON.stringify(descriptor, null, 2);
});
