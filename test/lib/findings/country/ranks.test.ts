import {describe, expect, it} from "vitest";
import {countryRanks, rankIn} from "../../../../lib/findings/country/ranks.ts";

describe("profile ranks", () => {
  it("ranks among the members with a score, ties sharing the rank", () => {
    const scores = new Map([
      ["A", 50],
      ["B", 70],
      ["C", 50]
    ]);
    expect(rankIn(scores, ["A", "B", "C", "D"], "C")).toEqual({rank: 2, of: 3});
    expect(rankIn(scores, ["A", "B"], "D")).toBeNull();
  });

  it("ranks a country in each group it belongs to, then in the 2025 update's latest year that scores it", () => {
    const overall = (iso3: string, edition: string, year: number, recomputed: number) => ({
      iso3,
      edition,
      year,
      variant: "with_health",
      recomputed,
      published: null
    });
    const tables = {
      overall_scores: [
        overall("AAA", "2020", 2019, 60),
        overall("BBB", "2020", 2019, 70),
        overall("AAA", "2025", 2023, 65),
        overall("BBB", "2025", 2023, 60),
        overall("BBB", "2025", 2024, 61)
      ]
    } as never;
    const row = (iso3: string, eu27: boolean) => ({iso3, eu27, oecd: false, traditional_destination: false}) as never;
    const countries = [row("AAA", true), row("BBB", false)];
    const ranks = countryRanks(tables, countries)(countries[0]);
    expect(ranks.map((r) => [r.group, r.year, r.rank, r.of])).toEqual([
      ["all", 2019, 2, 2],
      ["eu27", 2019, 1, 1],
      ["eu_update", 2023, 1, 2]
    ]);
  });
});
