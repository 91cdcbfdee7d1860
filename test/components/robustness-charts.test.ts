import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import type {RankedUnder} from "../../lib/robustness/ranking.ts";
import type {CountryUncertainty} from "../../lib/robustness/uncertainty.ts";
import {RankIntervalChart} from "../../src/components/rank-interval-chart.ts";
import {RankMoveChart} from "../../src/components/rank-move-chart.ts";
import {SobolChart} from "../../src/components/sobol-chart.ts";

const {document} = new JSDOM("<!doctype html><body></body>").window;

function country(rank: number, name: string, low: number, high: number, median = rank): CountryUncertainty {
  return {
    iso3: name.slice(0, 3).toUpperCase(),
    name,
    score: 90 - rank,
    rank,
    medianRank: median,
    rankLow: low,
    rankHigh: high,
    topProbability: rank <= 2 ? 1 : 0.2,
    bandChangeProbability: 0,
    meanAbsoluteShift: 0.5
  };
}

describe("RankIntervalChart", () => {
  const data = [country(2, "Finland", 1, 3), country(1, "Sweden", 1, 1), country(3, "Portugal", 1, 9, 4)];

  it("draws an interval bar, a median dot and a MIPEX-rank ring per country, in MIPEX rank order", () => {
    const figure = RankIntervalChart(data, {width: 640, document});
    expect(figure.querySelectorAll("svg g[aria-label='rule'] line")).toHaveLength(4); // 3 intervals + the Top Ten line
    expect(figure.querySelectorAll("svg g[aria-label='dot'] circle")).toHaveLength(6);
    const ticks = [...figure.querySelectorAll("svg g[aria-label='y-axis tick label'] text")].map((t) => t.textContent);
    expect(ticks).toEqual(["Sweden", "Finland", "Portugal"]);
  });

  it("says in its caption which interval is widest and how many countries keep one rank", () => {
    const caption = RankIntervalChart(data, {width: 640, document}).querySelector("figcaption")!.textContent!;
    expect(caption).toContain("The widest interval is Portugal's (1–9)");
    expect(caption).toContain("1 country keeps one rank throughout");
  });
});

describe("SobolChart", () => {
  const bars = [
    {choice: "Aggregation", first: 0.4, total: 0.45, firstInterval: [0.38, 0.42] as const, totalInterval: [0.43, 0.47] as const},
    {choice: "Health", first: 0.1, total: 0.2, firstInterval: [0.08, 0.12] as const, totalInterval: [0.18, 0.22] as const},
    {choice: "Scale", first: NaN, total: NaN, firstInterval: [NaN, NaN] as const, totalInterval: [NaN, NaN] as const}
  ];

  it("draws two bars with intervals per estimable choice, largest total first", () => {
    const figure = SobolChart(bars, {width: 640, subject: "the average rank shift", document});
    expect(figure.querySelectorAll("svg g[aria-label='bar'] rect")).toHaveLength(4);
    const caption = figure.querySelector("figcaption")!.textContent!;
    expect(caption).toMatch(/Aggregation 0\.45 \(first order 0\.40\); Health 0\.20/);
    expect(caption).not.toContain("Scale");
  });

  it("says so when nothing can be estimated", () => {
    expect(SobolChart([bars[2]], {width: 640, subject: "Sweden's rank", document}).querySelector("figcaption")!.textContent).toContain("does not vary");
  });
});

describe("RankMoveChart", () => {
  const row = (name: string, rank: number, defaultRank: number): RankedUnder => ({
    iso3: name.slice(0, 3).toUpperCase(),
    name,
    score: 80 - rank,
    rank,
    defaultScore: 80 - defaultRank,
    defaultRank,
    shift: defaultRank - rank
  });

  it("draws an arrow for each country that moves and describes the largest move", () => {
    const figure = RankMoveChart([row("Finland", 1, 2), row("Sweden", 2, 1), row("Portugal", 3, 3)], {
      width: 640,
      configuration: "the geometric mean",
      document
    });
    expect(figure.querySelectorAll("svg g[aria-label='arrow'] path")).toHaveLength(2);
    expect(figure.querySelector("figcaption")!.textContent).toContain("2 of 3 countries change rank");
  });

  it("says when nothing moves", () => {
    expect(RankMoveChart([row("Sweden", 1, 1)], {width: 640, configuration: "MIPEX's choices", document}).querySelector("figcaption")!.textContent).toContain(
      "keeps its MIPEX rank"
    );
  });
});
