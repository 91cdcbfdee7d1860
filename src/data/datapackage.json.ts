// A Frictionless Data Package describing every tidy table (https://specs.frictionlessdata.io/data-package/).
// Resources point at the CSV files the site exports at stable paths beside this file
// (data/mipex/<table>.csv, see lib/site/exported-paths.ts), so `frictionless validate <site>/data/datapackage.json`
// or any Data Package reader can load the tables straight from the site.
import {createHash} from "node:crypto";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {dataPackage, MIPEX_TABLE_SOURCES} from "../../lib/site/datapackage.ts";
import {PROJECT_ROOT} from "../../loaders/data-sources.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {encodeTables} from "../../loaders/tables/encode.ts";
import {specsWithRows} from "../../loaders/tables/workspace-tables.ts";

const {tables, sources} = await cachedMipex();
const all = specsWithRows(tables);
// The same bytes src/data/mipex.zip.ts writes, so the hashes match the exported files.
const csv = await encodeTables(all, "csv");
const {version} = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as {version: string};

const descriptor = dataPackage({
  version,
  sources: sources.map(({file: _file, ...source}) => source),
  tables: all.map(({spec, rows}) => {
    const bytes = csv.get(`${spec.name}.csv`)!;
    const ids = MIPEX_TABLE_SOURCES[spec.name];
    if (!ids) throw new Error(`datapackage: no sources listed for table "${spec.name}" in MIPEX_TABLE_SOURCES`);
    return {spec, rows: rows.length, folder: "mipex", csv: {bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex")}, sources: [...ids]};
  })
});
process.stdout.write(JSON.stringify(descriptor, null, 2));
