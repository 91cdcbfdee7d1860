import {beforeAll, describe, expect, it} from "vitest";
import {strengthsWeaknessesAnalysis} from "../../../../lib/findings/strengths-weaknesses.ts";
import type {AreaPoint, AreaSummary, IndicatorMean} from "../../../../lib/findings/strengths-weaknesses/areas.ts";
import {
  groupView,
  indicatorRows,
  statedAreaAverages,
  strengthsWeaknessesPage,
  wideRows,
  type StrengthsWeaknessesPage
} from "../../../../lib/findings/strengths-weaknesses/page.ts";
import type {SummaryFigureRow} from "../../../../lib/findings/summary-figures.ts";
import {cachedMipex} from "../../../../loaders/mipex/cached-tables.ts";
import {loadPublishedSummaryFigures} from "../../../../loaders/mipex/published-summary-figures.ts";
import {haveSources, needing} from "../../../have-sources.ts";

const point = (iso3: string, name: string, area: "education" | "health", score: number, eu27: boolean): AreaPoint => ({
  area,
  areaName: area === "education" ? "Education" : "Health",
  iso3,
  name,
  score,
  published: score,
  eu27,
  oecd: false,
  traditionalDestination: false
});
const summary = (group: string, area: "education" | "health", rank: number, mean: number, publishedMean: number | null): AreaSummary =>
  ({group, area, areaName: area, rank, mean, publishedMean, lowest: ["B", "A"], highest: ["C"]}) as AreaSummary;

describe("one group's view", () => {
  const points = [point("SWE", "Sweden", "education", 80, true), point("SWE", "Sweden", "health", 70, true), point("CAN", "Canada", "education", 60, false)];
  const summaries = [summary("eu27", "education", 2, 80, 79), summary("eu27", "health", 1, 90, null), summary("all", "education", 1, 70, 70)];

  it("keeps the group's points, countries and summaries, the rows in rank order with their difference from the workbook", () => {
    const view = groupView(points, summaries, wideRows(points), "eu27");
    expect(view.label).toBe("EU27");
    expect(view.points.map((p) => p.iso3)).toEqual(["SWE", "SWE"]);
    expect(view.wide.map((r) => [r.name, r.education, r.health])).toEqual([["Sweden", 80, 70]]);
    expect(view.summaries.map((s) => s.area)).toEqual(["education", "health"]);
    expect(view.summaryRows.map((r) => [r.area, r.difference, r.lowestNames])).toEqual([
      ["health", null, "B, A"],
      ["education", 1, "B, A"]
    ]);
  });

  it("orders every country's row by name", () => {
    expect(wideRows(points).map((r) => r.name)).toEqual(["Canada", "Sweden"]);
  });
});

describe("the indicator rows of the weakness areas", () => {
  const mean = (indicator: string, group: string, m: number, belowArea: number): IndicatorMean =>
    ({
      indicator,
      title: indicator,
      area: "education",
      areaName: "Education",
      group,
      countries: 3,
      mean: m,
      atZero: 0,
      atHundred: 0,
      weight: 1,
      belowArea
    }) as IndicatorMean;
  it("gives each indicator its all-country statistics and its group means, the one pulling the area down most first", () => {
    const rows = indicatorRows(["education"], [mean("e1", "all", 50, -5), mean("e1", "eu27", 55, 0), mean("e2", "all", 30, -25)]);
    expect(rows.map((r) => [r.indicator, r.mean, r.eu27, r.oecd])).toEqual([
      ["e2", 30, null, null],
      ["e1", 50, 55, null]
    ]);
  });
});

describe("the stated area averages", () => {
  const row = (id: string, status: "match" | "differs", meanAgrees: boolean, meanMinusReproduction: number) =>
    ({id, status, meanAgrees, meanMinusReproduction}) as SummaryFigureRow;
  it("counts the figures reproduced and picks political participation's and the largest mean − median in size", () => {
    const rows = [
      row("published_area_average.2019.education", "match", true, 1),
      row("published_area_average.2019.political_participation", "match", false, -3),
      row("x", "differs", false, 2)
    ];
    const stated = statedAreaAverages(rows, 2019);
    expect(stated).toMatchObject({matching: 2, meanAgrees: 1});
    expect(stated.politicalParticipation).toBe(rows[1]);
    expect(stated.largestGap).toBe(rows[1]);
  });
  it("refuses figures without political participation's", () => {
    expect(() => statedAreaAverages([row("x", "match", true, 0)], 2019)).toThrow(/political participation/);
  });
});

const SOURCES = ["mipex_core", "mipex_eu", "approach_groups", "published_summary_figures"];
describe.skipIf(!haveSources(...SOURCES))(needing("the page's data, 2019", ...SOURCES), () => {
  let page: StrengthsWeaknessesPage;
  beforeAll(async () => {
    const {tables} = await cachedMipex();
    page = strengthsWeaknessesPage(strengthsWeaknessesAnalysis(tables, loadPublishedSummaryFigures({warn: () => {}})));
  }, 120_000);

  it("states the strongest and the two weakest areas, and that they are MIPEX's two weaknesses", () => {
    expect(page.overall.strongest.area).toBe("anti_discrimination");
    expect([page.overall.weakest.area, page.overall.secondWeakest.area]).toEqual(["political_participation", "education"]);
    expect(page.weaknesses).toMatchObject({computed: ["education", "political_participation"], agree: true});
    expect(page.groups.find((g) => g.group === "all")!.weakestAreMipex).toBe(true);
  });

  it("has a view per group whose countries are the group's members", () => {
    expect(page.byGroup.all.wide).toHaveLength(56);
    expect(page.byGroup.eu27.wide).toHaveLength(27);
    expect(page.byGroup.traditional_destinations.wide.map((r) => r.iso3).sort()).toEqual(["AUS", "CAN", "NZL", "USA"]);
    expect(page.byGroup.eu27.points.every((p) => p.eu27)).toBe(true);
  });

  it("compares all 32 area means and gives the by-group table a mean and rank column per group", () => {
    expect(page.areaMeanChecks.compared).toBe(32);
    expect(page.groupTable.rows).toHaveLength(8);
    expect(page.groupTable.columns).toEqual([
      "area",
      "all",
      "all_rank",
      "eu27",
      "eu27_rank",
      "oecd",
      "oecd_rank",
      "traditional_destinations",
      "traditional_destinations_rank"
    ]);
    expect(page.worstIndicators).toHaveLength(page.weaknessAreas.length);
  });
});
