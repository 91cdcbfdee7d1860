import {describe, expect, it} from "vitest";
import {controlLabel, controlOptions, familyNote, initialControl, outcomeLabel, outcomeOptions, seriesTopic} from "../../../lib/explorer/controls.ts";
import type {ExplorerSeries} from "../../../lib/explorer/dataset.ts";

const series = (indicator: string, label: string, years: number[], extra: Partial<ExplorerSeries> = {}): ExplorerSeries => ({
  id: `${indicator}|sex=T`,
  indicator,
  group: "sex=T",
  label,
  groupLabel: "total",
  unit: "%",
  definition: "",
  source: "",
  years,
  ...extra
});
const SERIES = [
  series("lfs.employment", "LFS: employment rate", [2019]),
  series("derived.gap", "Employment gap", [2018, 2019]),
  series("ess.trust", "ESS: trust", [2018]),
  series("report.index", "Some index", [2019]),
  series("lfs.empty", "LFS: employment, no years", [])
];
const DATA = {
  measures: [
    {id: "health", label: "Health", years: [2019]},
    {id: "education", label: "Education", years: [2019]}
  ],
  series: SERIES
};

describe("the explorer's controls", () => {
  it("names each series' topic", () => {
    expect(SERIES.map(seriesTopic)).toEqual(["LFS", "Gaps and rates computed from Eurostat", "ESS", "Surveys and reports", "LFS"]);
    expect(seriesTopic({...SERIES[0], user: true})).toBe("Your file");
  });

  it("lists the filtered outcomes by topic, the current choice kept, and counts what matches", () => {
    const all = outcomeOptions(SERIES, "", null);
    expect(all.ids).toEqual(["ess.trust|sex=T", "derived.gap|sex=T", "lfs.employment|sex=T", "report.index|sex=T"]);
    expect(all.topics).toEqual(["ESS", "Gaps and rates computed from Eurostat", "LFS", "Surveys and reports"]);
    expect([all.matching, all.withYears]).toEqual([4, 4]);
    const filtered = outcomeOptions(SERIES, " employment ", "ess.trust|sex=T");
    expect(filtered.ids).toEqual(["ess.trust|sex=T", "derived.gap|sex=T", "lfs.employment|sex=T"]);
    expect(filtered.matching).toBe(2);
    expect(filtered.keptOnly).toBe(0);
    expect(all.keptOnly).toBeNull();
    expect(outcomeOptions(SERIES, "employment", "lfs.employment|sex=T").keptOnly).toBeNull();
    expect(outcomeOptions(SERIES, "zzz", "report.index|sex=T")).toMatchObject({ids: ["report.index|sex=T"], matching: 0});
  });

  it("offers every other score and every other series with years as a control, and names them", () => {
    const options = controlOptions(DATA, "health", "derived.gap|sex=T");
    expect(options).toEqual(["", "mipex:education", "outcome:lfs.employment|sex=T", "outcome:ess.trust|sex=T", "outcome:report.index|sex=T"]);
    expect(options.map((o) => controlLabel(DATA, o)).slice(0, 3)).toEqual(["nothing", "MIPEX: Education", "Outcome: LFS: employment rate — total"]);
    expect(initialControl(options, "mipex:education")).toBe("mipex:education");
    expect(initialControl(options, "mipex:health")).toBe("");
    expect(initialControl(options, null)).toBe("");
    expect(outcomeLabel({series: [{...SERIES[1], user: true}]}, "derived.gap|sex=T")).toBe("[your file] Employment gap — total");
  });

  it("counts the pairs expected to reach p < 0.05 by chance", () => {
    expect(familyNote({offered: 900, pairs: new Array(610)})).toEqual({offered: 900, tested: 610, byChance: 31});
  });
});
