import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import type {CountryChange} from "../../lib/findings/trends/change.ts";
import {ChangeChart} from "../../src/components/change-chart.ts";

function change(iso3: string, name: string, value: number | null): CountryChange {
  const category = value === null ? "not computable" : value > 1 ? "improved" : value < -1 ? "undermined" : "no change";
  return {
    iso3,
    name,
    eu27: false,
    fromValue: value === null ? null : 50,
    toValue: value === null ? null : 50 + value,
    change: value,
    recomputedChange: value,
    publishedChange: value,
    publishedScoreYears: [],
    category,
    note: null
  };
}

describe("ChangeChart", () => {
  const {document} = new JSDOM("<!doctype html><body></body>").window;
  const data = [change("TUR", "Turkey", 16.9), change("SWE", "Sweden", -0.7), change("AUS", "Australia", -4.4), change("ARG", "Argentina", null)];
  const figure = ChangeChart(data, {width: 640, threshold: 1, label: "overall score, 2014 → 2019", document});

  it("draws one dot per computable change, largest gain first", () => {
    const svg = figure.querySelector("svg[aria-label]")!;
    expect(svg.querySelectorAll("g[aria-label='dot'] circle")).toHaveLength(3);
    expect([...svg.querySelectorAll("g[aria-label='y-axis tick label'] text")].map((t) => t.textContent)).toEqual(["Turkey", "Sweden", "Australia"]);
  });

  it("counts the categories and names the country left out in its text alternative", () => {
    const caption = figure.querySelector("figcaption")?.textContent ?? "";
    expect(caption).toContain("from Turkey (+16.9) to Australia (\u22124.4)");
    expect(caption).toContain("1 improved, 1 undermined, 1 did not change");
    expect(caption).toContain("Not computable and not drawn: Argentina");
  });
});
