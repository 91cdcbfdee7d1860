// Everything `npm run build` and `npm run dev` do before Framework starts, in one process (each step
// as its own tsx process cost a second or more of start-up):
//  1. fill Framework's npm cache from node_modules, so nothing is fetched from a CDN (docs/offline-build.md);
//  2. bundle lib/browser for the pages (scripts/bundle-lib.ts);
//  3. empty Framework's loader cache if loader code or source data changed (scripts/invalidate-loader-cache.ts);
//  4. read and validate the MIPEX sources once, failing early with a clear message, and leave the
//     tables in the cache every data loader reads (loaders/mipex/cached-tables.ts).
//  5. run the stale data loaders, one worker per core, into Framework's cache (scripts/run-data-loaders.ts).
// `npm run build` (scripts/build.ts) runs it with MIPEX_DIST set to a new, empty staging folder, which
// Framework then fills.
import {join} from "node:path";
import {PROJECT_ROOT} from "../loaders/data-sources.ts";
import {fillNpmCache} from "./fill-npm-cache.ts";
import {prebuildDataLoaders} from "./run-data-loaders.ts";

try {
  await fillNpmCache();
  await import("./bundle-lib.ts");
  await import("./invalidate-loader-cache.ts");
  const {cachedMipex} = await import("../loaders/mipex/cached-tables.ts");
  await cachedMipex();
  await prebuildDataLoaders(join(PROJECT_ROOT, "src"));
} catch (error) {
  console.error(`prebuild: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
