// parquet-wasm's WebAssembly module, served by the site so the SQL console can write Parquet offline
// (src/components/parquet-writer.ts). Copied from node_modules at the installed version.
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, () => {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve("parquet-wasm/esm/parquet_wasm_bg.wasm"));
});
