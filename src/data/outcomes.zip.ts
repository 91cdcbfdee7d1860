// The outcome tables behind the policies-and-outcomes pages, three ways (CSV, Arrow, Parquet): every
// observation (derived ones included), the catalogue, exclusions, conflicts and the files read.
// Pages read members as FileAttachment("data/outcomes/<table>.<ext>").
import JSZip from "jszip";
import {cachedOutcomeTables} from "../../loaders/outcomes/cached-outcomes.ts";
import {encodeTables} from "../../loaders/tables/encode.ts";
import {TABLE_FORMATS, assertUniqueKeys} from "../../loaders/tables/workspace-tables.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const tables = cachedOutcomeTables();
  for (const {spec, rows} of tables) assertUniqueKeys(spec, rows);

  const zip = new JSZip();
  for (const format of TABLE_FORMATS) {
    for (const [name, bytes] of await encodeTables(tables, format)) zip.file(name, bytes);
  }
  zip.file("tables.json", JSON.stringify(tables.map(({spec, rows}) => ({...spec, rows: rows.length})), null, 2));
  // Stored, not deflated: Framework unpacks the members at build time, so compressing them only costs time.
  return await zip.generateAsync({type: "nodebuffer", compression: "STORE"});
});
