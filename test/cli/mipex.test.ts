import {spawn, spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it, vi} from "vitest";
import {main} from "../../cli/mipex.ts";
import {PROJECT_ROOT, locateSource} from "../../loaders/data-sources.ts";
import {writeCraftedWorkbook} from "../fixtures/mipex/craft-workbook.ts";
import {haveSources, needing} from "../have-sources.ts";

/** The text between README's `<!-- name: ... -->` and `<!-- /name -->` markers (a block a command prints). */
function readmeBlock(name: "readme-figures" | "readme-tables"): string {
  const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
  const match = new RegExp(`<!-- ${name}:[^>]*-->\\n([\\s\\S]*?)\\n<!-- /${name} -->`).exec(readme);
  if (!match) throw new Error(`README.md has no <!-- ${name} --> block`);
  return match[1];
}

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

describe.skipIf(!haveSources(...WORKBOOKS))(needing("npm run mipex, on the official workbooks", ...WORKBOOKS), () => {
  it("check: prints countries, years, indicators and mismatch counts", async () => {
    const {code, stdout} = await mipex(["check"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Countries: 56/);
    expect(stdout).toMatch(/Edition 2020: 56 countries, years 2007–2020/);
    expect(stdout).toMatch(/area scores: +\d+ published, \d+ recomputed, 0 mismatches/);
    expect(stdout).toMatch(/Published summary figures \(published_summary_figures\.csv\): 20 rows/);
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
    expect(Object.keys(findings[0])).toEqual(["id", "description", "computed", "published", "difference", "status", "basis", "source"]);
    expect(findings.find((f) => f.id === "overall.2019.SWE")).toMatchObject({
      status: "match",
      basis: "workbook cell",
      source: "mipex_core_2007-2019.xlsx SE!B15"
    });
    expect(findings.find((f) => f.id === "published_area_average.2019.political_participation")).toMatchObject({
      computed: 25,
      published: 25,
      status: "match",
      basis: "published statement"
    });
    // "match" against a published statement comes only from figures MIPEX states in words.
    const statedIds = findings.filter((f) => f.basis === "published statement").map((f) => f.id as string);
    const stray = statedIds.filter((id) => !/^(published_|top_ten\.|area_weakest\.|approach\.(top_ten\.)?[A-Z]{3}$)/.test(id));
    expect(stray, "published-statement ids outside the stated figures").toEqual([]);
  });

  // Here, not in a file of its own, so that it reuses the findings reproduce --json computed above (once per
  // process: cli/commands/reproduce.ts), whichever worker runs this file.
  describe.skipIf(!haveSources("published_summary_figures", "outcomes"))(needing("README's figures", "published_summary_figures", "outcomes"), () => {
    it("are the paragraph `npm run readme-figures` prints (run it and paste its output when this fails)", async () => {
      const {code, stdout} = await mipex(["reproduce", "--summary-markdown"]);
      expect(code).toBe(0);
      expect(readmeBlock("readme-figures")).toBe(stdout);
    });
  });

  it("README's tables are the section `npm run readme-tables` prints (run it and paste its output when this fails)", async () => {
    const {code, stdout} = await mipex(["check", "--summary-markdown"]);
    expect(code).toBe(0);
    expect(readmeBlock("readme-tables")).toBe(stdout);
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

  describe("check reads the outcome files", () => {
    const header = "country,iso3,year,indicator,group,value,unit,source,note";
    const row = (year: number, value: number) => `Sweden,SWE,${year},my_rate,all,${value},%,my survey,`;
    /** A data folder with the real workbooks (linked, never copied into the project) and crafted outcome files. */
    function dataFolder(outcomes: Record<string, string>): string {
      const data = mkdtempSync(join(tmpdir(), "mipex-data-"));
      mkdirSync(join(data, "mipex"));
      for (const id of ["mipex_core", "mipex_eu", "approach_groups", "published_summary_figures"]) {
        const source = locateSource(id);
        symlinkSync(source.file, join(data, source.path));
      }
      mkdirSync(join(data, "outcomes"));
      for (const [name, text] of Object.entries(outcomes)) writeFileSync(join(data, "outcomes", name), text);
      return data;
    }

    it("a conflict between two files is an error at both files' rows; the files read are listed with their sha256", () => {
      const data = dataFolder({"survey.csv": [header, row(2016, 40), row(2017, 41)].join("\n")});
      const user = mkdtempSync(join(tmpdir(), "mipex-user-"));
      const mine = [header, row(2016, 40), row(2017, 45)].join("\n");
      writeFileSync(join(user, "mine.csv"), mine);
      const {code, stdout} = mipexProcess(["check"], {MIPEX_DATA_DIR: data, MIPEX_OUTCOMES_DIR: user});
      expect(code).toBe(1);
      expect(stdout).toContain(`${createHash("sha256").update(mine).digest("hex")}  ${join(user, "mine.csv")}  (outcomes, tidy)`);
      expect(stdout).toContain(`${locateSource("mipex_core").actualSha256}  ${join(data, "mipex", "mipex_core_2007-2019.xlsx")}  (mipex_core)`);
      expect(stdout).toContain("Outcome files: 2 read, 3 observations; 1 errors, 1 warnings, 0 notes");
      expect(stdout).toContain(
        '  error   conflict-across-files  survey.csv, row 3, column "value": SWE 2017 my_rate [all] has different values in different files: ' +
          '41 (survey.csv, row 3, column "value") vs 45 (mine.csv, row 3, column "value"); left out of every statistic until one of the rows is removed'
      );
      expect(stdout).toContain(
        '  warning duplicate              mine.csv, row 2, column "value": same SWE 2016 my_rate [all] and value 40 as survey.csv, row 2; kept survey.csv row 2'
      );
    });

    it("warnings fail only with --strict; --quiet prints just what fails", () => {
      const data = dataFolder({"survey.csv": [header, row(2016, 40), row(2016, 40)].join("\n")});
      expect(mipexProcess(["check", "--quiet"], {MIPEX_DATA_DIR: data})).toEqual({code: 0, stdout: "", stderr: ""});
      expect(mipexProcess(["check", "--quiet", "--strict"], {MIPEX_DATA_DIR: data})).toEqual({
        code: 1,
        stdout: "",
        stderr: 'warning: survey.csv, row 3, column "value": same SWE 2016 my_rate [all] and value 40 as row 2; kept row 2\n'
      });
    });

    it("an unknown geography code in a tidy file stops the check at its file, row and column", () => {
      const data = dataFolder({"survey.csv": [header, row(2016, 40), "Total,XQZ,2016,my_rate,all,1,%,my survey,"].join("\n")});
      const {code, stderr} = mipexProcess(["check", "--quiet"], {MIPEX_DATA_DIR: data});
      expect(code).toBe(1);
      expect(stderr).toContain(`mipex: ${join(data, "outcomes", "survey.csv")}, row 3, column "iso3": unknown ISO 3166-1 alpha-3 code "XQZ" (country "Total")`);
    });
  });

  it("exits 1 when MIPEX_DATA_DIR names a folder that does not exist", () => {
    const missing = join(mkdtempSync(join(tmpdir(), "mipex-data-")), "none");
    const {code, stderr} = mipexProcess(["check"], {MIPEX_DATA_DIR: missing});
    expect(code).toBe(1);
    expect(stderr).toContain(`mipex: MIPEX_DATA_DIR is set to ${missing}, which does not exist.`);
  });
});

describe("npm run mipex, usage", () => {
  it("exits 2 on a usage error, in its own process, with the usage on stderr", () => {
    const {code, stderr} = mipexProcess(["frobnicate"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Unknown command "frobnicate"\.\n\nUsage: npm run mipex -- <command>/);
  });

  // `check`, not `reproduce`: every command prints through runCli, and check's 12 kB take 1 s where
  // reproduce computes every finding (6 s) before its first line.
  it.skipIf(!haveSources(...WORKBOOKS))(
    needing("check | head: stops quietly when the reader closes the pipe (no EPIPE stack trace)", ...WORKBOOKS),
    async () => {
      const cli = `"${process.execPath}" "${join(PROJECT_ROOT, "cli", "run.mjs")}"`;
      // Asynchronous: a blocking spawnSync would stall vitest's worker while the command runs.
      const result = await new Promise<{status: number | null; stdout: string; stderr: string}>((resolveRun) => {
        const child = spawn("bash", ["-c", `set -o pipefail; ${cli} check | head -n 3`], {cwd: PROJECT_ROOT});
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk) => (stdout += chunk));
        child.stderr.on("data", (chunk) => (stderr += chunk));
        child.on("close", (status) => resolveRun({status, stdout, stderr}));
      });
      expect(result.stdout.trim().split("\n")).toHaveLength(3);
      expect(result.stderr).not.toMatch(/EPIPE|Error/);
      expect(result.status).toBe(0);
    },
    240_000
  );

  it("exits 2 on a bad option value, a missing option or an unknown option; 0 for --help", async () => {
    expect((await mipex(["tables", "--format", "xls", "--out", "/tmp/x"])).stderr).toBe('Unknown format "xls"; use one of csv, parquet, arrow.');
    expect((await mipex(["tables", "--format", "xls", "--out", "/tmp/x"])).code).toBe(2);
    expect(await mipex(["tables"])).toMatchObject({code: 2, stderr: expect.stringMatching(/^tables needs --out DIR\.\n\nUsage:/)});
    expect(await mipex(["check", "--bogus"])).toMatchObject({code: 2, stderr: expect.stringMatching(/^Unknown option '--bogus'/)});
    expect(await mipex([])).toMatchObject({code: 2, stdout: expect.stringMatching(/^Usage:/)});
    expect(await mipex(["--help"])).toMatchObject({code: 0, stdout: expect.stringMatching(/^Usage:/)});
  });
});
