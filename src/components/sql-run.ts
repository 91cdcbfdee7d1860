// Running a query on the SQL console (src/sql.md) and showing its outcome: while it runs, a progress bar,
// the time taken and a Cancel button, the previous result greyed out; then the row count, the error or
// the cancellation (runStatus); and the result's downloads (ResultDownloads). The page wires these to
// its editor, its DuckDB engine (src/components/sql-engine.ts) and Framework's Arrow.
import {replaceQuery, type Browser} from "./url-state.js";
import {explainRefusal, OUTSIDE_ACCESS_HEADLINE, plainValue, referencedTables, refusedQuery, resultCsv, urlWithQuery} from "./sql-console.js";
import {QueryCancelled, type QueryBatches} from "./sql-engine.js";
import {arrowToParquet} from "./parquet-writer.js";
import {saveFile} from "./save-file.js";
import {fixed, integer, noun, plural} from "./lib/format.js";
import {el} from "./element.js";

/** The Arrow table a result is read from (Framework's `Arrow.Table`). */
export interface ResultTable extends Iterable<Record<string, unknown>> {
  schema: {fields: readonly {name: string}[]};
}

export type SqlRunResult =
  | {ok: true; table: ResultTable; columns: string[]; rows: Record<string, unknown>[]; ms: number}
  | {ok: false; cancelled: true; seconds: string; restarted: boolean}
  | {ok: false; cancelled?: false; message: string; explanation: string | null; refused?: boolean};

/** The engine's part the run uses (src/components/sql-engine.ts's SqlEngine). */
export interface RunEngine {
  restarts: number;
  run(sql: string, tableNames: readonly string[]): Promise<QueryBatches>;
  cancel(): unknown;
}

export interface RunOptions {
  engine: RunEngine;
  /** Every table the console offers; the query loads those it names. */
  tableNames: readonly string[];
  /** Where the running state is shown (the page's `.sql-run` element). */
  status: HTMLElement;
  /** `new Arrow.Table(schema, batches)`. */
  toTable: (answer: QueryBatches) => ResultTable;
  /** Settles when the page cell is re-run or the page left: the query is cancelled. */
  invalidation?: Promise<unknown>;
  document?: Document;
  browser?: Browser;
}

/** The empty container the running state and then the outcome are shown in. */
export function RunStatus({document = globalThis.document}: {document?: Document} = {}): HTMLElement {
  return el(document, "div", {class: "sql-run", "data-testid": "sql-run"});
}

/**
 * Runs `query`: writes it to the address (`?q=`), greys out the previous result, shows the running
 * state in `status`, loads the tables the query names and asks DuckDB. Errors and cancellations are a
 * value, never thrown.
 */
export async function runSqlQuery(
  query: string,
  {engine, tableNames, status, toTable, invalidation, document = globalThis.document, browser = globalThis as unknown as Browser}: RunOptions
): Promise<SqlRunResult> {
  replaceQuery(urlWithQuery(browser.location.search, query), browser);
  for (const output of document.querySelectorAll(".sql-output")) Object.assign(output, {inert: true}).classList.add("sql-stale");
  const start = performance.now();
  const restarts = engine.restarts;
  const seconds = () => fixed((performance.now() - start) / 1000, 1);
  const elapsed = el(document, "span", {"data-testid": "sql-elapsed"}, "0.0 s");
  const cancel = el(document, "button", {type: "button", "data-testid": "sql-cancel"}, "Cancel") as HTMLButtonElement;
  cancel.onclick = () => {
    Object.assign(cancel, {disabled: true, textContent: "Cancelling…"});
    engine.cancel();
  };
  status.replaceChildren(
    el(
      document,
      "p",
      {"data-testid": "sql-running"},
      el(document, "progress", {"aria-label": "Query running"}),
      " ",
      el(document, "span", {role: "status"}, "Running the query…"),
      " ",
      elapsed,
      " ",
      cancel
    )
  );
  const tick = setInterval(() => (elapsed.textContent = `${seconds()} s`), 100);
  // A new query (or leaving the page) stops this one.
  void invalidation?.then(() => engine.cancel());
  try {
    const refusal = refusedQuery(query);
    if (refusal) return {ok: false, message: refusal, explanation: null, refused: true};
    const table = toTable(await engine.run(query, referencedTables(query, tableNames)));
    const columns = table.schema.fields.map((f) => f.name);
    const rows = Array.from(table, (row) => Object.fromEntries(columns.map((c) => [c, plainValue(row[c])])));
    return {ok: true, table, columns, rows, ms: performance.now() - start};
  } catch (error) {
    if (error instanceof QueryCancelled) return {ok: false, cancelled: true, seconds: seconds(), restarted: engine.restarts > restarts};
    const message = String((error as Error)?.message ?? error);
    return {ok: false, message, explanation: explainRefusal(message)};
  } finally {
    clearInterval(tick);
  }
}

/** The outcome of a run, for the status container: rows and time, the cancellation, or the error. */
export function runOutcome(result: SqlRunResult, {document = globalThis.document}: {document?: Document} = {}): HTMLElement {
  if (result.ok)
    return el(
      document,
      "p",
      {role: "status", "data-testid": "sql-status"},
      `${integer(result.rows.length)} ${noun(result.rows.length, "row")}, ${plural(result.columns.length, "column")} in ${fixed(result.ms, 0)} ms.`
    );
  if (result.cancelled)
    return el(
      document,
      "p",
      {role: "status", "data-testid": "sql-status", "data-state": "cancelled"},
      `Query cancelled after ${result.seconds} s.${result.restarted ? " DuckDB was restarted to stop it: the tables load again when a query names them." : ""} Change it or run another.`
    );
  if (result.refused || result.explanation) {
    const text = el(document, "p", {}, el(document, "strong", {}, OUTSIDE_ACCESS_HEADLINE), " ", result.refused ? result.message : result.explanation!);
    return el(
      document,
      "div",
      {role: "alert", class: "sql-error", "data-testid": "sql-error", "data-kind": "outside"},
      text,
      ...(result.refused ? [] : [el(document, "pre", {}, result.message)])
    );
  }
  return el(
    document,
    "div",
    {role: "alert", class: "sql-error", "data-testid": "sql-error"},
    el(document, "p", {}, el(document, "strong", {}, "DuckDB could not run the query.")),
    el(document, "pre", {}, result.message)
  );
}

export interface ResultDownloadOptions {
  /** `Arrow.tableToIPC(table, format)`. */
  toIPC: (table: ResultTable, format: "stream" | "file") => Uint8Array;
  /** The URL of parquet-wasm's WebAssembly module (src/data/parquet-wasm.wasm.ts), asked for on the first Parquet download. */
  parquetWasmUrl: () => Promise<string>;
  document?: Document;
}

/**
 * "Download the result: CSV · Parquet · Arrow" buttons (data-testid sql-downloads), each file made on
 * click; an empty container when there is no result to download. Parquet is written in the browser by
 * parquet-wasm (DuckDB-WASM's own Parquet writer is an extension it would download).
 */
export function ResultDownloads(result: SqlRunResult, {toIPC, parquetWasmUrl, document = globalThis.document}: ResultDownloadOptions): HTMLElement {
  if (!result.ok || !result.columns.length) return el(document, "div", {class: "sql-output", "data-testid": "sql-downloads"});
  const message = el(document, "span", {role: "status", "data-testid": "sql-download-status"});
  const button = (label: string, make: () => Promise<[Blob, string]>): HTMLButtonElement => {
    const b = el(document, "button", {type: "button"}, label) as HTMLButtonElement;
    b.onclick = async () => {
      message.textContent = "";
      try {
        const [blob, filename] = await make();
        saveFile(document, filename, blob);
      } catch (error) {
        message.textContent = ` ${label} failed: ${(error as Error)?.message ?? error}`;
      }
    };
    return b;
  };
  const {table, rows, columns} = result;
  return el(
    document,
    "p",
    {class: "mipex-downloads sql-output", "data-testid": "sql-downloads"},
    "Download the result: ",
    button("CSV", async () => [new Blob([resultCsv(rows, columns)], {type: "text/csv"}), "mipex-query.csv"]),
    " · ",
    button("Parquet", async () => [
      new Blob([(await arrowToParquet(toIPC(table, "stream"), await parquetWasmUrl())) as BlobPart], {type: "application/vnd.apache.parquet"}),
      "mipex-query.parquet"
    ]),
    " · ",
    button("Arrow", async () => [new Blob([toIPC(table, "file") as BlobPart], {type: "application/vnd.apache.arrow.file"}), "mipex-query.arrow"]),
    " ",
    message
  );
}

/** The tables loaded in the background after the first answer: all but observations (≈ 48 MB, loaded only when a query names it). */
export function backgroundTables(names: readonly string[]): string[] {
  return names.filter((name) => name !== "observations");
}
