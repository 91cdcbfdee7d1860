import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {SCORE_BANDS} from "../../lib/mipex/score-bands.ts";
import {DownloadTable, rowsToCsv} from "../../src/components/table-downloads.ts";
import {RankingChart} from "../../src/components/ranking-chart.ts";
import {country} from "./ranked-country.ts";

describe("RankingChart", () => {
  const {document} = new JSDOM("<!doctype html><body></body>").window;
  const data = [country(1, "Sweden", 86.4), country(2, "Finland", 84.6), country(3, "Saudi Arabia", 10.4)];

  it("renders one bar per country inside a figure with a text alternative", () => {
    const figure = RankingChart(data, {width: 640, bands: SCORE_BANDS, document});
    expect(figure.tagName).toBe("FIGURE");
    expect(figure.querySelectorAll("svg g[aria-label='bar'] rect")).toHaveLength(3);
    expect(figure.querySelector("figcaption")?.textContent).toContain("from Sweden (86) to Saudi Arabia (10)");
  });
});

describe("downloads", () => {
  const {document} = new JSDOM("<!doctype html><body></body>").window;

  it("writes CSV with a header, empty cells for null and quoted commas", () => {
    expect(rowsToCsv([{a: 1, b: null, c: "x, y"}])).toBe('a,b,c\n1,,"x, y"');
  });

  it("offers CSV and JSON links named after the table", () => {
    const el = DownloadTable([{a: 1}], {filename: "ranking", document});
    expect([...el.querySelectorAll("a")].map((a) => a.download)).toEqual(["ranking.csv", "ranking.json"]);
  });
});
