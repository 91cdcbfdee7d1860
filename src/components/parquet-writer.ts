/**
 * Parquet files written in the browser, offline. DuckDB-WASM cannot: its Parquet writer lives in the
 * parquet extension, which it would download from extensions.duckdb.org. parquet-wasm (installed from
 * npm, bundled by Framework from node_modules) is loaded only when a Parquet file is asked for; its
 * WebAssembly module is served by this site (src/data/parquet-wasm.wasm.ts) and passed in as a URL.
 */

type ParquetModule = typeof import("parquet-wasm/esm");
let parquet: Promise<ParquetModule> | undefined;

async function loadParquet(wasmUrl: string): Promise<ParquetModule> {
  parquet ??= import("parquet-wasm/esm").then(async (module) => {
    await module.default({module_or_path: wasmUrl});
    return module;
  });
  return parquet;
}

/**
 * An Arrow IPC stream (e.g. `Arrow.tableToIPC(table, "stream")`) as a zstd-compressed Parquet file.
 *
 * @example
 * const bytes = await arrowToParquet(Arrow.tableToIPC(result, "stream"), await FileAttachment("data/parquet-wasm.wasm").url());
 */
export async function arrowToParquet(ipcStream: Uint8Array, wasmUrl: string): Promise<Uint8Array> {
  const {Table, writeParquet, WriterPropertiesBuilder, Compression} = await loadParquet(wasmUrl);
  const table = Table.fromIPCStream(ipcStream);
  const properties = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).setCreatedBy("MIPEX Workspace SQL console (parquet-wasm)").build();
  return writeParquet(table, properties);
}
