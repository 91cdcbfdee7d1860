import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {AreaComparisonChart} from "../../src/components/area-comparison-chart.ts";
import {DimensionPositionChart} from "../../src/components/dimension-position-chart.ts";
import {ScoreHistoryChart} from "../../src/components/score-history-chart.ts";

const {document} = new JSDOM("<!doctype html><body></body>").window;

describe("ScoreHistoryChart", () => {
  const points = [
    {series: "Overall", edition: "2020", year: 2014, score: 80},
    {series: "Overall", edition: "2020", year: 2019, score: 86.4},
    {series: "Overall", edition: "2025", year: 2020, score: 86.4},
    {series: "Overall", edition: "2025", year: 2023, score: 87}
  ];
  const figure = ScoreHistoryChart(points, {width: 640, subject: "Sweden's overall score", document});

  it("draws the 2025 update as its own dashed line, never joined to the 2020 edition", () => {
    expect(figure.tagName).toBe("FIGURE");
    const lines = [...figure.querySelectorAll("svg g[aria-label='line'] path")];
    expect(lines).toHaveLength(2);
    const dashed = [...figure.querySelectorAll("svg g[aria-label='line']")].map((g) => g.getAttribute("stroke-dasharray"));
    expect(dashed).toEqual([null, "5,3"]);
    // Lines and the zero rule are hidden from assistive technology (axe: aria-label on a role-less <g>).
    expect([...figure.querySelectorAll("svg g[aria-label='line'], svg g[aria-label='rule']")].map((g) => g.getAttribute("aria-hidden"))).toEqual([
      "true",
      "true",
      "true"
    ]);
  });

  it("has a text alternative with each series' first and last score per edition", () => {
    const caption = figure.querySelector("figcaption")?.textContent ?? "";
    expect(caption).toContain("Overall (2020 edition) 80.0 in 2014 to 86.4 in 2019");
    expect(caption).toContain("Overall (2025 edition) 86.4 in 2020 to 87.0 in 2023");
    expect(figure.querySelector("svg[aria-label]")?.getAttribute("aria-label")).toBe("Sweden's overall score over time");
  });
});

describe("AreaComparisonChart", () => {
  const points = [
    {subject: "Sweden", area: "Education", score: 92.9},
    {subject: "EU27 average", area: "Education", score: 40.2},
    {subject: "Sweden", area: "Health", score: 83.4},
    {subject: "EU27 average", area: "Health", score: 50}
  ];
  const figure = AreaComparisonChart(points, {width: 640, measure: "area scores 2019", document});

  it("draws a dot per subject and area and a range rule per area", () => {
    expect(figure.querySelectorAll("svg g[aria-label='dot'] path, svg g[aria-label='dot'] circle").length).toBe(4);
    expect(figure.querySelectorAll("svg g[aria-label='rule'] line")).toHaveLength(2);
  });

  it("lists every score in its caption", () => {
    expect(figure.querySelector("figcaption")?.textContent).toBe(
      "Dot chart of area scores 2019 for Sweden, EU27 average in 2 policy areas: Education: Sweden 92.9, EU27 average 40.2; Health: Sweden 83.4, EU27 average 50.0."
    );
  });
});

describe("DimensionPositionChart", () => {
  const field = ["AAA", "BBB", "CCC"].flatMap((iso3, i) =>
    ["Basic rights", "Equal opportunities", "Secure future"].map((label, k) => ({iso3, name: `Country ${iso3}`, label, score: i - 1 + k / 10}))
  );
  const figure = DimensionPositionChart(field, {width: 640, highlight: "CCC", document});

  it("marks the country among all countries and gives its rank per dimension", () => {
    const caption = figure.querySelector("figcaption")?.textContent ?? "";
    expect(caption).toContain("3 countries' scores on 3 dimensions, Country CCC highlighted");
    expect(caption).toContain("Basic rights 1.00 (rank 1 of 3)");
    expect(figure.querySelectorAll("svg g[aria-label='text'] text")).toHaveLength(3);
  });
});
