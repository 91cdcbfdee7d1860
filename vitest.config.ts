import {dirname, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {defineConfig, type Plugin} from "vitest/config";

const root = dirname(fileURLToPath(import.meta.url));

// Components import lib code as "./lib/<name>.js", the bundle scripts/bundle-lib.ts writes from
// lib/browser/<name>.ts; the tests run the source itself (tsconfig.json's rootDirs does the same for tsc).
const browserLib: Plugin = {
  name: "mipex-browser-lib",
  enforce: "pre",
  resolveId(source, importer) {
    const match = /^\.\/lib\/([\w-]+)\.js$/.exec(source);
    if (!match || !importer || dirname(importer) !== resolve(root, "src/components")) return null;
    return resolve(root, "lib/browser", `${match[1]}.ts`);
  }
};

// Unit tests: lib, loaders, components (JSDOM) and the CLI. Browser tests live in test/browser and run
// through vitest.browser.config.ts after a build, because they need dist/ and Chromium.
export default defineConfig({
  plugins: [browserLib],
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/browser/**", "node_modules/**"],
    // One module graph per worker, not one per test file: re-importing Plot, d3, JSDOM, exceljs and the
    // tables for each of 70 files was most of the suite's time (collect ≈ 24 s, CPU 55 s → 10 s on the stats
    // and component tests). Shared state is safe here: the cached tables are frozen (deepFreeze), tests
    // restore their spies (vi.restoreAllMocks) and env stubs (vi.unstubAllEnvs).
    isolate: false,
    // Both cores: vitest's default on a 2-core machine is one worker (cores − 1), which ran the 116 files one
    // after another. Two workers each keep their own cached tables and outcomes (≈ 0.3 s each to read).
    maxWorkers: 2,
    minWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
});
