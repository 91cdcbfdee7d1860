import {TABLE_SPECS, type TableSpec} from "../../lib/mipex/table-specs.ts";
import type {WorkspaceTables} from "../mipex/load-mipex.ts";

export type TableFormat = "csv" | "parquet" | "arrow";
export const TABLE_FORMATS: readonly TableFormat[] = ["csv", "parquet", "arrow"];

/**
 * Every MIPEX table with its spec, in the order of TABLE_SPECS.
 *
 * @example
 * specsWithRows(tables).map(({spec}) => spec.name) // ["countries", "indicators", ...]
 */
export function specsWithRows(tables: WorkspaceTables): {spec: TableSpec; rows: Record<string, unknown>[]}[] {
  return TABLE_SPECS.map((spec) => {
    const rows = (tables as unknown as Record<string, Record<string, unknown>[] | undefined>)[spec.name];
    if (!rows) throw new Error(`The loaders produced no table "${spec.name}"`);
    return {spec, rows};
  });
}

/** Throws when two rows share the table's key: the tables promise one row per key. */
export function assertUniqueKeys(spec: TableSpec, rows: readonly Record<string, unknown>[]): void {
  const seen = new Map<string, number>();
  const [first, ...rest] = spec.key;
  // Joined in a loop, not with map().join(): `mipex check` runs this on 67,000 rows each time.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let key = String(row[first]);
    for (const k of rest) key += " | " + String(row[k]);
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new Error(`${spec.name}: rows ${earlier + 1} and ${i + 1} share the key ${spec.key.join(", ")} = ${key}`);
    seen.set(key, i);
  }
}
