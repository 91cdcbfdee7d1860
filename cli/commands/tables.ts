import {mkdirSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {parseArgs} from "node:util";
import {TABLE_FORMATS, type TableFormat} from "../../loaders/tables/workspace-tables.ts";
import {UsageError} from "./command.ts";

/** `mipex tables --out DIR [--format csv|parquet|arrow]`: every tidy table, one file each. */
export async function run(args: string[], usage: string): Promise<number> {
  const {values} = parseArgs({args, options: {out: {type: "string"}, format: {type: "string", default: "csv"}}});
  if (!values.out) throw new UsageError(`tables needs --out DIR.\n\n${usage}`);
  const format = values.format as TableFormat;
  if (!TABLE_FORMATS.includes(format)) throw new UsageError(`Unknown format "${values.format}"; use one of ${TABLE_FORMATS.join(", ")}.`);
  const [{cachedMipex}, {encodeTables}, {assertUniqueKeys, specsWithRows}] = await Promise.all([
    import("../../loaders/mipex/cached-tables.ts"),
    import("../../loaders/tables/encode.ts"),
    import("../../loaders/tables/workspace-tables.ts")
  ]);
  const {tables} = await cachedMipex();
  const all = specsWithRows(tables);
  for (const {spec, rows} of all) assertUniqueKeys(spec, rows);
  const out = resolve(values.out);
  mkdirSync(out, {recursive: true});
  for (const [name, bytes] of await encodeTables(all, format)) {
    writeFileSync(join(out, name), bytes);
    console.log(`${join(out, name)}  ${all.find((t) => name.startsWith(`${t.spec.name}.`))!.rows.length} rows`);
  }
  return 0;
}
