// The robustness page's Web Worker as one self-contained classic script (lib/robustness/worker-entry.ts and
// everything it imports, bundled by esbuild), served from the site's own origin as a file attachment:
//   const worker = new Worker(await FileAttachment("data/robustness-worker.js").url());
// A worker cannot import the page's split chunks (scripts/bundle-lib.ts), so it is bundled on its own here.
import {fileURLToPath} from "node:url";
import {build} from "esbuild";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("../../lib/robustness/worker-entry.ts", import.meta.url))],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "warning"
  });
  return result.outputFiles[0].text;
});
