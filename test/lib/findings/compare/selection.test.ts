import {describe, expect, it} from "vitest";
import type {CompareEntity} from "../../../../lib/findings/compare/data.ts";
import {
  areaPoints,
  areaRows,
  inUrlOrder,
  indicatorRows,
  knownIds,
  overallRows,
  pickedIn,
  pickerEntities,
  trendLegend,
  trendPoints,
  trendRows
} from "../../../../lib/findings/compare/selection.ts";

const entity = (id: string, kind: CompareEntity["kind"], label: string, areas: (number | null)[]): CompareEntity => ({
  id,
  kind,
  label,
  members: kind === "country" ? [id] : ["AAA", "BBB"],
  overall2019: 50,
  areas2019: areas,
  indicators2019: [10, null],
  trend: [
    {edition: "2020", year: 2014, overall: null, n: 1, of: 2, note: "no average: Bee not scored"},
    {edition: "2020", year: 2019, overall: 55, n: 2, of: 2, note: null}
  ]
});
const swe = entity("SWE", "country", "Sweden", [60, null]);
const deu = entity("DEU", "country", "Germany", [40, 45]);
const eu = entity("eu27", "group", "EU27 average", [50, 50]);
const data = {
  areas: [
    {id: "education" as const, name: "Education"},
    {id: "health" as const, name: "Health"}
  ],
  indicators: [
    {code: "a1", area: "education" as const, areaName: "Education", level: "indicator", title: "One"},
    {code: "a2", area: "health" as const, areaName: "Health", level: "indicator", title: "Two"}
  ]
};

describe("the compare page's selection", () => {
  it("splits the pickers, knows their ids and ticks the ones the URL names", () => {
    const pickers = pickerEntities([swe, deu, eu]);
    expect(pickers.countries).toEqual([swe, deu]);
    expect(pickers.groups).toEqual([eu]);
    expect(knownIds(pickers)).toEqual({countries: ["SWE", "DEU"], groups: ["eu27"]});
    expect(pickedIn(pickers.countries, ["DEU"])).toEqual([deu]);
  });

  it("keeps the URL's order, then the rest by label", () => {
    const other = entity("AUT", "country", "Austria", []);
    expect(inUrlOrder([swe, deu, other], ["DEU"]).map((e) => e.id)).toEqual(["DEU", "AUT", "SWE"]);
  });

  it("makes the overall, area and indicator tables, a column per entity", () => {
    expect(overallRows([eu])).toEqual([{id: "eu27", label: "EU27 average", overall2019: 50, countries: 2, kind: "group"}]);
    expect(areaPoints(data, [swe, deu]).map((p) => `${p.subject}/${p.area}`)).toEqual(["Sweden/Education", "Germany/Education", "Germany/Health"]);
    expect(areaRows(data, [swe, deu])).toEqual([
      {area: "Education", SWE: 60, DEU: 40},
      {area: "Health", SWE: null, DEU: 45}
    ]);
    expect(indicatorRows(data, [swe])[1]).toEqual({area: "Health", code: "a2", title: "Two", level: "indicator", SWE: null});
  });

  it("lists the trend by year with members scored, and charts only the years with an average", () => {
    const rows = trendRows([eu]);
    expect(rows[0]).toEqual({series: "EU27 average", edition: "2020", year: 2014, score: null, scored: "1 of 2", note: "no average: Bee not scored"});
    expect(trendPoints(rows).map((r) => r.year)).toEqual([2019]);
    expect(
      trendLegend([
        {edition: "2020", first: 2007, last: 2019},
        {edition: "2025", first: 2020, last: 2024}
      ])
    ).toBe("Solid: the 2020 edition (2007–2019); dashed: the 2025 EU update, a separate series (2020–2024)");
  });
});
