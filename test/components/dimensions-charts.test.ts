import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {DimensionScatter} from "../../src/components/dimension-scatter.ts";
import {LoadingsHeatmap} from "../../src/components/loadings-heatmap.ts";

const {document} = new JSDOM("<!doctype html><body></body>").window;

describe("LoadingsHeatmap", () => {
  const cells = ["Education", "Health"].flatMap((item, i) =>
    ["Basic rights", "Secure future"].map((dimension, k) => ({item, group: item, dimension, value: i === k ? 0.8 : -0.1}))
  );

  it("draws one cell per item and dimension, with a caption naming the strongest loadings", () => {
    const figure = LoadingsHeatmap(cells, {width: 600, document});
    expect(figure.tagName).toBe("FIGURE");
    expect(figure.querySelectorAll("svg g[aria-label='cell'] rect")).toHaveLength(4);
    expect(figure.querySelector("figcaption")?.textContent).toContain("Basic rights: strongest Education (0.80)");
  });

  it("prints values only when asked or when the rows are few", () => {
    expect(LoadingsHeatmap(cells, {width: 600, document}).querySelectorAll("g[aria-label='text'] text")).toHaveLength(4);
    expect(LoadingsHeatmap(cells, {width: 600, document, labels: false}).querySelectorAll("g[aria-label='text'] text")).toHaveLength(0);
  });
});

describe("DimensionScatter", () => {
  const points = [
    {iso3: "SWE", name: "Sweden", x: 1.5, y: 1, group: "Comprehensive integration"},
    {iso3: "AUT", name: "Austria", x: 0.5, y: -1.4, group: "Temporary integration", highlight: true},
    {iso3: "SAU", name: "Saudi Arabia", x: -1.6, y: -0.2, group: "Immigration without integration"}
  ];

  it("places and labels every country, rings highlighted ones, and describes the chart", () => {
    const figure = DimensionScatter(points, {
      width: 640,
      xLabel: "Equal opportunities",
      yLabel: "Secure future",
      highlightLabel: "differs from published",
      centroids: [{x: 0, y: 0, group: "Comprehensive integration"}],
      document
    });
    expect(figure.querySelectorAll("g[aria-label='text'] text")).toHaveLength(3);
    expect([...figure.querySelectorAll("g[aria-label='text'] text")].map((t) => t.textContent)).toEqual(["SWE", "AUT", "SAU"]);
    const caption = figure.querySelector("figcaption")?.textContent ?? "";
    expect(caption).toContain("Highest on Equal opportunities: Sweden");
    expect(caption).toContain("Ringed (differs from published): Austria");
  });
});
