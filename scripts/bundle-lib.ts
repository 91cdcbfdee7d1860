// Bundles the browser entries in lib/browser/ into src/components/lib/ (gitignored) so that pages run the
// very code the build and the tests run. Framework serves local modules only from inside src/ and only
// rewrites `.js` imports, while lib/ imports `.ts` files, so lib is bundled rather than served as is.
import {readdirSync, rmSync, writeFileSync} from "node:fs";
import {basename, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {build, type Plugin} from "esbuild";
import worldCountries from "world-countries";

const root = resolve(fileURLToPath(import.meta.url), "..", "..");
const entries = readdirSync(join(root, "lib", "browser"))
  .filter((f) => f.endsWith(".ts"))
  .map((f) => join(root, "lib", "browser", f));
const outdir = join(root, "src", "components", "lib");

// lib/countries reads five fields of world-countries; the whole package (translations, borders, ...)
// would make up most of a page's JavaScript, so the browser bundle gets only those fields.
const slimWorldCountries: Plugin = {
  name: "slim-world-countries",
  setup(build) {
    build.onResolve({filter: /^world-countries$/}, () => ({path: "world-countries", namespace: "slim"}));
    build.onLoad({filter: /.*/, namespace: "slim"}, () => {
      const countries = (
        worldCountries as unknown as {cca2: string; cca3: string; ccn3: string; name: {common: string}; region: string; subregion: string}[]
      ).map(({cca2, cca3, ccn3, name, region, subregion}) => ({cca2, cca3, ccn3, name: {common: name.common}, region, subregion}));
      return {contents: `export default ${JSON.stringify(countries)};`, loader: "js"};
    });
  }
};
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
  plugins: [slimWorldCountries],
  logLevel: "warning"
});
// A declaration beside each bundle, pointing at its source: TypeScript resolves a component's
// "./lib/<name>.js" to lib/browser/<name>.ts through tsconfig.json's rootDirs, but once the bundle exists
// it would find the untyped .js first.
for (const entry of entries) {
  const name = basename(entry, ".ts");
  writeFileSync(
    join(outdir, `${name}.d.ts`),
    `// Written by scripts/bundle-lib.ts: the types of ${name}.js are its source's.\nexport * from "../../../lib/browser/${name}.ts";\n`
  );
}
const outputs = Object.entries(result.metafile.outputs).map(([file, {bytes}]) => `${file.replace(`${root}/`, "")} ${(bytes / 1024).toFixed(1)} kB`);
console.log(`bundled lib/browser for the pages:\n  ${outputs.join("\n  ")}`);
