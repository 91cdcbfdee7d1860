/**
 * The SQL console's database (src/sql.md): a DuckDB-WASM that reads only the site's own tables and
 * whose queries can be cancelled.
 *
 * - Locked down before its first query ({@link LOCKDOWN}): no file or URL can be read, no extension
 *   installed or loaded, and no query can change that, because the configuration is locked. A link
 *   `/sql?q=…` therefore cannot make the page contact another host. The site's tables are inserted as
 *   Arrow tables, which needs no external access.
 * - One query at a time, cancellable: a query runs through DuckDB's pending-query API (`send`), which
 *   DuckDB-WASM drives in steps and can stop between two of them (`cancelSent`). A query stuck in one
 *   long step, or in loading a table, does not stop that way: after a grace period the worker is
 *   terminated and a fresh, locked-down DuckDB started (tables load again when a query names them).
 *   A new query first cancels the one before, so a runaway query never blocks the next.
 *
 * The DuckDB itself is injected (`open`), so the page passes Framework's DuckDBClient and the tests a fake.
 */

/** Statements run on every new DuckDB before anything else, in this order (the lock comes last). */
export const LOCKDOWN: readonly string[] = [
  "SET enable_external_access = false",
  "SET autoinstall_known_extensions = false",
  "SET autoload_known_extensions = false",
  "SET allow_community_extensions = false",
  "SET lock_configuration = true"
];

/** The part of a DuckDB-WASM connection (AsyncDuckDBConnection) the engine uses. */
export interface SqlConnection {
  query(sql: string): Promise<unknown>;
  send(sql: string): Promise<AsyncIterable<unknown> & {schema: unknown}>;
  cancelSent(): Promise<boolean>;
  insertArrowTable(table: unknown, options: {name: string; schema: string; create: boolean}): Promise<unknown>;
  close(): Promise<unknown>;
}

/** The part of a DuckDB-WASM database (AsyncDuckDB) the engine uses. */
export interface SqlDatabase {
  connect(): Promise<SqlConnection>;
  terminate(): Promise<unknown>;
}

export interface SqlEngineOptions {
  /** A new, open DuckDB (its own worker) each call. */
  open: () => Promise<SqlDatabase>;
  /** Each table the console offers, by name: a function returning it as an Arrow table. */
  tables: Readonly<Record<string, () => Promise<unknown>>>;
  /** How long a cancelled query may take to stop before the worker is replaced (ms). */
  graceMs?: number;
}

/** A query's answer: the Arrow schema and record batches (`new Arrow.Table(schema, batches)`). */
export interface QueryBatches {
  schema: unknown;
  batches: unknown[];
}

/** What {@link SqlEngine.cancel} did: nothing to cancel, stopped by DuckDB, or stopped by replacing the worker. */
export type CancelOutcome = "idle" | "stopped" | "restarted";

/** The error a cancelled query fails with. */
export class QueryCancelled extends Error {
  constructor() {
    super("The query was cancelled.");
    this.name = "QueryCancelled";
  }
}

interface Run {
  cancelled: boolean;
  connection?: SqlConnection;
  /** Resolves when the query's work has finished, however it ended. */
  settled: Promise<void>;
  /** Ends the run at once with `error` (its work may go on in a terminated worker and never settle). */
  abort(error: Error): void;
  aborted: Promise<never>;
}

function newRun(): Run {
  let abort!: (error: Error) => void;
  const aborted = new Promise<never>((_, reject) => (abort = reject));
  aborted.catch(() => {});
  return {cancelled: false, settled: Promise.resolve(), abort, aborted};
}

/** True if `promise` settles within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([
      promise.then(
        () => true,
        () => true
      ),
      late
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export class SqlEngine {
  readonly #open: () => Promise<SqlDatabase>;
  readonly #tables: Readonly<Record<string, () => Promise<unknown>>>;
  readonly #graceMs: number;
  #database: Promise<SqlDatabase> | undefined;
  readonly #loaded = new Map<string, Promise<void>>();
  #running: Run | undefined;
  /** How many times a stuck query made the engine replace its DuckDB. */
  restarts = 0;

  constructor({open, tables, graceMs = 3000}: SqlEngineOptions) {
    this.#open = open;
    this.#tables = tables;
    this.#graceMs = graceMs;
  }

  /** Whether a query is running. */
  get running(): boolean {
    return this.#running !== undefined;
  }

  /** The current DuckDB, opened and locked down on first use. */
  database(): Promise<SqlDatabase> {
    if (!this.#database) {
      const database = this.#start();
      // A DuckDB that failed to start is not kept: the next call tries again.
      database.catch(() => {
        if (this.#database === database) this.#database = undefined;
      });
      this.#database = database;
    }
    return this.#database;
  }

  async #start(): Promise<SqlDatabase> {
    const database = await this.#open();
    const connection = await database.connect();
    try {
      for (const statement of LOCKDOWN) await connection.query(statement);
    } finally {
      await connection.close();
    }
    return database;
  }

  /** Insert table `name` into DuckDB, once (again after a restart). */
  loadTable(name: string): Promise<void> {
    let loading = this.#loaded.get(name);
    if (!loading) {
      const table = this.#tables[name];
      if (!table) return Promise.reject(new Error(`No table named ${name}.`));
      loading = (async () => {
        const [arrow, database] = await Promise.all([table(), this.database()]);
        const connection = await database.connect();
        try {
          await connection.insertArrowTable(arrow, {name, schema: "main", create: true});
        } finally {
          await connection.close();
        }
      })();
      const attempt = loading;
      attempt.catch(() => {
        if (this.#loaded.get(name) === attempt) this.#loaded.delete(name);
      });
      this.#loaded.set(name, attempt);
    }
    return loading;
  }

  /**
   * Run `sql` once the tables it reads (`tableNames`) are loaded, after cancelling any query still
   * running. Fails with {@link QueryCancelled} if cancelled, else with DuckDB's error.
   */
  async run(sql: string, tableNames: readonly string[]): Promise<QueryBatches> {
    // Another run may start while this one waits for the cancel: wait until none is running.
    while (this.#running) await this.cancel();
    const run = newRun();
    this.#running = run;
    const work = (async (): Promise<QueryBatches> => {
      await Promise.all(tableNames.map((name) => this.loadTable(name)));
      if (run.cancelled) throw new QueryCancelled();
      const connection = await (await this.database()).connect();
      run.connection = connection;
      try {
        if (run.cancelled) throw new QueryCancelled();
        const reader = await connection.send(sql);
        const batches: unknown[] = [];
        for await (const batch of reader) batches.push(batch);
        return {schema: reader.schema, batches};
      } catch (error) {
        throw run.cancelled ? new QueryCancelled() : error;
      } finally {
        run.connection = undefined;
        await connection.close().catch(() => {});
      }
    })();
    run.settled = work.then(
      () => {},
      () => {}
    );
    try {
      return await Promise.race([work, run.aborted]);
    } finally {
      if (this.#running === run) this.#running = undefined;
    }
  }

  /**
   * Stop the running query, if any: ask DuckDB to cancel it, and if it has not stopped within the grace
   * period, terminate the worker and start a new DuckDB. Resolves once the engine can take a new query.
   */
  async cancel(): Promise<CancelOutcome> {
    const run = this.#running;
    if (!run) return "idle";
    run.cancelled = true;
    run.connection?.cancelSent().catch(() => false);
    if (await settlesWithin(run.settled, this.#graceMs)) return "stopped";
    run.abort(new QueryCancelled());
    if (this.#running === run) this.#running = undefined;
    await this.restart();
    return "restarted";
  }

  /** Terminate the current DuckDB; the next query starts a new one and loads its tables again. */
  async restart(): Promise<void> {
    const old = this.#database;
    this.#database = undefined;
    this.#loaded.clear();
    this.restarts++;
    if (old) await old.then((database) => database.terminate()).catch(() => {});
  }
}
