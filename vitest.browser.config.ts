import {defineConfig} from "vitest/config";

// Browser tests: build output (dist/ and a fixture site built by the tests) served on 127.0.0.1 and
// opened in headless Chromium. Run after `npm run build`: `npm run test:browser`.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // One Chromium at a time: the machine has 2 cores and DuckDB-WASM is heavy.
    pool: "forks",
    poolOptions: {forks: {singleFork: true}},
    fileParallelism: false
  }
});
