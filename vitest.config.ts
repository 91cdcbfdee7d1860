import {defineConfig} from "vitest/config";

// Unit tests: lib, loaders, components (JSDOM) and the CLI. Browser tests live in test/browser and run
// through vitest.browser.config.ts after a build, because they need dist/ and Chromium.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/browser/**", "node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
});
