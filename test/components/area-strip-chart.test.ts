import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {areaSummaries, type AreaPoint} from "../../lib/findings/strengths-weaknesses/areas.ts";
import {AreaStripChart} from "../../src/components/area-strip-chart.ts";

function point(area: AreaPoint["area"], areaName: string, iso3: string, score: number): AreaPoint {
  return {area, areaName, iso3, name: iso3, score, published: score, eu27: true, oecd: true, traditionalDestination: false};
}

describe("AreaStripChart", () => {
  const {document} = new JSDOM("<!doctype html><body></body>").window;
  const points = [
    point("education", "Education", "AAA", 20),
    point("education", "Education", "BBB", 40),
    point("anti_discrimination", "Anti-discrimination", "AAA", 80),
    point("anti_discrimination", "Anti-discrimination", "BBB", 100)
  ];
  const summaries = areaSummaries(points).filter((s) => s.group === "all");
  const figure = AreaStripChart(points, {width: 640, summaries, subject: "2 countries", document});

  it("draws a dot per country and area, strongest area first", () => {
    const svg = figure.querySelector("svg[aria-label]")!;
    const dots = [...svg.querySelectorAll("g[aria-label='dot'] circle")];
    expect(dots).toHaveLength(4);
    const labels = [...svg.querySelectorAll("g[aria-label='y-axis tick label'] text")].map((t) => t.textContent);
    expect(labels).toEqual(["Anti-discrimination", "Education"]);
  });

  it("states each area's mean and range in its text alternative", () => {
    const caption = figure.querySelector("figcaption")?.textContent ?? "";
    expect(caption).toContain("Anti-discrimination mean 90.0 (median 90.0, 80–100); Education mean 30.0 (median 30.0, 20–40)");
  });
});
