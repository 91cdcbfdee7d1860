/** What the robustness page shows, on small hand-made results (the real analysis: test/lib/findings/robustness.test.ts). */
import {describe, expect, it} from "vitest";
import type {Choice, ChoiceId} from "../../../lib/robustness/choices.ts";
import {
  changedLevels,
  choiceRows,
  choicesIn,
  configurationText,
  countriesByName,
  dropAreaTable,
  optionsWith,
  percentLabel,
  robustnessSummary,
  sobolRows,
  sobolRowsOf,
  topRankRows
} from "../../../lib/robustness/page.ts";
import type {DropAreaRow} from "../../../lib/robustness/ranking.ts";
import type {OutputSensitivity} from "../../../lib/robustness/sensitivity.ts";
import type {CountryUncertainty} from "../../../lib/robustness/uncertainty.ts";

const level = (id: string, label: string) => ({id, label, description: `${label}.`});
const CHOICES = [
  {id: "weights", label: "Area weights", description: "", levels: [level("equal", "Equal"), level("pca", "PCA")]},
  {id: "health", label: "Health", description: "", levels: [level("in", "In"), level("out", "Left out")]},
  {id: "drop_area", label: "Area left out", description: "", levels: [level("none", "None"), level("education", "Education"), level("health", "Health")]},
  {id: "drop_indicator", label: "Indicator left out", description: "", levels: [level("none", "None"), level("a1", "A1"), level("a2", "A2")]}
] as Choice[];

const country = (iso3: string, name: string, rank: number, rankLow: number, rankHigh: number, topProbability: number) =>
  ({iso3, name, rank, rankLow, rankHigh, topProbability, medianRank: rank, score: 50}) as CountryUncertainty;
const COUNTRIES = [
  country("SWE", "Sweden", 1, 1, 2, 1),
  country("PRT", "Portugal", 2, 1, 4, 0.9),
  country("NOR", "Norway", 3, 2, 4, 0.9),
  country("SAU", "Saudi Arabia", 4, 4, 4, 0)
];
const output = (id: string, name: string, k: number): OutputSensitivity =>
  ({
    id,
    name,
    first: Array.from({length: 2}, (_, i) => k + i / 10),
    total: Array.from({length: 2}, (_, i) => k + i / 10 + 0.05),
    firstInterval: Array.from({length: 2}, () => [0, 1]),
    totalInterval: Array.from({length: 2}, () => [0, 1]),
    level: 0.95,
    resamples: 50
  }) as unknown as OutputSensitivity;
const SENSITIVITY = {
  choices: ["weights", "health"] as ChoiceId[],
  averageShift: output("average_shift", "Average", 0.1),
  countries: [output("SWE", "Sweden", 0.2), output("AUT", "Austria", 0.3)]
};

describe("the robustness page's tables and controls", () => {
  it("offers the draws a link asks for among the usual ones, ascending, once", () => {
    expect(optionsWith([1000, 5000], 2500)).toEqual([1000, 2500, 5000]);
    expect(optionsWith([1000, 5000], 5000)).toEqual([1000, 5000]);
    expect([percentLabel(0.05), percentLabel(0.95)]).toEqual(["5 %", "95 %"]);
  });

  it("lists the countries with a chance of the top, most likely first, MIPEX rank breaking ties", () => {
    expect(topRankRows({countries: COUNTRIES}).map((c) => c.iso3)).toEqual(["SWE", "PRT", "NOR"]);
  });

  it("gives every output's Sobol rows, one output's rows, and the countries by name", () => {
    const rows = sobolRows(SENSITIVITY);
    expect(rows).toHaveLength(6);
    expect(sobolRowsOf(rows, "AUT").map((r) => [r.choice, r.first, r.total])).toEqual([
      ["weights", 0.3, 0.35],
      ["health", 0.4, 0.45]
    ]);
    expect(countriesByName(SENSITIVITY).map((c) => c.id)).toEqual(["AUT", "SWE"]);
  });

  it("names a configuration by what differs from MIPEX's choices", () => {
    const changed = changedLevels({weights: "equal", health: "out"}, CHOICES);
    expect(changed).toEqual({health: "out"});
    expect(configurationText(changed, CHOICES)).toBe("health: left out");
    expect(configurationText({}, CHOICES)).toBe("MIPEX's choices");
    expect(choicesIn(CHOICES, ["health", "weights"]).map((c) => c.id)).toEqual(["weights", "health"]);
  });

  it("ticks MIPEX's alternative and sums up leaving out one indicator in one row", () => {
    const rows = choiceRows(CHOICES, 58);
    expect(rows.map((r) => r.alternative)).toEqual(["Equal", "PCA", "In", "Left out", "None", "Education", "Health", "None", "any one of the 58 indicators"]);
    expect(rows.filter((r) => r.mipex === "✓")).toHaveLength(4);
    expect(rows[0]).toEqual({choice: "Area weights", alternative: "Equal", mipex: "✓", description: "Equal."});
  });

  it("spreads the drop-one-area ranks into columns and names the area that moves a country most", () => {
    const dropArea = [
      {iso3: "SWE", name: "Sweden", defaultRank: 1, rankWithout: {education: 1, health: 2}, largestShift: 1, largestShiftArea: "health"},
      {iso3: "SAU", name: "Saudi Arabia", defaultRank: 4, rankWithout: {education: 4, health: 4}, largestShift: 0, largestShiftArea: "education"}
    ] as unknown as DropAreaRow[];
    const table = dropAreaTable(dropArea, CHOICES);
    expect(table.areas).toEqual(["education", "health"]);
    expect(table.header).toEqual({education: "without education", health: "without health"});
    expect(table.rows.map((r) => [r.iso3, r.health, r.largestArea])).toEqual([
      ["SWE", 2, "Health"],
      ["SAU", 4, "—"]
    ]);
  });

  it("sums up the analysis: Portugal and Norway, the stable countries and the two choices that matter most", () => {
    const summary = robustnessSummary({countries: COUNTRIES}, SENSITIVITY, CHOICES);
    expect(summary.portugal?.iso3).toBe("PRT");
    expect(summary.norway?.rank).toBe(3);
    expect(summary.stable).toBe(3);
    expect(summary.topChoices.map((c) => [c.id, c.label])).toEqual([
      ["health", "Health"],
      ["weights", "Area weights"]
    ]);
  });
});
