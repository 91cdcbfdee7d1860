import {spawn, spawnSync} from "node:child_process";
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {PROJECT_ROOT, locateSource} from "../../loaders/data-sources.ts";
import {writeCraftedWorkbook} from "../fixtures/mipex/craft-workbook.ts";

function mipex(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "cli", "mipex.ts"), ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: {...process.env, ...env},
    timeout: 120_000
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe("npm run mipex", () => {
  it("check: prints countries, years, indicators and mismatch counts", () => {
    const {code, stdout} = mipex(["check"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Countries: 56/);
    expect(stdout).toMatch(/Edition 2020: 56 countries, years 2007–2020/);
    expect(stdout).toMatch(/area scores: +\d+ published, \d+ recomputed, 0 mismatches/);
  });

  it("tables: writes one CSV per table, header row first", () => {
    const out = mkdtempSync(join(tmpdir(), "mipex-tables-"));
    const {code} = mipex(["tables", "--out", out, "--format", "csv"]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      ["approach_groups", "area_scores", "comments", "countries", "indicator_scores", "indicators", "load_warnings", "overall_scores"].map((t) => `${t}.csv`)
    );
    expect(readFileSync(join(out, "area_scores.csv"), "utf8").split("\n")[0]).toBe("iso3,year,edition,area,published,recomputed,mismatch,note,source_cell");
  });

  it("reproduce --json: an array of findings with exactly the agreed keys", () => {
    const {code, stdout} = mipex(["reproduce", "--json"]);
    expect(code).toBe(0);
    const findings = JSON.parse(stdout) as Record<string, unknown>[];
    expect(Object.keys(findings[0])).toEqual(["id", "description", "computed", "published", "difference", "status"]);
    expect(findings.find((f) => f.id === "overall.2019.SWE")).toMatchObject({status: "match"});
  });

  it("exits non-zero with a clear message on bad input", async () => {
    const data = mkdtempSync(join(tmpdir(), "mipex-data-"));
    mkdirSync(join(data, "mipex"));
    await writeCraftedWorkbook(join(data, "mipex", "mipex_core_2007-2019.xlsx"), [{name: "SE", years: [2019]}]);
    copyFileSync(locateSource("mipex_eu").file, join(data, "mipex", "mipex_EU_2020-2024.xlsx"));
    copyFileSync(locateSource("approach_groups").file, join(data, "mipex", "approach_groups_published.csv"));
    const {code, stderr} = mipex(["check"], {MIPEX_DATA_DIR: data, MIPEX_CACHE_DIR: mkdtempSync(join(tmpdir(), "mipex-cache-"))});
    expect(code).toBe(1);
    expect(stderr).toMatch(/warning: .*mipex_core_2007-2019\.xlsx differs from the version the workspace was checked against/);
    expect(stderr).toMatch(/mipex: mipex_core_2007-2019\.xlsx: missing country sheets AE, AL, /);
  });

  it("reproduce | head: stops quietly when the reader closes the pipe (no EPIPE stack trace)", async () => {
    const cli = `"${process.execPath}" --import tsx "${join(PROJECT_ROOT, "cli", "mipex.ts")}"`;
    // Asynchronous: reproduce takes a while, and a blocking spawnSync would stall vitest's worker.
    const result = await new Promise<{status: number | null; stdout: string; stderr: string}>((resolveRun) => {
      const child = spawn("bash", ["-c", `set -o pipefail; ${cli} reproduce | head -n 3`], {cwd: PROJECT_ROOT});
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk) => (stdout += chunk));
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.on("close", (status) => resolveRun({status, stdout, stderr}));
    });
    expect(result.stdout.trim().split("\n")).toHaveLength(3);
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
    expect(result.status).toBe(0);
  }, 240_000);

  it("exits 2 on a usage error", () => {
    expect(mipex(["tables", "--format", "xls", "--out", "/tmp/x"]).code).toBe(2);
    expect(mipex(["frobnicate"]).code).toBe(2);
  });
});
