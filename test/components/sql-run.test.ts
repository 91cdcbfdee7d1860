import {JSDOM} from "jsdom";
import {afterEach, describe, expect, it, vi} from "vitest";
import {QueryCancelled, type QueryBatches} from "../../src/components/sql-engine.ts";
import {
  backgroundTables,
  ResultDownloads,
  runOutcome,
  RunStatus,
  runSqlQuery,
  type ResultTable,
  type RunEngine,
  type SqlRunResult
} from "../../src/components/sql-run.ts";

const dom = new JSDOM("<!doctype html><body><div class='sql-output'>old</div></body>", {url: "https://site.test/sql?x=1#top"});
const {document} = dom.window;
const browser = {location: dom.window.location, history: dom.window.history} as unknown as {location: Location; history: History};

/** A result table over plain rows (what Arrow.Table gives the page). */
function table(rows: Record<string, unknown>[]): ResultTable {
  return {schema: {fields: Object.keys(rows[0] ?? {}).map((name) => ({name}))}, [Symbol.iterator]: () => rows[Symbol.iterator]()};
}

function engine(answer: () => Promise<QueryBatches>): RunEngine & {tables: string[][]} {
  const tables: string[][] = [];
  return {
    restarts: 0,
    tables,
    run: (_sql, names) => (tables.push([...names]), answer()),
    cancel: vi.fn()
  };
}

const run = (query: string, e: RunEngine, rows: Record<string, unknown>[] = []) =>
  runSqlQuery(query, {engine: e, tableNames: ["countries", "observations"], status: RunStatus({document}), toTable: () => table(rows), document, browser});

afterEach(() => vi.restoreAllMocks());

describe("runSqlQuery", () => {
  it("writes the query to the address, greys out the old result and returns plain rows", async () => {
    const e = engine(async () => ({schema: null, batches: []}));
    const result = await run("SELECT * FROM countries", e, [{iso3: "SWE", n: 3n}]);
    expect(dom.window.location.search).toBe("?x=1&q=SELECT+*+FROM+countries");
    expect(dom.window.location.hash).toBe("#top");
    expect(document.querySelector(".sql-output")!.classList.contains("sql-stale")).toBe(true);
    expect(e.tables).toEqual([["countries"]]);
    expect(result).toMatchObject({ok: true, columns: ["iso3", "n"], rows: [{iso3: "SWE", n: 3}]});
  });
  it("refuses to install an extension without asking DuckDB", async () => {
    const e = engine(async () => ({schema: null, batches: []}));
    const result = await run("INSTALL httpfs", e);
    expect(result).toMatchObject({ok: false, refused: true});
    expect(e.tables).toEqual([]);
  });
  it("returns a cancellation or an error as a value", async () => {
    expect(
      await run(
        "SELECT 1",
        engine(() => Promise.reject(new QueryCancelled()))
      )
    ).toMatchObject({ok: false, cancelled: true, restarted: false});
    expect(
      await run(
        "SELEC 1",
        engine(() => Promise.reject(new Error("Parser Error: syntax error")))
      )
    ).toMatchObject({
      ok: false,
      message: "Parser Error: syntax error",
      explanation: null
    });
  });
});

describe("runOutcome", () => {
  const ok = (n: number, ms: number): SqlRunResult => ({ok: true, table: table([]), columns: ["a", "b"], rows: Array.from({length: n}, () => ({})), ms});
  it("counts rows and columns", () => {
    expect(runOutcome(ok(1, 12.4), {document}).textContent).toBe("1 row, 2 columns in 12 ms.");
    expect(runOutcome(ok(12345, 3), {document}).textContent).toBe("12,345 rows, 2 columns in 3 ms.");
  });
  it("says a cancelled query was cancelled and shows DuckDB's error", () => {
    const cancelled = runOutcome({ok: false, cancelled: true, seconds: "2.5", restarted: true}, {document});
    expect(cancelled.dataset.state).toBe("cancelled");
    expect(cancelled.textContent).toContain("Query cancelled after 2.5 s. DuckDB was restarted");
    const error = runOutcome({ok: false, message: "Binder Error", explanation: null}, {document});
    expect([error.dataset.testid, error.dataset.kind, error.querySelector("pre")!.textContent]).toEqual(["sql-error", undefined, "Binder Error"]);
    const outside = runOutcome({ok: false, message: "no", explanation: "It read a file.", refused: false}, {document});
    expect(outside.dataset.kind).toBe("outside");
  });
});

describe("ResultDownloads", () => {
  it("offers CSV, Parquet and Arrow for a result, nothing otherwise", () => {
    const options = {toIPC: () => new Uint8Array(), parquetWasmUrl: async () => "x.wasm", document};
    const result: SqlRunResult = {ok: true, table: table([{a: 1}]), columns: ["a"], rows: [{a: 1}], ms: 1};
    expect([...ResultDownloads(result, options).querySelectorAll("button")].map((b) => b.textContent)).toEqual(["CSV", "Parquet", "Arrow"]);
    expect(ResultDownloads({ok: false, message: "x", explanation: null}, options).children.length).toBe(0);
  });
  it("leaves the large observations table out of the background load", () => {
    expect(backgroundTables(["countries", "observations", "files"])).toEqual(["countries", "files"]);
  });
});
