import {describe, expect, it} from "vitest";
import {parseEurostatTsv} from "../../../lib/outcomes/eurostat-tsv.ts";
import {OutcomeFormatError, type Observation} from "../../../lib/outcomes/observation.ts";
import {HAVE_SHARED, fixture, shared, thrown} from "./helpers.ts";
import {needing} from "../../have-sources.ts";

const one = (obs: Observation[], geo: string, year: number, indicator: string, group: string) =>
  obs.filter((o) => o.geo === geo && o.year === year && o.indicator === indicator && o.group === group);

describe.skipIf(!HAVE_SHARED)(needing("Eurostat TSV, real files", "outcomes"), () => {
  it("reads lfsa_ergan 20-64: one observation per key × year, ':' kept as null with its flag", () => {
    const file = "eurostat/lfsa_ergan_Y20-64_by_citizenship.tsv";
    const r = parseEurostatTsv(shared(file), {file});
    expect(r.rows).toBe(324);
    expect(r.observations).toHaveLength(3240);
    expect(r.exclusions).toEqual([]);
    expect(r.observations.filter((o) => o.value === null)).toHaveLength(463);
    // Line 322: A,PC,T,Y20-64,NEU27_2020_FOR,SE — 2018 "52.7 b", 2019 "55.5 ".
    const [se2019] = one(r.observations, "SE", 2019, "lfsa_ergan.Y20-64", "citizen=NEU27_2020_FOR;sex=T");
    expect(se2019).toMatchObject({iso3: "SWE", value: 55.5, flag: null, row: 322, unit: "Percentage", sourceFile: file});
    expect(one(r.observations, "SE", 2018, "lfsa_ergan.Y20-64", "citizen=NEU27_2020_FOR;sex=T")[0]).toMatchObject({value: 52.7, flag: "b"});
    expect(one(r.observations, "SE", 2019, "lfsa_ergan.Y20-64", "citizen=NAT;sex=T")[0].value).toBe(84.5);
    // Line 3: A,PC,F,Y20-64,EU27_2020_FOR,BA — 2021 ": bu", 2022 ": u"; line 75 (non-EU) 2021 "45.4 bu".
    expect(one(r.observations, "BA", 2021, "lfsa_ergan.Y20-64", "citizen=EU27_2020_FOR;sex=F")[0]).toMatchObject({
      iso3: "BIH",
      value: null,
      flag: "bu",
      row: 3
    });
    expect(one(r.observations, "BA", 2022, "lfsa_ergan.Y20-64", "citizen=EU27_2020_FOR;sex=F")[0]).toMatchObject({value: null, flag: "u"});
    expect(one(r.observations, "BA", 2021, "lfsa_ergan.Y20-64", "citizen=NEU27_2020_FOR;sex=F")[0]).toMatchObject({value: 45.4, flag: "bu", row: 75});
    expect(one(r.observations, "EU27_2020", 2019, "lfsa_ergan.Y20-64", "citizen=NAT;sex=T")[0]).toMatchObject({iso3: null, isAggregate: true});
    expect(one(r.observations, "UK", 2019, "lfsa_ergan.Y20-64", "citizen=NAT;sex=T")[0].iso3).toBe("GBR");
  });

  it("reads edat_lfs_9912 (country of birth, ISCED level)", () => {
    const file = "eurostat/edat_lfs_9912_by_country_of_birth.tsv";
    const r = parseEurostatTsv(shared(file), {file});
    expect(r.observations).toHaveLength(59940);
    expect(r.observations.filter((o) => o.value === null)).toHaveLength(11252);
    expect(new Set(r.observations.map((o) => `${o.indicator}|${o.group}`)).size).toBe(162);
    // Line 4622: A,PC,T,ED0-2,NEU27_2020_FOR,Y25-64,SE — 2018 "33.6 b".
    expect(one(r.observations, "SE", 2018, "edat_lfs_9912.ED0-2.Y25-64", "c_birth=NEU27_2020_FOR;sex=T")[0]).toMatchObject({value: 33.6, flag: "b", row: 4622});
  });
});

describe("Eurostat TSV, crafted files", () => {
  it("reads a small export and reports the unknown geography row", () => {
    const file = "lfsa_ergan_small.tsv";
    const r = parseEurostatTsv(fixture(file), {file});
    expect(r.observations.map((o) => [o.geo, o.year, o.value, o.flag])).toEqual([
      ["SE", 2018, 80.1, "b"],
      ["SE", 2019, 81.2, null],
      ["SE", 2018, 50.3, "b"],
      ["SE", 2019, 51.4, null],
      ["EL", 2018, null, null],
      ["EL", 2019, null, "u"]
    ]);
    expect(r.exclusions).toMatchObject([{file, row: 5, code: "ZZ", reason: "unknown-geography"}]);
  });

  const header = "freq,unit,sex,geo\\TIME_PERIOD\t2018 \t2019 ";
  const broken = (lines: string[]) => thrown(() => parseEurostatTsv(lines.join("\n"), {file: "lfsa_ergan_bad.tsv"}));

  it("names file, row and column for bad headers, values, flags and duplicates", () => {
    const wrongHeader = broken(["freq,unit,sex,geo\t2018 ", "A,PC,T,SE\t1.0 "]);
    expect(wrongHeader).toBeInstanceOf(OutcomeFormatError);
    expect(wrongHeader.message).toMatch(/^lfsa_ergan_bad\.tsv, row 1, column "freq,unit,sex,geo": first header cell must be/);
    expect(broken(["freq,unit,sex\\TIME_PERIOD\t2018 ", "A,PC,T\t1.0 "]).message).toMatch(
      /row 1, column "freq,unit,sex\\TIME_PERIOD": missing required dimension "geo"/
    );
    expect(broken(["freq,unit,sex,geo\\TIME_PERIOD\t2018 \tyear2 "]).message).toBe('lfsa_ergan_bad.tsv, row 1, column "year2": not a year (YYYY): "year2 "');
    expect(broken([header, "A,PC,T,SE\t1.0 \tabc "]).message).toBe('lfsa_ergan_bad.tsv, row 2, column "2019": not a number: "abc"');
    expect(broken([header, "A,PC,T,SE\t1.0 \t1e999 u"]).message).toBe('lfsa_ergan_bad.tsv, row 2, column "2019": not a finite number: "1e999"');
    expect(broken([header, "A,PC,T,SE\t1.0 \t2.0 q"]).message).toMatch(/^lfsa_ergan_bad\.tsv, row 2, column "2019": unknown flag letter "q"/);
    expect(broken([header, "A,PC,T,SE\t1.0 "]).message).toMatch(/^lfsa_ergan_bad\.tsv, row 2, column "2019": expected 3 tab-separated fields, found 2/);
    expect(broken([header, "A,PC,T,SE\t1.0 \t2.0 ", "A,PC,T,SE\t1.0 \t3.0 "]).message).toMatch(
      /^lfsa_ergan_bad\.tsv, row 3, column "freq,unit,sex,geo\\TIME_PERIOD": duplicate of row 2 .*3 vs 2/
    );
  });
});
