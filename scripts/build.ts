// `npm run build`: the whole site, into $MIPEX_DIST or dist/, never leaving a partial site there. The
// build writes into a staging folder beside the output (lib/site/staged-build.ts) and replaces the output
// only once all three steps have finished:
//  1. scripts/prebuild.ts: npm cache, lib bundle, sources checked, data loaders (see that file);
//  2. `observable build` (observablehq.config.ts reads its output folder from MIPEX_DIST);
//  3. scripts/fix-built-html.ts: accessibility fixes and the Content-Security-Policy of every page.
import {join, resolve} from "node:path";
import {stagedBuild, runStep} from "../lib/site/staged-build.ts";
import {PROJECT_ROOT} from "../loaders/data-sources.ts";
import {fixBuiltHtml} from "./fix-built-html.ts";

const output = resolve(process.env.MIPEX_DIST ?? join(PROJECT_ROOT, "dist"));
const bin = (name: string) => join(PROJECT_ROOT, "node_modules", ".bin", name);

try {
  await stagedBuild(output, async (staging) => {
    // Framework posts usage events unless told not to: a research build never phones home.
    const options = {cwd: PROJECT_ROOT, env: {...process.env, MIPEX_DIST: staging, OBSERVABLE_TELEMETRY_DISABLE: "true"}};
    await runStep(bin("tsx"), ["scripts/prebuild.ts"], options);
    await runStep(bin("observable"), ["build"], options);
    fixBuiltHtml(staging);
  });
  console.log(`site built in ${output}`);
} catch (error) {
  console.error(`build failed, ${output} left as it was: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
