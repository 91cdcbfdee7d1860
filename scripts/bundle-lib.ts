// Bundles the browser entries in lib/browser/ into src/components/lib/ (gitignored) so that pages run the
// very code the build and the tests run. Framework serves local modules only from inside src/ and only
// rewrites `.js` imports, while lib/ imports `.ts` files, so lib is bundled rather than served as is.
import {readdirSync, rmSync} from "node:fs";
import {join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {build} from "esbuild";

const root = resolve(fileURLToPath(import.meta.url), "..", "..");
const entries = readdirSync(join(root, "lib", "browser")).filter((f) => f.endsWith(".ts")).map((f) => join(root, "lib", "browser", f));
const outdir = join(root, "src", "components", "lib");
rmSync(outdir, {recursive: true, force: true});
const result = await build({
  entryPoints: entries,
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  metafile: true,
  logLevel: "warning"
});
const outputs = Object.entries(result.metafile.outputs).map(([file, {bytes}]) => `${file.replace(`${root}/`, "")} ${(bytes / 1024).toFixed(1)} kB`);
console.log(`bundled lib/browser for the pages:\n  ${outputs.join("\n  ")}`);
