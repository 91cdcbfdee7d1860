import {describe, expect, it} from "vitest";
import {OutcomeFormatError} from "../../../lib/outcomes/observation.ts";
import {parseTidyCsv} from "../../../lib/outcomes/tidy.ts";
import {HAVE_SHARED, fixture, shared, thrown} from "./helpers.ts";
import {needing} from "../../have-sources.ts";

describe.skipIf(!HAVE_SHARED)(needing("tidy CSV, real files", "outcomes"), () => {
  it("reads the naturalisation file, with the EU aggregate's empty iso3", () => {
    const file = "tidy/eurostat_migr_acqs_naturalisation_rate_2009_2019.csv";
    const r = parseTidyCsv(shared(file), {file});
    expect(r.rows).toBe(701);
    expect(r.observations).toHaveLength(701);
    expect(r.exclusions).toEqual([]);
    expect(r.conflicts).toEqual([]);
    // Line 647: Sweden, SWE, 2019, naturalisation_rate_nonEU_citizens, sex=T, 8.38.
    const se = r.observations.find((o) => o.iso3 === "SWE" && o.year === 2019 && o.indicator === "naturalisation_rate_nonEU_citizens");
    expect(se).toMatchObject({value: 8.38, group: "sex=T", row: 647, flag: null, geoLabel: "Sweden", isAggregate: false});
    const eu = r.observations.filter((o) => o.isAggregate);
    expect(eu).toHaveLength(11);
    expect(eu[0]).toMatchObject({iso3: null, geo: "EU", year: 2014, value: 2.63});
  });

  it("keeps the press-reported conflicts (both rows, marked) and reports identical repeats", () => {
    const file = "tidy/pisa2015_resilience_press_reported.csv";
    const r = parseTidyCsv(shared(file), {file});
    expect(r.rows).toBe(77);
    expect(r.observations).toHaveLength(75);
    // Austria 47 (line 2) vs 46 (line 17); Spain 75 (line 34) vs 74 (line 37).
    expect(r.conflicts.map((c) => [c.iso3, c.rows, c.values])).toEqual([
      ["AUT", [2, 17], [47, 46]],
      ["ESP", [34, 37], [75, 74]]
    ]);
    expect(
      r.observations
        .filter((o) => o.conflict)
        .map((o) => o.row)
        .sort((a, b) => a - b)
    ).toEqual([2, 17, 34, 37]);
    // Canada 82 (lines 5 and 16) and Switzerland 58 (lines 6 and 15) repeat the same figure from another source.
    expect(r.exclusions.map((e) => [e.row, e.reason, e.message.match(/as row (\d+)/)?.[1]])).toEqual([
      [15, "duplicate", "6"],
      [16, "duplicate", "5"]
    ]);
    // "OECD average" (iso3 OECD) and "EU average" (iso3 EU) are aggregates.
    expect(r.observations.find((o) => o.row === 3)).toMatchObject({iso3: null, geo: "OECD", isAggregate: true, value: 54});
  });

  it("reads every shared tidy file; empty values kept as null", () => {
    const counts: Record<string, [number, number, number, number]> = {
      "tidy/ess_immigration_attitudes_country_means_2002_2016.csv": [748, 0, 0, 0],
      "tidy/eumidis2_2016_press_reported.csv": [102, 1, 1, 0],
      "tidy/eurobarometer469_integration_success_2017.csv": [22, 0, 0, 0],
      "tidy/gallup_migrant_acceptance_index_2016_2019.csv": [59, 0, 0, 1],
      "tidy/pisa2015_science_by_immigrant_background.csv": [72, 2, 0, 0]
    };
    for (const [file, [observations, missing, exclusions, conflicts]] of Object.entries(counts)) {
      const r = parseTidyCsv(shared(file), {file});
      expect([r.observations.length, r.observations.filter((o) => o.value === null).length, r.exclusions.length, r.conflicts.length], file).toEqual([
        observations,
        missing,
        exclusions,
        conflicts
      ]);
    }
    const gallup = parseTidyCsv(shared("tidy/gallup_migrant_acceptance_index_2016_2019.csv"), {file: "g.csv"});
    // "World" 2016: 5.29 (line 41) vs 5.34 (line 42), empty iso3.
    expect(gallup.conflicts).toMatchObject([{geo: "World", iso3: null, year: 2016, rows: [41, 42], values: [5.29, 5.34]}]);
  });
});

describe("tidy CSV, crafted files", () => {
  it("applies the duplicate, conflict, aggregate and missing-value rules", () => {
    const file = "tidy_small.csv";
    const r = parseTidyCsv(fixture(file), {file});
    expect(r.rows).toBe(6);
    expect(r.observations.map((o) => [o.row, o.iso3, o.geo, o.isAggregate, o.value, o.conflict])).toEqual([
      [2, "SWE", "SWE", false, 7.5, false],
      [3, null, "OECD", true, 5, false],
      [4, null, "World", true, 5.1, true],
      [5, null, "World", true, 5.2, true],
      [7, "GRC", "GRC", false, null, false]
    ]);
    expect(r.observations[2].note).toBe("first quote, with a comma");
    expect(r.conflicts).toEqual([
      {
        file,
        files: [file, file],
        geo: "World",
        iso3: null,
        year: 2016,
        indicator: "acceptance",
        group: "adults",
        rows: [4, 5],
        columns: ["value", "value"],
        values: [5.1, 5.2]
      }
    ]);
    expect(r.exclusions).toMatchObject([{file, row: 6, column: "value", reason: "duplicate"}]);
  });

  const header = "country,iso3,year,indicator,group,value,unit,source,note";
  const broken = (lines: string[]) => thrown(() => parseTidyCsv(lines.join("\n"), {file: "bad.csv"}));

  it("names file, row and column for a wrong header, bad iso3, year and value", () => {
    const wrong = broken(["country,iso,year,indicator,group,value,unit,source", "Sweden,SWE,2019,x,y,1,%,s"]);
    expect(wrong).toBeInstanceOf(OutcomeFormatError);
    expect(wrong.message).toMatch(/^bad\.csv, row 1, column "iso3": missing required column "iso3"/);
    expect(broken([header, "Sweden,SWE,2019,x,y,1,%,s,", "Sweden,SWX,2019,x,y,1,%,s,"]).message).toMatch(
      /^bad\.csv, row 3, column "iso3": unknown ISO 3166-1 alpha-3 code "SWX"/
    );
    expect(broken([header, "Sweden,,2019,x,y,1,%,s,"]).message).toMatch(/^bad\.csv, row 2, column "iso3": iso3 is empty but "Sweden" is not an aggregate/);
    expect(broken([header, "Sweden,SWE,19,x,y,1,%,s,"]).message).toBe('bad.csv, row 2, column "year": not a year (YYYY): "19"');
    expect(broken([header, "Sweden,SWE,2019,x,y,n/a,%,s,"]).message).toBe('bad.csv, row 2, column "value": not a number: "n/a"');
    expect(broken([header, "Sweden,SWE,2019,x,y,1e999,%,s,"]).message).toBe('bad.csv, row 2, column "value": not a finite number: "1e999"');
    expect(broken([header, "Total,XYZ,2019,x,y,1,%,s,"]).message).toBe(
      'bad.csv, row 2, column "iso3": unknown ISO 3166-1 alpha-3 code "XYZ" (country "Total"); an aggregate needs an empty iso3 or an aggregate code (EU28, EU27_2020, OECD, WORLD) and a label such as "EU average"'
    );
    // A quoted note with a line break: the next record's line number is still right.
    expect(broken([header, 'Sweden,SWE,2019,x,y,1,%,s,"two\nlines"', "Sweden,SWE,2019,x,z,1 1,%,s,"]).message).toBe(
      'bad.csv, row 4, column "value": not a number: "1 1"'
    );
  });
});
