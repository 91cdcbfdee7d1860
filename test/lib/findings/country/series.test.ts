import {describe, expect, it} from "vitest";
import {OVERALL_MEASURES, areaMeasures, scoreSeries, seriesHistory, type SeriesRow} from "../../../../lib/findings/country/series.ts";

const row = (measure: SeriesRow["measure"], year: number, recomputed: number | null): SeriesRow => ({
  edition: "2020",
  year,
  measure,
  label: measure,
  recomputed,
  published: null
});

describe("profile series", () => {
  it("orders each country's rows by edition, overall before areas, then year", () => {
    const series = scoreSeries({
      overall_scores: [
        {iso3: "SWE", edition: "2020", year: 2019, variant: "without_health", recomputed: 80, published: 80},
        {iso3: "SWE", edition: "2020", year: 2014, variant: "with_health", recomputed: 78, published: 78},
        {iso3: "SWE", edition: "2020", year: 2014, variant: "core", recomputed: 1, published: 1}
      ],
      area_scores: [{iso3: "SWE", edition: "2020", year: 2014, area: "education", recomputed: 70, published: 70}]
    } as never);
    expect(series.get("SWE")!.map((r) => [r.measure, r.year])).toEqual([
      ["overall_with_health", 2014],
      ["overall_without_health", 2019],
      ["education", 2014]
    ]);
  });

  it("charts the rows with a recomputed score, overall and areas apart", () => {
    const rows = [row("overall_with_health", 2014, 60), row("overall_with_health", 2019, null), row("education", 2014, 50), row("health", 2014, 40)];
    expect(seriesHistory(rows, OVERALL_MEASURES)).toEqual([{series: "overall_with_health", edition: "2020", year: 2014, score: 60}]);
    expect(areaMeasures(rows)).toEqual(["education", "health"]);
    expect(seriesHistory(rows, areaMeasures(rows)).map((p) => p.score)).toEqual([50, 40]);
  });
});
