import * as Plot from "@observablehq/plot";
import {JSDOM} from "jsdom";
import {afterEach, describe, expect, it, vi} from "vitest";
import {SCORE_BANDS} from "../../lib/mipex/score-bands.ts";
import {AreaComparisonChart} from "../../src/components/area-comparison-chart.ts";
import {chartFigure} from "../../src/components/chart-figure.ts";
import {DownloadChart, chartParts, chartToSvg, estimateTextWidth, layoutSwatches, serializeSvg, stackBlocks} from "../../src/components/chart-export.ts";
import {LoadingsHeatmap} from "../../src/components/loadings-heatmap.ts";
import {RankingChart} from "../../src/components/ranking-chart.ts";
import {country} from "./ranked-country.ts";

const {window} = new JSDOM("<!doctype html><body></body>");
const {document} = window;

/** The exported SVG text parsed as an XML document, as an editor or image viewer would read it. */
function parse(text: string): Document {
  const xml = new window.DOMParser().parseFromString(text, "image/svg+xml");
  expect(xml.getElementsByTagName("parsererror")).toHaveLength(0);
  expect(xml.documentElement.namespaceURI).toBe("http://www.w3.org/2000/svg");
  return xml;
}

const ranked = [country(1, "Sweden", 86.4), country(2, "Finland", 84.6), country(3, "Germany", 58), country(4, "Turkey", 43), country(5, "Saudi Arabia", 10.4)];

describe("chartToSvg with a swatch legend (the ranking)", () => {
  // Wide enough for the six bands in one row of legend (see layoutSwatches for the wrapping).
  const figure = RankingChart(ranked, {width: 1000, bands: SCORE_BANDS, document});
  // On the page the chart sits in a `resize` wrapper div, and that is what DownloadChart is given.
  const wrapper = document.createElement("div");
  wrapper.append(figure);
  const plotHeight = 18 * ranked.length + 40;

  it("finds the plot, not a legend swatch", () => {
    const parts = chartParts(wrapper);
    expect(parts.plot.getAttribute("aria-label")).toBe("MIPEX ranking");
    expect(parts.legends).toHaveLength(1);
    expect(parts.captions).toEqual([]); // the description caption around the chart is not drawn
  });

  it("exports the whole chart: every bar and score, and the legend above it", () => {
    const xml = parse(serializeSvg(wrapper, document));
    const root = xml.documentElement;
    expect(root.querySelectorAll("g[aria-label='bar'] rect")).toHaveLength(ranked.length);
    expect([...root.querySelectorAll("g[aria-label='text'] text")].map((t) => t.textContent)).toEqual(["86", "85", "58", "43", "10"]);
    const legend = root.children[0];
    expect([...legend.querySelectorAll("text")].map((t) => t.textContent)).toEqual(SCORE_BANDS.map((b) => b.label));
    expect([...legend.querySelectorAll("rect")].map((r) => r.getAttribute("fill"))).toEqual(SCORE_BANDS.map((b) => b.color));
    expect(legend.querySelectorAll("rect")[0].getAttribute("width")).toBe("15");
    expect(root.children[1].getAttribute("transform")).toBe("translate(0,38)"); // 33px legend + 0.5em
  });

  it("sizes the picture to hold the legend and the plot", () => {
    const {width, height, svg} = chartToSvg(wrapper, document);
    expect(width).toBe(1000);
    expect(height).toBe(38 + plotHeight);
    expect(svg.getAttribute("width")).toBe("1000");
    expect(svg.getAttribute("height")).toBe(String(38 + plotHeight));
    expect(svg.getAttribute("viewBox")).toBe(`0 0 1000 ${38 + plotHeight}`);
    // The nested plot keeps its size whatever the page's CSS says (Plot's style has height: auto).
    const plot = svg.querySelector("svg[aria-label='MIPEX ranking']") as SVGSVGElement;
    expect(plot.style.height).toBe(`${plotHeight}px`);
  });

  it("lays legend labels out without overlap", () => {
    const legend = chartToSvg(wrapper, document).svg.children[0];
    const xs = [...legend.querySelectorAll("rect")].map((r) => Number(r.getAttribute("x")));
    const labels = [...legend.querySelectorAll("text")];
    for (let i = 1; i < xs.length; i++) {
      const previousEnd = Number(labels[i - 1].getAttribute("x")) + estimateTextWidth(labels[i - 1].textContent!, 10);
      expect(xs[i]).toBeGreaterThan(previousEnd);
    }
  });

  it("wraps the legend onto two rows on a narrow chart, and makes room for it", () => {
    const narrow = RankingChart(ranked, {width: 500, bands: SCORE_BANDS, document});
    const {svg, height} = chartToSvg(narrow, document);
    const ys = new Set([...svg.children[0].querySelectorAll("rect")].map((r) => r.getAttribute("y")));
    expect(ys.size).toBeGreaterThan(1);
    const offset = Number(/translate\(0,([\d.]+)\)/.exec(svg.children[1].getAttribute("transform")!)![1]);
    expect(offset).toBeGreaterThan(38);
    expect(height).toBe(offset + plotHeight);
    for (const rect of svg.children[0].querySelectorAll("rect")) expect(Number(rect.getAttribute("x")) + 15).toBeLessThanOrEqual(500);
  });

  it("is what the SVG button saves", async () => {
    const saved: Blob[] = [];
    const create = vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => (saved.push(blob as Blob), "blob:test"));
    const button = [...DownloadChart(wrapper, {filename: "mipex-ranking-2019", document}).querySelectorAll("button")].find((b) => b.textContent === "SVG")!;
    button.click();
    expect(create).toHaveBeenCalledTimes(1);
    expect(saved[0].type).toBe("image/svg+xml");
    const text = await saved[0].text();
    expect(text).toBe(serializeSvg(wrapper, document));
    expect(text.length).toBeGreaterThan(3000);
  });

  afterEach(() => vi.restoreAllMocks());
});

describe("chartToSvg with a ramp legend (the loadings heatmap)", () => {
  const cells = ["Labour market mobility", "Family reunion", "Education"].flatMap((item, i) =>
    ["Equal opportunities", "Basic rights"].map((dimension, j) => ({item, dimension, value: (i - j) * 0.3}))
  );
  const figure = LoadingsHeatmap(cells, {width: 640, document});

  it("exports the heatmap cells and the colour ramp with its label, stacked", () => {
    const parts = chartParts(figure);
    const {width, height} = chartToSvg(figure, document);
    const plotWidth = Number(parts.plot.getAttribute("width"));
    const plotHeight = Number(parts.plot.getAttribute("height"));
    expect(width).toBe(Math.max(240, plotWidth));
    expect(height).toBe(50 + plotHeight);
    const root = parse(serializeSvg(figure, document)).documentElement;
    expect(root.querySelectorAll("g[aria-label='cell'] rect")).toHaveLength(cells.length);
    const ramp = root.children[0].querySelector("svg")!;
    expect(ramp.getAttribute("class")).toMatch(/-ramp$/);
    expect(ramp.textContent).toContain("Loading");
    expect(ramp.querySelectorAll("rect").length).toBeGreaterThan(4);
    expect(root.children[1].getAttribute("transform")).toBe("translate(0,50)");
  });
});

describe("chartToSvg with a symbol legend, title, subtitle and caption", () => {
  const data = [
    {x: 1, y: 2, kind: "Recorded"},
    {x: 2, y: 3, kind: "Scenario"}
  ];
  const figure = Plot.plot({
    document,
    width: 400,
    height: 200,
    title: "Area scores",
    subtitle: "Recorded and scenario",
    caption: "Source: MIPEX 2020",
    symbol: {legend: true},
    marks: [Plot.dot(data, {x: "x", y: "y", symbol: "kind"})]
  });

  it("draws title, subtitle, legend, plot and caption in that order", () => {
    const root = parse(serializeSvg(figure, document)).documentElement;
    const blocks = [...root.children];
    const texts = blocks.map((b) => b.textContent?.trim());
    expect([texts[0], texts[1], texts[2], texts[4]]).toEqual(["Area scores", "Recorded and scenario", "RecordedScenario", "Source: MIPEX 2020"]);
    expect(blocks[0].querySelector("text")?.getAttribute("font-size")).toBe("16");
    const offsets = blocks.map((b) => Number(/translate\(0,([\d.]+)\)/.exec(b.getAttribute("transform") ?? "")?.[1]));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    // Symbol swatches keep their shape: a nested svg with a path.
    expect(blocks[2].querySelectorAll("svg path")).toHaveLength(2);
    expect(blocks[3].querySelectorAll("g[aria-label='dot'] path")).toHaveLength(2);
  });

  it("is high enough for every block", () => {
    const {height} = chartToSvg(figure, document);
    expect(height).toBe(24 + 20 + 38 + 200 + 15);
    expect(height).toBeLessThan(200 + 200);
  });

  it("also works for a figure with a legend from the area comparison chart", () => {
    const chart = AreaComparisonChart(
      [
        {subject: "Sweden", area: "Education", score: 80},
        {subject: "Finland", area: "Education", score: 70}
      ],
      {width: 500, document}
    );
    const root = parse(serializeSvg(chart, document)).documentElement;
    expect([...root.children[0].querySelectorAll("text")].map((t) => t.textContent)).toEqual(["Sweden", "Finland"]);
    expect(root.querySelectorAll("g[aria-label='dot'] path")).toHaveLength(2);
  });
});

describe("chartToSvg without a legend", () => {
  const svg = Plot.plot({document, width: 300, height: 150, marks: [Plot.barY([1, 2, 3], {x: (_d: number, i: number) => i, y: (d: number) => d})]});
  const figure = chartFigure(svg, "Three bars.", document);

  it("exports the plot's svg as before: the same element, with xmlns and the page's colour", () => {
    const {svg: exported, width, height} = chartToSvg(figure, document);
    expect([width, height]).toEqual([300, 150]);
    expect(exported.getAttribute("class")).toBe(svg.getAttribute("class"));
    expect(exported.innerHTML).toBe(svg.innerHTML);
    const root = parse(serializeSvg(figure, document)).documentElement;
    expect(root.getAttribute("width")).toBe("300");
    expect(root.querySelectorAll("g[aria-label='bar'] rect")).toHaveLength(3);
  });

  it("accepts the svg itself", () => {
    expect(serializeSvg(svg, document)).toBe(serializeSvg(figure, document));
  });

  it("fails clearly when there is no chart", () => {
    expect(() => chartToSvg(document.createElement("div"), document)).toThrow(/no svg element/);
  });
});

describe("layout helpers", () => {
  it("wraps swatches onto a new row at the chart's width", () => {
    const item = {width: 15, height: 15, labelWidth: 100};
    const {positions, height, width} = layoutSwatches([item, item, item], 260, 10);
    expect(positions.map((p) => p.x)).toEqual([0, 130, 0]);
    expect(positions[2].cy).toBeGreaterThan(positions[0].cy);
    expect(width).toBe(250);
    expect(height).toBeGreaterThanOrEqual(33);
  });

  it("keeps one row 33px high with its swatches centred, as Plot's CSS does", () => {
    expect(layoutSwatches([{width: 15, height: 15, labelWidth: 40}], 640, 10)).toEqual({positions: [{x: 0, cy: 16.5}], width: 60, height: 33});
  });

  it("stacks blocks with their bottom margins", () => {
    expect(
      stackBlocks([
        {width: 300, height: 33, marginBottom: 5},
        {width: 640, height: 400}
      ])
    ).toEqual({offsets: [0, 38], width: 640, height: 438});
  });
});
