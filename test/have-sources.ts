import {existsSync} from "node:fs";
import {join} from "node:path";
import {dataDirectories, locateSource} from "../loaders/data-sources.ts";

/** The outcome files' folder beside the workbooks (`<data dir>/outcomes`), when there is one. */
export function sharedOutcomesDir(): string | undefined {
  return dataDirectories()
    .map((dir) => join(dir, "outcomes"))
    .find((dir) => existsSync(dir));
}

/**
 * The first of the named sources (data/manifest.json ids, or "outcomes" for the outcome files' folder)
 * that cannot be found, as a reason to print, or undefined when all are there.
 *
 * @example (needs the workbooks)
 * missingSource("mipex_core") // undefined
 */
export function missingSource(...ids: string[]): string | undefined {
  for (const id of ids) {
    if (id === "outcomes") {
      if (!sharedOutcomesDir()) return "no outcomes/ folder in $MIPEX_DATA_DIR, data/raw or ../shared/data";
      continue;
    }
    try {
      locateSource(id, {warn: () => {}});
    } catch {
      return `source ${id} not found in $MIPEX_DATA_DIR, data/raw or ../shared/data`;
    }
  }
  return undefined;
}

/**
 * Whether every named source can be found, so that tests on the real MIPEX data skip, rather than fail,
 * where ../shared/data is not beside the checkout. Pair it with `needing()` so the skip says why.
 *
 * @example (needs the workbooks)
 * describe.skipIf(!haveSources("mipex_core"))(needing("on the real workbook", "mipex_core"), () => { ... });
 */
export function haveSources(...ids: string[]): boolean {
  return missingSource(...ids) === undefined;
}

/**
 * A describe() title that, when a source is missing, says so: "title [skipped: source mipex_core not found …]".
 *
 * @example
 * needing("on the real workbook") // "on the real workbook"
 */
export function needing(title: string, ...ids: string[]): string {
  const missing = missingSource(...ids);
  return missing ? `${title} [skipped: ${missing}]` : title;
}
