/**
 * Country profiles, compare data and the simulator's data on the official workbooks (skipped when the
 * data are not on this machine): the simulator's base reproduces every recomputed 2019 overall score
 * and rank, the profiles' approach is the dimensions page's model's, and the best single change agrees
 * with weight × (100 − score) / 8 from the tables.
 */
import {describe, expect, it} from "vitest";
import {indicatorDistance, countryProfiles, trainedApproachModel, whatIfData} from "../../../lib/findings/country-profiles.ts";
import {compareData} from "../../../lib/findings/compare.ts";
import {countryFindings} from "../../../lib/findings/country-findings.ts";
import {dimensionsAnalysis} from "../../../lib/findings/dimension-findings.ts";
import {ranking} from "../../../lib/findings/ranking.ts";
import {bestSingleChanges, scenarioApproach, simulate} from "../../../lib/findings/what-if.ts";
import {haveSources, needing} from "../../have-sources.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";

const haveData = haveSources("mipex_core", "approach_groups");

describe("indicatorDistance", () => {
  it("leaves out indicators either vector lacks and scales to the full length", () => {
    expect(indicatorDistance([100, 50, null], [50, 50, 0])).toEqual({distance: Math.sqrt((2500 * 3) / 2), compared: 2});
    expect(indicatorDistance([null], [1])).toBeNull();
  });
});

describe.skipIf(!haveData)(needing("profiles and simulator on the MIPEX 2020 workbook", "mipex_core", "approach_groups"), async () => {
  const {tables} = haveData ? await cachedMipex() : ({} as never);
  const model = haveData ? trainedApproachModel(tables) : ({} as never);
  const data = haveData ? whatIfData(tables) : ({} as never);
  const ranked = haveData ? ranking(tables.overall_scores, tables.countries, {edition: "2020", year: 2019, variant: "with_health"}) : [];

  it("the simulator's base is every country's recomputed 2019 overall score and rank", () => {
    expect(data.countries).toHaveLength(56);
    expect(data.indicators).toHaveLength(59);
    for (const c of ranked) {
      const s = simulate(data, c.iso3);
      expect(s.base.overall, c.iso3).toBeCloseTo(c.score, 9);
      expect(s.base.rank, c.iso3).toBe(c.rank);
    }
  });

  it("the best single change for Sweden is weight × (100 − score) / 8 from the tables", () => {
    const [best] = bestSingleChanges(data, "SWE");
    const indicator = tables.indicators.find((i) => i.code === best.code)!;
    const score = tables.indicator_scores.find((r) => r.iso3 === "SWE" && r.year === 2019 && r.edition === "2020" && r.indicator === best.code)!.score;
    expect(best.overallGain).toBeCloseTo((indicator.weight * (100 - score)) / 8, 9);
    expect(best.areaGain).toBeCloseTo(indicator.weight * (100 - score), 9);
  });

  it("profiles: 56, ranks in every group, the model's approach, 5 neighbours", () => {
    const profiles = countryProfiles(tables, {model});
    expect(profiles).toHaveLength(56);
    const swe = profiles.find((p) => p.iso3 === "SWE")!;
    expect(swe.ranks.map((r) => [r.group, r.rank])).toEqual([
      ["all", 1],
      ["eu27", 1],
      ["oecd", 1],
      ["eu_update", 1]
    ]);
    expect(swe.neighbours).toHaveLength(5);
    expect(swe.indicators).toHaveLength(tables.indicators.length);
    for (const p of profiles) {
      const cls = scenarioApproach(model, data.indicators, data.countries.find((c) => c.iso3 === p.iso3)!.scores);
      expect(p.approach.computed, p.iso3).toBe(cls.approach);
      expect(p.neighbours.map((n) => n.iso3)).not.toContain(p.iso3);
      expect(p.series.every((r) => r.edition === "2020" || p.editions.includes("2025"))).toBe(true);
    }
    const usa = profiles.find((p) => p.iso3 === "USA")!;
    expect(usa.ranks.map((r) => r.group)).toEqual(["all", "oecd", "traditional_destinations"]);
    expect(usa.ranks.find((r) => r.group === "traditional_destinations")!.of).toBe(4);
  });

  it("compare data: group averages over their members", () => {
    const compare = compareData(tables);
    const eu27 = compare.entities.find((e) => e.id === "eu27")!;
    expect(eu27.members).toHaveLength(27);
    const members = ranked.filter((c) => c.eu27);
    expect(eu27.overall2019).toBeCloseTo(members.reduce((s, c) => s + c.score, 0) / members.length, 9);
    expect(compare.entities.filter((e) => e.kind === "country")).toHaveLength(56);
  });

  it("classifies with the very model the dimensions page trains", () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(JSON.parse(JSON.stringify(dimensionsAnalysis(tables).model)));
  });

  it("group ranks from recomputed scores match the ranks of the published scores", () => {
    const ranks = countryFindings(tables).filter((f) => f.id.startsWith("rank_"));
    expect(ranks).toHaveLength(27 + 36 + 4);
    expect(ranks.filter((f) => f.status !== "match")).toEqual([]);
  });
});
