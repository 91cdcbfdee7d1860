/**
 * Country profiles on the official workbooks (skipped when the data are not on this machine): 56
 * profiles, ranks in every group, the approach of the very model the dimensions page trains, five
 * neighbours; the group-rank findings match the ranks of the published scores; the loader's files.
 */
import {describe, expect, it} from "vitest";
import {country, countryPageFiles} from "../../../lib/findings/country.ts";
import {trainedApproachModel} from "../../../lib/findings/country/approach.ts";
import {countryProfiles} from "../../../lib/findings/country/profile.ts";
import {dimensionsAnalysis} from "../../../lib/findings/dimensions/analysis.ts";
import type {FindingInputs} from "../../../lib/findings/findings-module.ts";
import {whatIfData} from "../../../lib/findings/what-if/data.ts";
import {scenarioApproach} from "../../../lib/findings/what-if/simulate.ts";
import {haveSources, needing} from "../../have-sources.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";

const haveData = haveSources("mipex_core", "approach_groups");

describe.skipIf(!haveData)(needing("country profiles on the MIPEX 2020 workbook", "mipex_core", "approach_groups"), async () => {
  const {tables} = haveData ? await cachedMipex() : ({} as never);
  const model = haveData ? trainedApproachModel(tables) : ({} as never);
  const data = haveData ? whatIfData(tables) : ({} as never);

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
    expect(swe.rankAll).toEqual(swe.ranks[0]);
    expect(swe.groupNames).toEqual(["EU27", "OECD (2019)"]);
    expect(swe.neighbours).toHaveLength(5);
    expect(swe.indicators).toHaveLength(tables.indicators.length);
    for (const p of profiles) {
      const cls = scenarioApproach(model, data.indicators, data.countries.find((c) => c.iso3 === p.iso3)!.scores);
      expect(p.approach.computed, p.iso3).toBe(cls.approach);
      expect(p.neighbours.map((n) => n.iso3)).not.toContain(p.iso3);
      expect(p.series.every((r) => r.edition === "2020" || p.editions.includes("2025"))).toBe(true);
      expect([...p.improved, ...p.worsened]).toHaveLength(p.changes.length);
      expect(p.overallHistory.length + p.areaHistory.length).toBe(p.series.filter((r) => r.recomputed !== null).length);
    }
    const usa = profiles.find((p) => p.iso3 === "USA")!;
    expect(usa.ranks.map((r) => r.group)).toEqual(["all", "oecd", "traditional_destinations"]);
    expect(usa.ranks.find((r) => r.group === "traditional_destinations")!.of).toBe(4);
  });

  it("classifies with the very model the dimensions page trains", () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(JSON.parse(JSON.stringify(dimensionsAnalysis(tables).model)));
  });

  it("group ranks from recomputed scores match the ranks of the published scores", () => {
    const ranks = country.findings(country.analyse({tables} as FindingInputs));
    expect(ranks).toHaveLength(27 + 36 + 4);
    expect(ranks.filter((f) => f.status !== "match")).toEqual([]);
  });

  it("the loader writes a profile per country, the list and the list by name", () => {
    const files = countryPageFiles({tables, outcomes: () => ({observations: [], catalogue: []})});
    expect(Object.keys(files).filter((name) => /^[A-Z]{3}\.json$/.test(name))).toHaveLength(56);
    const list = files["index.json"] as {iso3: string; name: string; rank2019: number | null}[];
    expect(list).toHaveLength(56);
    expect(list.find((r) => r.iso3 === "SWE")!.rank2019).toBe(1);
    const byName = files["by-name.json"] as {iso3: string; name: string}[];
    expect(byName.map((r) => r.name)).toEqual(list.map((r) => r.name).sort((a, b) => a.localeCompare(b, "en")));
  });
});
