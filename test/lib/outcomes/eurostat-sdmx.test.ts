import {describe, expect, it} from "vitest";
import {parseEurostatSdmxCsv} from "../../../lib/outcomes/eurostat-sdmx.ts";
import {OutcomeFormatError, type Observation} from "../../../lib/outcomes/observation.ts";
import {HAVE_SHARED, fixture, shared, thrown} from "./helpers.ts";
import {needing} from "../../have-sources.ts";

const find = (obs: Observation[], geo: string, year: number, indicator: string, group: string) =>
  obs.filter((o) => o.geo === geo && o.year === year && o.indicator === indicator && o.group === group);

describe.skipIf(!HAVE_SHARED)(needing("Eurostat SDMX-CSV, real files", "outcomes"), () => {
  it("reads the code+label export (lfsa_ergan 15-64): every row, flags and labels kept", () => {
    const file = "eurostat/lfsa_ergan_Y15-64_by_citizenship.sdmx.csv";
    const r = parseEurostatSdmxCsv(shared(file), {file});
    expect(r.rows).toBe(7983);
    expect(r.observations).toHaveLength(7983);
    expect(r.exclusions).toEqual([]);
    expect(r.observations.filter((o) => o.value === null)).toHaveLength(188);
    expect(new Set(r.observations.map((o) => `${o.indicator}|${o.group}`)).size).toBe(9);
    // Line 6105: SE, FOR, T, 2019 = 59.5; line 6962: NAT = 79.2.
    const [se] = find(r.observations, "SE", 2019, "lfsa_ergan.Y15-64", "citizen=FOR;sex=T");
    expect(se).toMatchObject({iso3: "SWE", value: 59.5, flag: null, row: 6105, unit: "Percentage", geoLabel: "Sweden", isAggregate: false, sourceFile: file});
    expect(se.indicatorLabel).toBe("Employment rates by sex, age and citizenship (%): From 15 to 64 years");
    expect(se.dimensionLabels.citizen).toBe("Foreign country");
    expect(se.source).toBe("Eurostat lfsa_ergan (ESTAT:LFSA_ERGAN(1.0))");
    expect(find(r.observations, "SE", 2019, "lfsa_ergan.Y15-64", "citizen=NAT;sex=T")[0].value).toBe(79.2);
    // EL is Greece.
    expect(find(r.observations, "EL", 2019, "lfsa_ergan.Y15-64", "citizen=FOR;sex=T")[0]).toMatchObject({iso3: "GRC", value: 53});
    // Line 66: an empty value flagged bu is kept with value null.
    expect(r.observations.find((o) => o.row === 66)).toMatchObject({geo: "BG", year: 2001, value: null, flag: "bu", group: "citizen=FOR;sex=F"});
    expect(r.observations.find((o) => o.row === 32)).toMatchObject({iso3: "BIH", value: 47.4, flag: "bu"});
  });

  it("reads the labels-only export (hlth_silc_24), mapping labels back to codes and geography to ISO3", () => {
    const file = "eurostat/hlth_silc_24_by_citizenship.sdmx.csv";
    const r = parseEurostatSdmxCsv(shared(file), {file});
    expect(r.rows).toBe(15246);
    expect(r.observations).toHaveLength(15246);
    expect(r.exclusions).toEqual([]);
    expect(r.observations.filter((o) => o.value === null)).toHaveLength(812);
    // Line 10239: Sweden, Reporting country, Very good or good, 2019 = 75.8; line 12892: Non-EU27 = 77.1.
    const [nat] = find(r.observations, "SE", 2019, "hlth_silc_24.Y_GE16.VG_G", "citizen=NAT;sex=T");
    expect(nat).toMatchObject({iso3: "SWE", value: 75.8, row: 10239, geoLabel: "Sweden", groupLabel: "citizen: Reporting country; sex: Total"});
    expect(find(r.observations, "SE", 2019, "hlth_silc_24.Y_GE16.VG_G", "citizen=NEU27_2020_FOR;sex=T")[0].value).toBe(77.1);
    // 'm' (missing) flag on an empty value, line 325.
    expect(r.observations.find((o) => o.row === 325)).toMatchObject({geo: "RO", year: 2021, value: null, flag: "m"});
    // Aggregates, including the double-spaced EA19 label, have iso3 null.
    const aggregates = new Set(r.observations.filter((o) => o.isAggregate).map((o) => o.geo));
    expect([...aggregates].sort()).toEqual(["EA", "EA18", "EA19", "EA20", "EU", "EU27_2007", "EU27_2020", "EU28"]);
    expect(r.observations.filter((o) => o.isAggregate).every((o) => o.iso3 === null)).toBe(true);
    expect(new Set(r.observations.map((o) => o.indicator)).size).toBe(7);
  });

  it("reads ilc_di15 (dataflow with a $DEFAULTVIEW suffix)", () => {
    const file = "eurostat/ilc_di15_by_citizenship.sdmx.csv";
    const r = parseEurostatSdmxCsv(shared(file), {file});
    expect(r.observations).toHaveLength(2151);
    // Line 1795: Sweden, non-EU27, 2019 = 14123 EUR.
    expect(find(r.observations, "SE", 2019, "ilc_di15.MED_E.Y_GE18", "citizen=NEU27_2020_FOR;sex=T")[0]).toMatchObject({value: 14123, unit: "Euro", row: 1795});
  });
});

describe("Eurostat SDMX-CSV, crafted files", () => {
  it("reads a code-only export: EL/UK mapped, aggregates kept, unknown geo reported, missing kept", () => {
    const file = "code_only.sdmx.csv";
    const r = parseEurostatSdmxCsv(fixture(file), {file});
    expect(r.observations.map((o) => [o.geo, o.iso3, o.isAggregate, o.value, o.flag])).toEqual([
      ["EL", "GRC", false, 60.2, null],
      ["EL", "GRC", false, 57.3, "b"],
      ["UK", "GBR", false, 80, null],
      ["UK", "GBR", false, null, "u"],
      ["EU27_2020", null, true, 74.5, null]
    ]);
    expect(r.observations[0].dimensionLabels).toMatchObject({sex: "Total", citizen: "Reporting country"});
    expect(r.exclusions).toEqual([
      {file, row: 7, column: "geo", code: "XX", reason: "unknown-geography", message: `${file}, row 7, column "geo": unknown Eurostat geography "XX"`}
    ]);
  });

  it("reads a labels-only export, reporting an unknown country label", () => {
    const file = "labels_only.sdmx.csv";
    const r = parseEurostatSdmxCsv(fixture(file), {file});
    expect(r.observations.map((o) => [o.geo, o.iso3, o.indicator, o.group, o.value, o.flag])).toEqual([
      ["EL", "GRC", "hlth_silc_24.Y_GE16.VG_G", "citizen=NAT;sex=T", 75.5, null],
      ["EL", "GRC", "hlth_silc_24.Y_GE16.VG_G", "citizen=NEU27_2020_FOR;sex=T", 88.8, null],
      ["EA20", null, "hlth_silc_24.Y_GE16.VG_G", "citizen=NAT;sex=T", 70.1, "e"]
    ]);
    expect(r.exclusions).toMatchObject([{row: 5, column: "geo", code: "Atlantis", reason: "unknown-geography"}]);
  });

  const header = "DATAFLOW,LAST UPDATE,freq,unit,sex,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG";
  const row = (geo: string, year: string, value: string, flag = "") => `ESTAT:LFSA_ERGAN(1.0),x,A,PC,T,${geo},${year},${value},${flag}`;
  const broken = (lines: string[]) => thrown(() => parseEurostatSdmxCsv(lines.join("\n"), {file: "broken.sdmx.csv"}));

  it("names file, row and column for a missing required column", () => {
    const e = broken(["DATAFLOW,freq,geo,TIME_PERIOD,OBS_FLAG", "ESTAT:X(1.0),A,SE,2019,"]);
    expect(e).toBeInstanceOf(OutcomeFormatError);
    expect(e.message).toMatch(/^broken\.sdmx\.csv, row 1, column "OBS_VALUE": missing required column/);
  });

  it("names file, row and column for a non-numeric value, a bad flag, a bad year", () => {
    expect(broken([header, row("SE", "2019", "1.0"), row("SE", "2020", '"12,5"')]).message).toBe(
      'broken.sdmx.csv, row 3, column "OBS_VALUE": not a number: "12,5"'
    );
    expect(broken([header, row("SE", "2019", "1.0", "x")]).message).toMatch(/^broken\.sdmx\.csv, row 2, column "OBS_FLAG": unknown flag letter "x"/);
    expect(broken([header, row("SE", "2019-Q1", "1.0")]).message).toBe('broken.sdmx.csv, row 2, column "TIME_PERIOD": not a year (YYYY): "2019-Q1"');
    expect(broken([header, row("SE", "2019", "-1e999")]).message).toBe('broken.sdmx.csv, row 2, column "OBS_VALUE": not a finite number: "-1e999"');
  });

  it("refuses two different values for one key and reports an identical repeat", () => {
    expect(broken([header, row("SE", "2019", "1.0"), row("SE", "2019", "2.0")]).message).toMatch(
      /^broken\.sdmx\.csv, row 3, column "OBS_VALUE": duplicate of row 2 .* different value: 2 vs 1/
    );
    const r = parseEurostatSdmxCsv([header, row("SE", "2019", "1.0"), row("SE", "2019", "1.0")].join("\n"), {file: "dup.sdmx.csv"});
    expect(r.observations).toHaveLength(1);
    expect(r.exclusions).toMatchObject([{file: "dup.sdmx.csv", row: 3, reason: "duplicate"}]);
    expect(r.exclusions[0].message).toMatch(/as row 2; kept row 2/);
  });
});
