import {spawnSync} from "node:child_process";
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it, vi} from "vitest";
import {main} from "../../cli/mipex.ts";
import {PROJECT_ROOT, locateSource} from "../../loaders/data-sources.ts";
import {writeCraftedWorkbook} from "../fixtures/mipex/craft-workbook.ts";
import {haveSources} from "../have-sources.ts";

const WORKBOOKS = ["mipex_core", "mipex_eu", "approach_groups"];

/** The CLI as `npm run mipex` runs it (cli/run.mjs: the compiled copy), in its own process. */
function mipexProcess(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, "cli", "run.mjs"), ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: {...process.env, ...env},
    timeout: 120_000
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** The CLI's main() in this process, with what it prints: starting a process per test cost seconds each. */
async function mipex(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => void out.push(parts.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...parts: unknown[]) => void err.push(parts.join(" ")));
  const code = await main(args);
  return {code, stdout: out.join("\n"), stderr: err.join("\n")};
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.skipIf(!haveSources(...WORKBOOKS))("npm run mipex, on the official workbooks", () => {
  it("check: prints countries, years, indicators and mismatch counts", async () => {
    const {code, stdout} = await mipex(["check"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Countries: 56/);
    expect(stdout).toMatch(/Edition 2020: 56 countries, years 2007–2020/);
    expect(stdout).toMatch(/area scores: +\d+ published, \d+ recomputed, 0 mismatches/);
  });

  it("tables: writes one CSV per table, header row first", async () => {
    const out = mkdtempSync(join(tmpdir(), "mipex-tables-"));
    const {code} = await mipex(["tables", "--out", out, "--format", "csv"]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      ["approach_groups", "area_scores", "comments", "countries", "indicator_scores", "indicators", "load_warnings", "overall_scores"].map((t) => `${t}.csv`)
    );
    expect(readFileSync(join(out, "area_scores.csv"), "utf8").split("\n")[0]).toBe("iso3,year,edition,area,published,recomputed,mismatch,note,source_cell");
  });

  it("reproduce --json: an array of findings with exactly the agreed keys", async () => {
    const {code, stdout} = await mipex(["reproduce", "--json"]);
    expect(code).toBe(0);
    const findings = JSON.parse(stdout) as Record<string, unknown>[];
    expect(Object.keys(findings[0])).toEqual(["id", "description", "computed", "published", "difference", "status"]);
    expect(findings.find((f) => f.id === "overall.2019.SWE")).toMatchObject({status: "match"});
  });

  // In its own process: the sources and the cache folder are read from the environment at start-up.
  it("exits non-zero with a clear message on bad input", async () => {
    const data = mkdtempSync(join(tmpdir(), "mipex-data-"));
    mkdirSync(join(data, "mipex"));
    await writeCraftedWorkbook(join(data, "mipex", "mipex_core_2007-2019.xlsx"), [{name: "SE", years: [2019]}]);
    copyFileSync(locateSource("mipex_eu").file, join(data, "mipex", "mipex_EU_2020-2024.xlsx"));
    copyFileSync(locateSource("approach_groups").file, join(data, "mipex", "approach_groups_published.csv"));
    const {code, stderr} = mipexProcess(["check"], {MIPEX_DATA_DIR: data, MIPEX_CACHE_DIR: mkdtempSync(join(tmpdir(), "mipex-cache-"))});
    expect(code).toBe(1);
    expect(stderr).toMatch(/warning: .*mipex_core_2007-2019\.xlsx differs from the version the workspace was checked against/);
    expect(stderr).toMatch(/mipex: mipex_core_2007-2019\.xlsx: missing country sheets AE, AL, /);
  });
});

describe("npm run mipex, usage", () => {
  it("exits 2 on a usage error, in its own process, with the usage on stderr", () => {
    const {code, stderr} = mipexProcess(["frobnicate"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Unknown command "frobnicate"\.\n\nUsage: npm run mipex -- <command>/);
  });

  it("exits 2 on a bad option value, a missing option or an unknown option; 0 for --help", async () => {
    expect((await mipex(["tables", "--format", "xls", "--out", "/tmp/x"])).stderr).toBe('Unknown format "xls"; use one of csv, parquet, arrow.');
    expect((await mipex(["tables", "--format", "xls", "--out", "/tmp/x"])).code).toBe(2);
    expect(await mipex(["tables"])).toMatchObject({code: 2, stderr: expect.stringMatching(/^tables needs --out DIR\.\n\nUsage:/)});
    expect(await mipex(["check", "--bogus"])).toMatchObject({code: 2, stderr: expect.stringMatching(/^Unknown option '--bogus'/)});
    expect(await mipex([])).toMatchObject({code: 2, stdout: expect.stringMatching(/^Usage:/)});
    expect(await mipex(["--help"])).toMatchObject({code: 0, stdout: expect.stringMatching(/^Usage:/)});
  });
});
