import {copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, join} from "node:path";
import {describe, expect, it, vi} from "vitest";
import {cachedMipex, tableCacheFile} from "../../../loaders/mipex/cached-tables.ts";
import {haveSources, needing} from "../../have-sources.ts";

const SOURCES = ["mipex_core", "mipex_eu", "approach_groups"];

describe.skipIf(!haveSources(...SOURCES))(needing("the table cache", ...SOURCES), () => {
  it("a corrupt cache file is named, discarded and rebuilt", async () => {
    // Start from a copy of the project's cache (filled by the first test that needs the tables): each
    // rebuild below reads both workbooks again, and that is the cost worth paying only where it is tested.
    await cachedMipex();
    const cacheDir = mkdtempSync(join(tmpdir(), "mipex-cache-"));
    copyFileSync(tableCacheFile(), join(cacheDir, basename(tableCacheFile())));
    vi.stubEnv("MIPEX_CACHE_DIR", cacheDir);
    try {
      // CACHE_DIR is read when the module loads, and other test files share this worker's modules.
      vi.resetModules();
      const first = await import("../../../loaders/mipex/cached-tables.ts");
      const {tables} = await first.cachedMipex({warn: () => {}});
      const [name] = readdirSync(cacheDir);
      const file = join(cacheDir, name);
      // A build killed while writing: the file ends mid-way.
      const whole = readFileSync(file, "utf8");
      writeFileSync(file, whole.slice(0, 1000));
      vi.resetModules();
      const again = await import("../../../loaders/mipex/cached-tables.ts");
      const warnings: string[] = [];
      const rebuilt = await again.cachedMipex({warn: (m) => warnings.push(m)});
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(
        new RegExp(
          `^the table cache ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is corrupt \\(not JSON: .+\\); discarded, the tables are read again from the workbooks$`
        )
      );
      expect(rebuilt.tables.area_scores.length).toBe(tables.area_scores.length);
      expect(readFileSync(file, "utf8")).toBe(whole);
      // A file that parses but lacks a table is corrupt too, and is reported as such (the rebuild that
      // follows is the one tested above: each costs a read of both workbooks).
      const parsed = JSON.parse(whole) as {tables: Record<string, unknown>};
      delete parsed.tables.comments;
      writeFileSync(file, JSON.stringify(parsed));
      expect(again.readTableCache(file)).toEqual({problem: "no comments table"});
      writeFileSync(file, JSON.stringify({...parsed, sources: undefined}));
      expect(again.readTableCache(file)).toEqual({problem: "no tables or sources"});
    } finally {
      vi.unstubAllEnvs();
    }
  }, 300_000);
});
