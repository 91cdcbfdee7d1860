import {describe, expect, it} from "vitest";
import {LOCKDOWN, QueryCancelled, SqlEngine, type SqlConnection, type SqlDatabase} from "../../src/components/sql-engine.ts";

/**
 * A fake DuckDB-WASM: records every statement, answers "SELECT 1" at once, runs "SLOW" until cancelSent
 * (as DuckDB's pending queries do) and "STUCK" forever whatever it is told (as one long step does).
 */
class FakeDatabase implements SqlDatabase {
  log: string[] = [];
  terminated = false;
  constructor(readonly id: number) {}
  async connect(): Promise<SqlConnection> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the connection closes over its database
    const db = this;
    let cancel: ((error: Error) => void) | undefined;
    return {
      async query(sql) {
        db.log.push(`query ${sql}`);
      },
      async send(sql) {
        db.log.push(`send ${sql}`);
        if (sql === "SLOW") await new Promise((_, reject) => (cancel = reject));
        if (sql === "STUCK") await new Promise(() => {});
        if (sql.startsWith("FAIL")) throw new Error("Parser Error: syntax error");
        return Object.assign(
          (async function* () {
            yield `batch of ${sql} on db ${db.id}`;
          })(),
          {schema: `schema of ${sql}`}
        );
      },
      async cancelSent() {
        db.log.push("cancelSent");
        cancel?.(new Error("query was canceled"));
        return cancel !== undefined;
      },
      async insertArrowTable(_table, {name}) {
        db.log.push(`insert ${name}`);
      },
      async close() {}
    };
  }
  async terminate() {
    this.terminated = true;
  }
}

function engine(graceMs = 50) {
  const databases: FakeDatabase[] = [];
  const fetched: string[] = [];
  const tables = Object.fromEntries(["countries", "area_scores"].map((name) => [name, async () => (fetched.push(name), `arrow ${name}`)]));
  const sql = new SqlEngine({open: async () => (databases.push(new FakeDatabase(databases.length)), databases.at(-1)!), tables, graceMs});
  return {sql, databases, fetched};
}

describe("SqlEngine", () => {
  it("locks the database down before anything else, in order, once", async () => {
    const {sql, databases} = engine();
    await sql.run("SELECT 1", ["countries"]);
    await sql.run("SELECT 1", []);
    expect(databases).toHaveLength(1);
    expect(databases[0].log.slice(0, LOCKDOWN.length)).toEqual(LOCKDOWN.map((s) => `query ${s}`));
    expect(LOCKDOWN.at(-1)).toBe("SET lock_configuration = true");
    expect(LOCKDOWN).toContain("SET enable_external_access = false");
  });

  it("loads the tables a query names, once each, and returns the batches", async () => {
    const {sql, databases, fetched} = engine();
    expect(await sql.run("SELECT 1", ["countries"])).toEqual({schema: "schema of SELECT 1", batches: ["batch of SELECT 1 on db 0"]});
    await sql.run("SELECT 1", ["countries", "area_scores"]);
    expect(fetched).toEqual(["countries", "area_scores"]);
    expect(databases[0].log.filter((l) => l.startsWith("insert"))).toEqual(["insert countries", "insert area_scores"]);
  });

  it("passes DuckDB's error on", async () => {
    const {sql} = engine();
    await expect(sql.run("FAIL", [])).rejects.toThrow("Parser Error");
    expect(sql.running).toBe(false);
  });

  it("cancels a query DuckDB can stop, and runs the next on the same database", async () => {
    const {sql, databases} = engine();
    const slow = sql.run("SLOW", ["countries"]);
    await new Promise((r) => setTimeout(r, 10));
    expect(sql.running).toBe(true);
    expect(await sql.cancel()).toBe("stopped");
    await expect(slow).rejects.toBeInstanceOf(QueryCancelled);
    expect(await sql.run("SELECT 1", [])).toEqual({schema: "schema of SELECT 1", batches: ["batch of SELECT 1 on db 0"]});
    expect(sql.restarts).toBe(0);
    expect(databases).toHaveLength(1);
  });

  it("replaces a database stuck in a query, locks the new one down and loads its tables again", async () => {
    const {sql, databases, fetched} = engine();
    const stuck = sql.run("STUCK", ["countries"]);
    await new Promise((r) => setTimeout(r, 10));
    expect(await sql.cancel()).toBe("restarted");
    await expect(stuck).rejects.toBeInstanceOf(QueryCancelled);
    expect(databases[0].terminated).toBe(true);
    expect(await sql.run("SELECT 1", ["countries"])).toEqual({schema: "schema of SELECT 1", batches: ["batch of SELECT 1 on db 1"]});
    expect(databases[1].log).toEqual([...LOCKDOWN.map((s) => `query ${s}`), "insert countries", "send SELECT 1"]);
    expect(fetched).toEqual(["countries", "countries"]);
    expect(sql.restarts).toBe(1);
  });

  it("cancels the running query when a new one starts", async () => {
    const {sql} = engine();
    const slow = sql.run("SLOW", []);
    await new Promise((r) => setTimeout(r, 10));
    const next = sql.run("SELECT 1", []);
    await expect(slow).rejects.toBeInstanceOf(QueryCancelled);
    expect((await next).batches).toEqual(["batch of SELECT 1 on db 0"]);
  });

  it("says when there is nothing to cancel", async () => {
    expect(await engine().sql.cancel()).toBe("idle");
  });

  it("opens a new database after one failed to start", async () => {
    let attempts = 0;
    const sql = new SqlEngine({
      open: async () => {
        if (attempts++ === 0) throw new Error("worker failed");
        return new FakeDatabase(attempts);
      },
      tables: {}
    });
    await expect(sql.run("SELECT 1", [])).rejects.toThrow("worker failed");
    expect((await sql.run("SELECT 1", [])).batches).toHaveLength(1);
  });
});
