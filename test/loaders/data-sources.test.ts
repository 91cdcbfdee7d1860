import {existsSync, mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {afterEach, describe, expect, it, vi} from "vitest";
import {MissingSourceError, PROJECT_ROOT, dataDirectories, locateSource, outcomeDirectories} from "../../loaders/data-sources.ts";
import {haveSources, needing} from "../have-sources.ts";

const SHARED_OUTCOMES = resolve(PROJECT_ROOT, "..", "shared", "data", "outcomes");

describe("data sources", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("searches MIPEX_DATA_DIR first, then data/raw, then ../shared/data", () => {
    const dirs = dataDirectories({MIPEX_DATA_DIR: "/somewhere"});
    expect(dirs[0]).toBe("/somewhere");
    expect(dirs[1]).toMatch(/data\/raw$/);
    expect(dirs[2]).toMatch(/shared\/data$/);
  });

  it.skipIf(!haveSources("mipex_core"))(needing("finds the official workbook and checks its sha256", "mipex_core"), () => {
    const core = locateSource("mipex_core");
    expect(core.file).toMatch(/mipex_core_2007-2019\.xlsx$/);
    expect(core.knownVersion).toBe(true);
  });

  it("fails with the file, the places searched and where to download it", () => {
    const entry = {path: "mipex/none.xlsx", title: "A workbook", download: "https://www.mipex.eu"};
    const error = new MissingSourceError(entry, dataDirectories({MIPEX_DATA_DIR: mkdtempSync(join(tmpdir(), "mipex-"))}));
    expect(error.message).toMatch(/Missing source file mipex\/none\.xlsx/);
    expect(error.message).toMatch(/data\/raw\/mipex\/none\.xlsx/);
    expect(error.message).toMatch(/https:\/\/www\.mipex\.eu/);
    expect(error.message).toMatch(/MIPEX_DATA_DIR/);
  });

  const besideCheckout = existsSync(SHARED_OUTCOMES);
  it.skipIf(!besideCheckout)(`lists the shared outcomes folder${besideCheckout ? "" : " [skipped: no ../shared/data/outcomes beside the checkout]"}`, () => {
    expect(outcomeDirectories({})[0]).toMatch(/shared\/data\/outcomes$/);
  });
});
