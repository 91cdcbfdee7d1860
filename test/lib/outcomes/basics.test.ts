import {describe, expect, it} from "vitest";
import {checkFlag, combineFlags, describeFlag} from "../../../lib/outcomes/flags.ts";
import {parseCsv} from "../../../lib/outcomes/csv.ts";
import {mapEurostatGeo, mapTidyGeo} from "../../../lib/outcomes/geography.ts";
import {datasetFromDataflow, datasetFromFileName, eurostatSeries} from "../../../lib/outcomes/eurostat-series.ts";
import {eurostatCodeForLabel} from "../../../lib/outcomes/eurostat-codelists.ts";
import {detectOutcomeFormat} from "../../../lib/outcomes/detect.ts";

describe("csv", () => {
  it("keeps each record's starting line, across quoted line breaks, BOM and CRLF", () => {
    const records = parseCsv('\ufeffa,b\r\n1,"x, ""y""\nz"\r\n\r\n2,\n');
    expect(records).toEqual([
      {line: 1, fields: ["a", "b"]},
      {line: 2, fields: ["1", 'x, "y"\nz']},
      {line: 5, fields: ["2", ""]}
    ]);
  });
});

describe("flags", () => {
  it("accepts Eurostat letters and combinations, refuses others", () => {
    expect(checkFlag("")).toEqual({flag: null});
    expect(checkFlag("bu")).toEqual({flag: "bu"});
    expect(checkFlag("m")).toEqual({flag: "m"});
    expect(checkFlag("x").error).toMatch(/unknown flag letter "x"/);
    expect(checkFlag("bb").error).toMatch(/repeated/);
    expect(describeFlag("bu")).toBe("break in time series, low reliability");
    expect(combineFlags(["u", "b", null, "bu"])).toBe("bu");
    expect(combineFlags([null, null])).toBeNull();
  });
});

describe("geography", () => {
  it("maps Eurostat codes explicitly and keeps aggregates", () => {
    expect(mapEurostatGeo("EL")).toEqual({iso3: "GRC", isAggregate: false});
    expect(mapEurostatGeo("UK")).toEqual({iso3: "GBR", isAggregate: false});
    expect(mapEurostatGeo("SE")).toEqual({iso3: "SWE", isAggregate: false});
    for (const agg of ["EU27_2020", "EA20", "EU28", "EA", "EU"]) expect(mapEurostatGeo(agg)).toEqual({iso3: null, isAggregate: true});
    expect(mapEurostatGeo("XX")).toBeUndefined();
    expect(mapEurostatGeo("DE_TOT")).toBeUndefined();
  });

  it("classifies tidy iso3 cells", () => {
    expect(mapTidyGeo("SWE", "Sweden")).toEqual({iso3: "SWE", isAggregate: false});
    expect(mapTidyGeo("", "OECD average")).toEqual({iso3: null, isAggregate: true});
    expect(mapTidyGeo("EU28", "EU-28 (survey average)")).toEqual({iso3: null, isAggregate: true});
    expect(mapTidyGeo("EU12BB", "12 MS (survey average)")).toEqual({iso3: null, isAggregate: true});
    expect(mapTidyGeo("SWX", "Sweden")).toBeUndefined();
    // An unknown code is never an aggregate because its label says so.
    expect(mapTidyGeo("XYZ", "Total")).toBeUndefined();
    expect(mapTidyGeo("SWX", "Sweden total")).toBeUndefined();
    expect(mapTidyGeo("EU15M", "EU-15 Muslim survey countries")).toEqual({iso3: null, isAggregate: true});
    expect(mapTidyGeo("EU15M", "Sweden")).toBeUndefined();
    expect(mapTidyGeo("", "Sweden")).toBeUndefined();
  });

  it("turns Eurostat labels back into codes, tolerant of dash and space variants", () => {
    expect(eurostatCodeForLabel("geo", "Euro area - 19 countries  (2015-2022)")).toBe("EA19");
    expect(eurostatCodeForLabel("geo", "Euro area – 20 countries (from 2023)")).toBe("EA20");
    expect(eurostatCodeForLabel("citizen", "Total")).toBe("TOTAL");
    expect(eurostatCodeForLabel("sex", "Total")).toBe("T");
  });
});

describe("series ids", () => {
  it("builds indicator from dataset + measure dimensions and group from citizen/sex", () => {
    const s = eurostatSeries("lfsa_ergan", "Employment rates", [
      {dimension: "freq", code: "A", label: "Annual"},
      {dimension: "unit", code: "PC", label: "Percentage"},
      {dimension: "sex", code: "T", label: "Total"},
      {dimension: "age", code: "Y20-64", label: "From 20 to 64 years"},
      {dimension: "citizen", code: "NEU27_2020_FOR", label: "Non-EU27"},
      {dimension: "geo", code: "SE", label: "Sweden"}
    ]);
    expect(s).toEqual({
      indicator: "lfsa_ergan.Y20-64",
      indicatorLabel: "Employment rates: From 20 to 64 years",
      group: "citizen=NEU27_2020_FOR;sex=T",
      groupLabel: "citizen: Non-EU27; sex: Total"
    });
    expect(datasetFromDataflow("ESTAT:ILC_DI15$DEFAULTVIEW(1.0)")).toBe("ilc_di15");
    expect(datasetFromFileName("eurostat/lfsa_ergan_Y20-64_by_citizenship.tsv")).toBe("lfsa_ergan");
    expect(datasetFromFileName("estat_edat_lfs_9912.tsv")).toBe("edat_lfs_9912");
  });

  it("picks the parser by name and header", () => {
    expect(detectOutcomeFormat("a/b.tsv", "")).toBe("eurostat-tsv");
    expect(detectOutcomeFormat("a/b.sdmx.csv", "")).toBe("eurostat-sdmx");
    expect(detectOutcomeFormat("a/b.csv", "DATAFLOW,geo,TIME_PERIOD,OBS_VALUE")).toBe("eurostat-sdmx");
    expect(detectOutcomeFormat("a/b.csv", "country,iso3")).toBe("tidy");
    expect(detectOutcomeFormat("a/b.xlsx", "")).toBeNull();
  });
});
