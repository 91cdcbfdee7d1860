import {existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync, mkdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {loaderTarget, runDataLoaders, runLoaderJob, staleLoaders} from "../../scripts/run-data-loaders.ts";

const site = join(import.meta.dirname, "..", "fixtures", "loader-site");
const failingSite = join(import.meta.dirname, "..", "fixtures", "failing-loader-site");
const freshCache = () => mkdtempSync(join(tmpdir(), "mipex-loader-cache-"));

describe("loaderTarget", () => {
  it("maps <output>.<ext>.ts to its output, and nothing else", () => {
    expect(loaderTarget("data/overview.json.ts")).toBe("data/overview.json");
    expect(loaderTarget("data/mipex.zip.ts")).toBe("data/mipex.zip");
    expect(loaderTarget("components/table-downloads.ts")).toBeNull();
    expect(loaderTarget("data/[iso3].json.ts")).toBeNull();
    expect(loaderTarget("embed/observablehq-stdlib.d.ts")).toBeNull();
    expect(loaderTarget("data/.hidden.ts")).toBeNull();
  });
});

describe("staleLoaders", () => {
  it("lists loaders whose cached output is missing or older than the loader, as Framework decides", () => {
    const cache = freshCache();
    expect(staleLoaders(site, cache)).toEqual([
      {loader: "data/greeting.json.ts", target: "data/greeting.json"},
      {loader: "data/pair.zip.ts", target: "data/pair.zip"}
    ]);
    mkdirSync(join(cache, "data"));
    writeFileSync(join(cache, "data", "greeting.json"), "{}");
    expect(staleLoaders(site, cache).map((j) => j.loader)).toEqual(["data/pair.zip.ts"]);
    const past = new Date(2000, 0, 1);
    utimesSync(join(cache, "data", "greeting.json"), past, past);
    expect(staleLoaders(site, cache).map((j) => j.loader)).toEqual(["data/greeting.json.ts", "data/pair.zip.ts"]);
  });
});

describe("runLoaderJob", () => {
  it("writes a loader's output where Framework caches it, and a zip's members beside the zip", async () => {
    const cache = freshCache();
    expect(await runLoaderJob(site, cache, {loader: "data/greeting.json.ts", target: "data/greeting.json"})).toEqual({bytes: 35, members: 0});
    expect(JSON.parse(readFileSync(join(cache, "data", "greeting.json"), "utf8"))).toEqual({greeting: "hello", pid: "number"});
    const zip = await runLoaderJob(site, cache, {loader: "data/pair.zip.ts", target: "data/pair.zip"});
    expect(zip.members).toBe(2);
    expect(readFileSync(join(cache, "data", "pair", "left.csv"), "utf8")).toBe("side\nleft\n");
    expect(readFileSync(join(cache, "data", "pair", "nested", "right.csv"), "utf8")).toBe("side\nright\n");
    expect(existsSync(join(cache, "data", "pair.zip"))).toBe(true);
    expect(staleLoaders(site, cache)).toEqual([]);
  });

  it("refuses a module without a loader as its default export", async () => {
    await expect(runLoaderJob(site, freshCache(), {loader: "data/not-a-loader.ts", target: "data/not-a-loader"})).rejects.toThrow(
      /not-a-loader\.ts has no default export/
    );
  });
});

describe("runDataLoaders", () => {
  it("runs every stale loader in worker processes", async () => {
    const cache = freshCache();
    const results = await runDataLoaders(site, staleLoaders(site, cache), {cacheDir: cache, workers: 2});
    expect(results.map((r) => r.target).sort()).toEqual(["data/greeting.json", "data/pair.zip"]);
    expect(readFileSync(join(cache, "data", "pair", "left.csv"), "utf8")).toBe("side\nleft\n");
  });

  it("fails naming the loader file and its error, and writes no output for it", async () => {
    const cache = freshCache();
    const run = runDataLoaders(failingSite, staleLoaders(failingSite, cache), {cacheDir: cache, workers: 1});
    await expect(run).rejects.toThrow(
      /data loader .*failing-loader-site\/data\/broken\.json\.ts failed: Error: outcomes\/broken\.csv, row 3, column value: not a number/
    );
    expect(existsSync(join(cache, "data", "broken.json"))).toBe(false);
  });
});
