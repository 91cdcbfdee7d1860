import {createHash} from "node:crypto";
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {PROJECT_ROOT} from "../../../loaders/data-sources.ts";
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from "vitest";
import {loadOutcomes, type LoadedOutcomes} from "../../../loaders/outcomes/load-outcomes.ts";
import {OutcomeFormatError} from "../../../lib/outcomes/observation.ts";
import {HAVE_SHARED} from "../../lib/outcomes/helpers.ts";
import {needing} from "../../have-sources.ts";

const USER_FILE = [
  "country,iso3,year,indicator,group,value,unit,source,note",
  "Sweden,SWE,2016,eumidis_aware_of_equality_body_pct,immigrants and descendants,40,%,FRA data explorer,user table",
  "Greece,GRC,2016,eumidis_aware_of_equality_body_pct,immigrants and descendants,20,%,FRA data explorer,user table",
  "EU average,,2016,eumidis_aware_of_equality_body_pct,immigrants and descendants,38,%,FRA data explorer,user table"
].join("\n");

describe.skipIf(!HAVE_SHARED)(needing("loadOutcomes", "outcomes"), () => {
  let userDir: string;
  let loaded: LoadedOutcomes;

  beforeAll(() => {
    userDir = mkdtempSync(join(tmpdir(), "mipex-outcomes-"));
    mkdirSync(join(userDir, "fra"));
    writeFileSync(join(userDir, "fra", "eumidis2_awareness.csv"), USER_FILE);
    writeFileSync(join(userDir, "readme.txt"), "not an outcome file");
    vi.stubEnv("MIPEX_OUTCOMES_DIR", userDir);
    loaded = loadOutcomes();
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(userDir, {recursive: true, force: true});
  });

  it("reads every shared file and the user's file, with row counts", () => {
    const files = loaded.files.map((f) => [f.sourceFile, f.format, f.rows, f.observations, f.missing, f.exclusions, f.conflicts]);
    expect(files).toEqual([
      ["eurostat/edat_lfs_9912_by_country_of_birth.tsv", "eurostat-tsv", 5994, 59940, 11252, 0, 0],
      ["eurostat/hlth_silc_24_by_citizenship.sdmx.csv", "eurostat-sdmx", 15246, 15246, 812, 0, 0],
      ["eurostat/ilc_di15_by_citizenship.sdmx.csv", "eurostat-sdmx", 2151, 2151, 164, 0, 0],
      ["eurostat/lfsa_ergan_Y15-64_by_citizenship.sdmx.csv", "eurostat-sdmx", 7983, 7983, 188, 0, 0],
      ["eurostat/lfsa_ergan_Y20-64_by_citizenship.tsv", "eurostat-tsv", 324, 3240, 463, 0, 0],
      ["eurostat/lfsa_urgan_Y15-64_by_citizenship.sdmx.csv", "eurostat-sdmx", 7983, 7983, 730, 0, 0],
      ["eurostat/lfsa_urgan_Y20-64_by_citizenship.tsv", "eurostat-tsv", 324, 3240, 934, 0, 0],
      ["tidy/ess_immigration_attitudes_country_means_2002_2016.csv", "tidy", 748, 748, 0, 0, 0],
      ["tidy/eumidis2_2016_press_reported.csv", "tidy", 103, 102, 1, 1, 0],
      ["tidy/eurobarometer469_integration_success_2017.csv", "tidy", 22, 22, 0, 0, 0],
      ["tidy/eurostat_migr_acqs_naturalisation_rate_2009_2019.csv", "tidy", 701, 701, 0, 0, 0],
      ["tidy/gallup_migrant_acceptance_index_2016_2019.csv", "tidy", 59, 59, 0, 0, 1],
      ["tidy/pisa2015_resilience_press_reported.csv", "tidy", 77, 75, 0, 2, 2],
      ["tidy/pisa2015_science_by_immigrant_background.csv", "tidy", 72, 72, 2, 0, 0],
      ["fra/eumidis2_awareness.csv", "tidy", 3, 3, 0, 0, 0]
    ]);
    expect(loaded.files.at(-1)!.directory).toBe(userDir);
    expect(loaded.exclusions).toHaveLength(3);
    expect(loaded.exclusions.every((e) => e.reason === "duplicate")).toBe(true);
    expect(loaded.conflicts).toHaveLength(3);
  });

  it("puts the user's file in the catalogue with its MIPEX coverage", () => {
    const entry = loaded.catalogue.find((e) => e.indicator === "eumidis_aware_of_equality_body_pct");
    expect(entry).toMatchObject({
      group: "immigrants and descendants",
      unit: "%",
      years: [2016],
      sourceFiles: ["fra/eumidis2_awareness.csv"],
      coverage: [{year: 2016, countries: 2}],
      observations: 3
    });
  });

  it("adds the derived indicators with hand-checkable values", () => {
    const value = (indicator: string, iso3: string, year: number) =>
      loaded.observations.filter((o) => o.indicator === indicator && o.iso3 === iso3 && o.year === year).map((o) => o.value);
    // Sweden 2019, lfsa_ergan Y20-64 T: NAT 84.5 (line 286) − NEU27_2020_FOR 55.5 (line 322) = 29.
    expect(value("derived.employment_rate_gap_nat_minus_noneu.Y20-64", "SWE", 2019)).toEqual([29]);
    // Sweden 2019, lfsa_ergan Y15-64 T: NAT 79.2 (line 6962) − FOR 59.5 (line 6105) = 19.7.
    expect(value("derived.employment_rate_gap_nat_minus_foreign.Y15-64", "SWE", 2019)).toEqual([19.7]);
    // Sweden 2019, lfsa_urgan Y20-64 T: NEU27_2020_FOR 25.6 − NAT 4.5 = 21.1.
    expect(value("derived.unemployment_rate_gap_noneu_minus_nat.Y20-64", "SWE", 2019)).toEqual([21.1]);
    // Greece 2019, hlth_silc_24 VG_G: NAT 78.7 (line 10025) − NEU27_2020_FOR 90.3 (line 12678) = −11.6.
    expect(value("derived.health_good_gap_nat_minus_noneu.Y_GE16", "GRC", 2019)).toEqual([-11.6]);
    // Sweden 2014–2019 non-EU naturalisation: 54.42 / 6 = 9.07.
    expect(value("derived.naturalisation_rate_nonEU_citizens.mean_2014_2019", "SWE", 2019)).toEqual([9.07]);
    const derived = loaded.catalogue.filter((e) => e.derivedFrom);
    expect(derived.map((e) => e.indicator)).toEqual([
      "derived.employment_rate_gap_nat_minus_noneu.Y20-64",
      "derived.employment_rate_gap_nat_minus_foreign.Y15-64",
      "derived.unemployment_rate_gap_noneu_minus_nat.Y20-64",
      "derived.health_good_gap_nat_minus_noneu.Y_GE16",
      "derived.median_income_ratio_noneu_to_nat.Y_GE18",
      "derived.naturalisation_rate_nonEU_citizens.mean_2014_2019",
      "derived.naturalisation_rate_all_foreign_citizens.mean_2014_2019"
    ]);
    for (const e of derived) expect(e.derivation, e.id).toBeTruthy();
  });

  it("reports catalogue coverage per year over the 56 MIPEX countries", () => {
    const entry = loaded.catalogue.find((e) => e.id === "lfsa_ergan.Y20-64|citizen=NEU27_2020_FOR;sex=T")!;
    expect(entry.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    const y2019 = entry.coverage.find((c) => c.year === 2019)!.countries;
    // 35 geographies in the TSV minus EU27_2020; BA and ME are not MIPEX countries; some cells are ':'.
    const expected = new Set(
      loaded.observations
        .filter(
          (o) =>
            o.indicator === "lfsa_ergan.Y20-64" &&
            o.group === "citizen=NEU27_2020_FOR;sex=T" &&
            o.year === 2019 &&
            o.value !== null &&
            o.iso3 &&
            !["BIH", "MNE"].includes(o.iso3)
        )
        .map((o) => o.iso3)
    ).size;
    expect(y2019).toBe(expected);
    expect(y2019).toBeGreaterThan(25);
    expect(y2019).toBeLessThanOrEqual(56);
  });
});

describe("loadOutcomes errors", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("names the user's file by its full path, with row and column", () => {
    const dir = mkdtempSync(join(tmpdir(), "mipex-outcomes-bad-"));
    try {
      writeFileSync(join(dir, "mine.csv"), "country,iso3,year,indicator,group,value,unit,source,note\nSweden,SWE,2019,x,y,abc,%,s,\n");
      let error: unknown;
      try {
        loadOutcomes([dir]);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(OutcomeFormatError);
      expect((error as Error).message).toBe(`${join(dir, "mine.csv")}, row 2, column "value": not a number: "abc"`);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe("outcome files in two folders", () => {
  const header = "country,iso3,year,indicator,group,value,unit,source,note";
  const row = (year: number, value: number) => `Sweden,SWE,${year},gallup_mai,adults,${value},index,Gallup,`;

  it("a user's edited copy of a shared file: a conflict naming both files from the project root, both rows left out", () => {
    const shared = mkdtempSync(join(tmpdir(), "mipex-shared-"));
    const user = mkdtempSync(join(tmpdir(), "mipex-user-"));
    try {
      mkdirSync(join(shared, "tidy"));
      mkdirSync(join(user, "tidy"));
      writeFileSync(join(shared, "tidy", "gallup.csv"), [header, row(2016, 7.92), row(2019, 8.1)].join("\n"));
      writeFileSync(join(user, "tidy", "gallup.csv"), [header, row(2016, 7.92), row(2019, 6)].join("\n"));
      const loaded = loadOutcomes([shared, user]);
      const [a, b] = [shared, user].map((d) => relative(PROJECT_ROOT, join(d, "tidy", "gallup.csv")));
      expect(loaded.files.map((f) => [f.sourceFile, f.label, f.exclusions, f.conflicts])).toEqual([
        ["tidy/gallup.csv", a, 0, 1],
        ["tidy/gallup.csv", b, 1, 1]
      ]);
      expect(loaded.files[0].sha256).toBe(
        createHash("sha256")
          .update(readFileSync(join(shared, "tidy", "gallup.csv")))
          .digest("hex")
      );
      expect(loaded.exclusions.map((e) => e.message)).toEqual([
        `${b}, row 2, column "value": same SWE 2016 gallup_mai [adults] and value 7.92 as ${a}, row 2; kept ${a} row 2`
      ]);
      expect(loaded.conflicts).toMatchObject([{file: `${a}; ${b}`, files: [a, b], rows: [3, 3], columns: ["value", "value"], values: [8.1, 6]}]);
      expect(loaded.observations.filter((o) => o.year === 2019).map((o) => [o.sourceFile, o.conflict])).toEqual([
        [a, true],
        [b, true]
      ]);
    } finally {
      rmSync(shared, {recursive: true, force: true});
      rmSync(user, {recursive: true, force: true});
    }
  });
});
