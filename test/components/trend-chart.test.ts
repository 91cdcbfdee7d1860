import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import type {AveragePoint, SeriesPoint} from "../../lib/findings/trends/series.ts";
import {TrendChart, trendTableRows} from "../../src/components/trend-chart.ts";

function point(edition: "2020" | "2025", iso3: string, year: number, value: number): SeriesPoint {
  return {edition, measure: "overall_with_health", iso3, name: iso3 === "SWE" ? "Sweden" : "Finland", year, value, published: value, usesPublished: false};
}
function average(edition: "2020" | "2025", year: number, mean: number): AveragePoint {
  return {edition, measure: "overall_with_health", year, mean, publishedMean: mean, countries: 2, panel: "the 2 countries scored in every year"};
}

describe("TrendChart", () => {
  const {document} = new JSDOM("<!doctype html><body></body>").window;
  const points = [
    point("2020", "SWE", 2014, 80),
    point("2020", "SWE", 2019, 86),
    point("2020", "FIN", 2014, 70),
    point("2020", "FIN", 2019, 84),
    point("2025", "SWE", 2020, 86.4),
    point("2025", "SWE", 2024, 85)
  ];
  const averages = [average("2020", 2014, 75), average("2020", 2019, 85), average("2025", 2020, 86.4)];
  const figure = TrendChart({points, averages}, {width: 640, country: "SWE", measureLabel: "Overall, with health", document});

  it("never joins the editions: the 2020 edition and the 2025 update are separate paths", () => {
    const svg = figure.querySelector("svg[aria-label]")!;
    const lines = [...svg.querySelectorAll("g[aria-label='line'] path")];
    // Context: 2 countries (2020) + 1 (2025); highlighted: country and average (2020), country and average (2025).
    expect(lines).toHaveLength(3 + 4);
    expect(
      lines.filter((l) => (l.getAttribute("stroke-dasharray") ?? l.parentElement?.getAttribute("stroke-dasharray")) !== null).length
    ).toBeGreaterThanOrEqual(1);
    expect(svg.textContent).toContain("2025 EU update →");
  });

  it("has a text alternative with the country and average per edition", () => {
    const caption = figure.querySelector("figcaption")?.textContent ?? "";
    expect(caption).toContain("MIPEX 2020 edition: Sweden 80.0 in 2014 to 86.0 in 2019; average 75.0 in 2014 to 85.0 in 2019");
    expect(caption).toContain("2025 EU update: Sweden 86.4 in 2020 to 85.0 in 2024");
    expect(caption).toContain("not one line");
  });

  it("builds the table behind the chart: one row per edition and year", () => {
    const rows = trendTableRows({points, averages}, "SWE");
    expect(rows.map((r) => [r.edition, r.year, r.country, r.average])).toEqual([
      ["2020", 2014, 80, 75],
      ["2020", 2019, 86, 85],
      ["2025", 2020, 86.4, 86.4],
      ["2025", 2024, 85, null]
    ]);
  });
});
