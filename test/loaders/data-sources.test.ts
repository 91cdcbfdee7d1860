import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it, vi} from "vitest";
import {DataFolderError, MissingSourceError, PROJECT_ROOT, dataDirectories, locateSource, outcomeDirectories} from "../../loaders/data-sources.ts";
import {haveSources, needing} from "../have-sources.ts";

describe("data sources", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("searches MIPEX_DATA_DIR alone when it is set, else data/raw then ../shared/data", () => {
    expect(dataDirectories({MIPEX_DATA_DIR: "/somewhere"})).toEqual(["/somewhere"]);
    expect(dataDirectories({MIPEX_DATA_DIR: "data/mine"})).toEqual([join(PROJECT_ROOT, "data", "mine")]);
    const dirs = dataDirectories({});
    expect(dirs).toHaveLength(2);
    expect(dirs[0]).toMatch(/data\/raw$/);
    expect(dirs[1]).toMatch(/shared\/data$/);
  });

  it.skipIf(!haveSources("mipex_core"))(needing("finds the official workbook and checks its sha256", "mipex_core"), () => {
    const core = locateSource("mipex_core");
    expect(core.file).toMatch(/mipex_core_2007-2019\.xlsx$/);
    expect(core.knownVersion).toBe(true);
  });

  it("fails with the file, the places searched and where to download it", () => {
    const entry = {path: "mipex/none.xlsx", title: "A workbook", download: "https://www.mipex.eu"};
    const error = new MissingSourceError(entry, dataDirectories({}));
    expect(error.message).toMatch(/Missing source file mipex\/none\.xlsx/);
    expect(error.message).toMatch(/data\/raw\/mipex\/none\.xlsx/);
    expect(error.message).toMatch(/https:\/\/www\.mipex\.eu/);
    expect(error.message).toMatch(/MIPEX_DATA_DIR/);
  });

  it("a file missing from MIPEX_DATA_DIR is an error, never read from another folder", () => {
    const data = mkdtempSync(join(tmpdir(), "mipex-data-"));
    vi.stubEnv("MIPEX_DATA_DIR", data);
    expect(() => locateSource("mipex_core")).toThrow(MissingSourceError);
    expect(() => locateSource("mipex_core")).toThrow(
      `Missing source file mipex/mipex_core_2007-2019.xlsx (MIPEX 2020: Policy Indicators Scores (2007-2019), core set of indicators).\n` +
        `Searched:\n  - ${join(data, "mipex", "mipex_core_2007-2019.xlsx")}\n` +
        `MIPEX_DATA_DIR is set, so no other folder is searched: put mipex/mipex_core_2007-2019.xlsx there ` +
        `(download it from https://www.mipex.eu/download-pdf (MIPEX 2020 dataset: 'Policy Indicators Scores 2007-2019')), or unset MIPEX_DATA_DIR.`
    );
  });

  it("a MIPEX_DATA_DIR that does not exist is an error", () => {
    const missing = join(mkdtempSync(join(tmpdir(), "mipex-data-")), "no-such-folder");
    vi.stubEnv("MIPEX_DATA_DIR", missing);
    const message = `MIPEX_DATA_DIR is set to ${missing}, which does not exist. Set it to the folder that holds the data, or unset it to use data/raw/ and ../shared/data.`;
    expect(() => locateSource("approach_groups")).toThrow(DataFolderError);
    expect(() => locateSource("approach_groups")).toThrow(message);
    expect(() => outcomeDirectories()).toThrow(message);
  });

  it("a MIPEX_DATA_DIR without outcomes/ is an error, not a fall-back to the shared outcomes", () => {
    const data = mkdtempSync(join(tmpdir(), "mipex-data-"));
    expect(() => outcomeDirectories({MIPEX_DATA_DIR: data})).toThrow(
      `MIPEX_DATA_DIR is set to ${data}, which has no outcomes/ folder (create an empty one if you have no outcome tables). Set it to the folder that holds the data, or unset it to use data/raw/ and ../shared/data.`
    );
    mkdirSync(join(data, "outcomes"));
    expect(outcomeDirectories({MIPEX_DATA_DIR: data})[0]).toBe(join(data, "outcomes"));
  });

  it("a MIPEX_OUTCOMES_DIR that does not exist, or is a file, is an error", () => {
    const base = mkdtempSync(join(tmpdir(), "mipex-outcomes-"));
    const missing = join(base, "none");
    expect(() => outcomeDirectories({MIPEX_OUTCOMES_DIR: missing})).toThrow(`MIPEX_OUTCOMES_DIR is set to ${missing}, which does not exist.`);
    writeFileSync(join(base, "file.csv"), "");
    expect(() => outcomeDirectories({MIPEX_OUTCOMES_DIR: join(base, "file.csv")})).toThrow(
      `MIPEX_OUTCOMES_DIR is set to ${join(base, "file.csv")}, which is not a folder.`
    );
  });

  it.skipIf(!haveSources("mipex_core"))(needing("lists the shared outcomes folder first", "mipex_core"), () => {
    expect(outcomeDirectories()[0]).toMatch(/data\/outcomes$/);
  });
});
