import {describe, expect, it} from "vitest";
import {measureView} from "../../../../lib/findings/trends/measure-view.ts";
import {compactSeries} from "../../../../lib/findings/trends/page.ts";
import type {AveragePoint, SeriesPoint} from "../../../../lib/findings/trends/series.ts";

const point = (measure: string, iso3: string, year: number, value: number, edition: "2020" | "2025" = "2020"): SeriesPoint => ({
  edition,
  measure,
  iso3,
  name: iso3 === "SWE" ? "Sweden" : "Finland",
  year,
  value,
  published: value + 0.5,
  usesPublished: false
});
const average = (measure: string, edition: "2020" | "2025", year: number, panel: string): AveragePoint => ({
  edition,
  measure,
  year,
  mean: 50,
  publishedMean: null,
  countries: 2,
  panel
});

const points = [
  point("a", "FIN", 2014, 60),
  point("a", "FIN", 2019, 61.123456789),
  point("a", "SWE", 2014, 80),
  point("a", "SWE", 2020, 81, "2025"),
  point("b", "SWE", 2014, 10)
];
const data = {
  measures: [
    {id: "a", label: "Measure A"},
    {id: "b", label: "Measure B"}
  ],
  names: {SWE: "Sweden", FIN: "Finland"},
  series: compactSeries(points),
  averages: [
    average("a", "2020", 2014, "the 2 countries"),
    average("a", "2020", 2019, "the 2 countries"),
    average("a", "2025", 2020, "the 1 EU country"),
    average("b", "2020", 2014, "x")
  ]
};

describe("the trends chart's view of one measure", () => {
  it("expands the compact series of that measure only, names each country and rounds values to 6 decimals", () => {
    const view = measureView(data, "a");
    expect(view.measureLabel).toBe("Measure A");
    expect(view.chartData.points.map((p) => [p.edition, p.iso3, p.name, p.year, p.value, p.published])).toEqual([
      ["2020", "FIN", "Finland", 2014, 60, 60.5],
      ["2020", "FIN", "Finland", 2019, 61.123457, 61.623457],
      ["2020", "SWE", "Sweden", 2014, 80, 80.5],
      ["2025", "SWE", "Sweden", 2020, 81, 81.5]
    ]);
    expect(view.chartData.points.every((p) => p.measure === "a")).toBe(true);
  });

  it("keeps the measure's averages and names each edition's panel once", () => {
    const view = measureView(data, "a");
    expect(view.chartData.averages.map((a) => [a.edition, a.year])).toEqual([
      ["2020", 2014],
      ["2020", 2019],
      ["2025", 2020]
    ]);
    expect(view.panels).toEqual(["MIPEX 2020 edition: the 2 countries", "2025 EU update: the 1 EU country"]);
  });

  it("refuses a measure it does not know", () => {
    expect(() => measureView(data, "c")).toThrow(/Unknown measure "c"/);
  });
});
