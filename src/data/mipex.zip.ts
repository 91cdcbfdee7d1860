// Every MIPEX tidy table, three ways: Arrow IPC for pages and DuckDB-WASM, CSV and Parquet for
// downloads. Pages read members as FileAttachment("data/mipex/<table>.<ext>").
import JSZip from "jszip";
import {TABLE_SPECS} from "../../lib/mipex/table-specs.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {encodeTables} from "../../loaders/tables/encode.ts";
import {TABLE_FORMATS, assertUniqueKeys, specsWithRows} from "../../loaders/tables/workspace-tables.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {tables, sources} = await cachedMipex();
  const all = specsWithRows(tables);
  for (const {spec, rows} of all) assertUniqueKeys(spec, rows);

  const zip = new JSZip();
  for (const format of TABLE_FORMATS) {
    for (const [name, bytes] of await encodeTables(all, format)) zip.file(name, bytes);
  }
  zip.file(
    "tables.json",
    JSON.stringify(
      TABLE_SPECS.map((spec) => ({...spec, rows: all.find((t) => t.spec.name === spec.name)!.rows.length})),
      null,
      2
    )
  );
  zip.file("sources.json", JSON.stringify(sources.map(({file: _file, ...source}) => source), null, 2));
  // Stored, not deflated: Framework unpacks the members at build time, so compressing them only costs time.
  return await zip.generateAsync({type: "nodebuffer", compression: "STORE"});
});
