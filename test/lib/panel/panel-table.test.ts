import {describe, expect, it} from "vitest";
import {EDITION_SERIES, panelTable} from "../../../lib/panel/panel-table.ts";

const score = (iso3: string, year: number, value: number, measure = "health") => ({iso3, year, measure, score: value});
const obs = (iso3: string, year: number, value: number | null, indicator = "gap", conflict = false) => ({
  iso3,
  year,
  indicator,
  group: "sex=T",
  value,
  conflict
});

describe("panelTable", () => {
  const scores = [
    score("AAA", 2018, 50),
    score("AAA", 2019, 50),
    score("AAA", 2020, 55),
    score("BBB", 2015, 40),
    score("BBB", 2016, 45),
    score("BBB", 2017, 45),
    score("BBB", 2018, 60),
    score("CCC", 2019, 70),
    score("CCC", 2018, 1, "education")
  ];
  const observations = [
    obs("AAA", 2018, 1),
    obs("AAA", 2019, 2),
    obs("AAA", 2020, 3),
    obs("BBB", 2015, 4),
    obs("BBB", 2017, 5),
    obs("BBB", 2018, 6),
    obs("BBB", 2016, null),
    obs("CCC", 2019, 7),
    obs("CCC", 2019, 8),
    obs("AAA", 2018, 10, "control"),
    obs("AAA", 2019, 11, "control"),
    obs("BBB", 2015, 12, "control")
  ];
  const spec = {measure: "health", edition: EDITION_SERIES[0], outcome: {indicator: "gap", group: "sex=T"}};

  it("keeps one edition's years (2020 belongs to the 2025 series) and joins by country and year", () => {
    const {rows, coverage} = panelTable(scores, observations, spec);
    expect(rows.map((r) => `${r.iso3} ${r.year} ${r.score} ${r.outcome}`)).toEqual([
      "AAA 2018 50 1",
      "AAA 2019 50 2",
      "BBB 2015 40 4",
      "BBB 2017 45 5",
      "BBB 2018 60 6"
    ]);
    expect(coverage).toMatchObject({countries: 2, countryYears: 5, firstYear: 2015, lastYear: 2019, constantScore: ["AAA"]});
    expect(coverage.perCountry.find((c) => c.iso3 === "BBB")!.gaps).toEqual([2016]);
    expect(coverage.perYear).toEqual([
      {year: 2015, countries: 1},
      {year: 2017, countries: 1},
      {year: 2018, countries: 2},
      {year: 2019, countries: 1}
    ]);
  });

  it("lists every left-out country-year with its reason: missing value, two different values", () => {
    const {coverage} = panelTable(scores, observations, spec);
    expect(coverage.excluded).toEqual([
      {iso3: "BBB", year: 2016, reason: "no outcome value"},
      {iso3: "CCC", year: 2019, reason: "conflicting outcome values"}
    ]);
  });

  it("needs the controls too, and the 2025 series takes 2020–2024 only", () => {
    const withControl = panelTable(scores, observations, {...spec, controls: [{indicator: "control", group: "sex=T"}]});
    expect(withControl.rows.map((r) => [r.iso3, r.year, r.controls])).toEqual([
      ["AAA", 2018, [10]],
      ["AAA", 2019, [11]],
      ["BBB", 2015, [12]]
    ]);
    expect(withControl.coverage.excluded.filter((e) => e.reason === "no control value")).toHaveLength(2);
    expect(panelTable(scores, observations, {...spec, edition: EDITION_SERIES[1]}).rows.map((r) => r.year)).toEqual([2020]);
  });
});
