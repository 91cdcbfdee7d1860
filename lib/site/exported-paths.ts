/**
 * Paths the site exports at stable, unhashed URLs (Framework's `dynamicPaths`: "exported files" and
 * "exported modules", https://observablehq.com/framework/embeds). Pages reference files through
 * FileAttachment, which gives content-hashed URLs under /_file/; these copies keep one address across
 * builds, so other sites can link, hotlink or import them:
 *   /data/datapackage.json and the CSV/Parquet/Arrow files it points at (data/mipex/<table>.<ext>,
 *   data/outcomes/<table>.<ext>);
 *   /embed/ranking-chart.js, a JavaScript module exporting the ranking chart for embedding.
 *
 * Read by observablehq.config.ts at build time only (config code, so it may look at the file system).
 * A path is exported only when the file that makes it exists under the source root, so a site that
 * spreads the project's config (test/browser/fixture-site) builds without them.
 */
import {existsSync} from "node:fs";
import {resolve} from "node:path";
import {TABLE_SPECS} from "../mipex/table-specs.ts";
import {OUTCOME_TABLE_SPECS} from "../outcomes/table-specs.ts";

export const EXPORTED_TABLE_FORMATS = ["csv", "parquet", "arrow"] as const;

/**
 * @param root Framework source root, relative to the working directory of `observable build`.
 * @example
 * exportedPaths("src").includes("/data/mipex/countries.csv") // true
 */
export function exportedPaths(root = "src"): string[] {
  const has = (source: string): boolean => existsSync(resolve(root, source));
  return [
    ...(has("data/datapackage.json.ts") ? ["/data/datapackage.json"] : []),
    ...(has("data/mipex.zip.ts") ? TABLE_SPECS.flatMap(({name}) => EXPORTED_TABLE_FORMATS.map((ext) => `/data/mipex/${name}.${ext}`)) : []),
    ...(has("data/outcomes.zip.ts") ? OUTCOME_TABLE_SPECS.flatMap(({name}) => EXPORTED_TABLE_FORMATS.map((ext) => `/data/outcomes/${name}.${ext}`)) : []),
    ...(has("embed/ranking-chart.ts") ? ["/embed/ranking-chart.js"] : [])
  ];
}
