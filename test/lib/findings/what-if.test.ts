import {describe, expect, it} from "vitest";
import {AREA_IDS} from "../../../lib/mipex/areas.ts";
import type {ApproachModel} from "../../../lib/findings/dimensions/classifier.ts";
import {
  answerChoices,
  areaScores,
  bestSingleChanges,
  indicatorAnswerOptions,
  parseAnswerOptions,
  spellOutAnswer,
  parseScenarioQuery,
  scenarioApproach,
  scenarioQuery,
  simulate,
  type WhatIfData
} from "../../../lib/findings/what-if.ts";

/**
 * Three countries, two indicators per area: area a's first indicator weighs 0.75 and the second 0.25
 * (the workbooks' weights are unequal in some areas); every score 50 but where a country sets otherwise.
 */
function data(): WhatIfData {
  const indicators = AREA_IDS.flatMap((area) => [
    {code: `${area}_1`, area, title: `${area} one`, weight: 0.75, options: parseAnswerOptions("100 - Yes\n50 - Partly\n0 - No")},
    {code: `${area}_2`, area, title: `${area} two`, weight: 0.25, options: []}
  ]);
  const country = (iso3: string, score: (code: string) => number | null) => ({iso3, name: iso3, scores: indicators.map((i) => score(i.code))});
  return {
    edition: "2020",
    year: 2019,
    indicators,
    countries: [country("AAA", () => 50), country("BBB", () => 60), country("CCC", (code) => (code === "health_2" ? 62.5 : 40))]
  };
}

describe("composite answers in words", () => {
  // As the workbook writes them (indicators table): bb28's options name its sub-indicators' answers by code.
  const indicators = [
    {code: "bb28", title: "Pre-entry or immediately post-entry", answer_options: "0 - bb28a=0 & bb28b=0 \n17 - bb28a=50 & bb28b=0\n100 - bb28a=100"},
    {
      code: "bb28a",
      title: "a. Pre-entry language form",
      answer_options: "100 - No Requirement\n50 - Requirement to take a language course\n0 - Requirement includes language test/assessment"
    },
    {
      code: "bb28b",
      title: "b. Pre-entry integration form",
      answer_options: "100-  None\n50 - Requirement to take an integration course\n0 - Requirement to pass an integration test/assessment"
    },
    {code: "cc59cd64", title: "Diversity at school", answer_options: "100 - cc59=50 or 100 & cd64=50 or 100\n0 - zz99=0"},
    {code: "cc59", title: "Measures", answer_options: "100 - Both\n50 - One"},
    {code: "cd64", title: "Teacher training", answer_options: "100 - Required\n50 - Offered"}
  ];
  it("spells out each sub-indicator's answer in its own words", () => {
    const options = indicatorAnswerOptions(indicators);
    expect(options.get("bb28")).toEqual([
      {score: 100, label: "Pre-entry language form: No Requirement"},
      {
        score: 17,
        label: "Pre-entry language form: Requirement to take a language course; Pre-entry integration form: Requirement to pass an integration test/assessment"
      },
      {
        score: 0,
        label:
          "Pre-entry language form: Requirement includes language test/assessment; Pre-entry integration form: Requirement to pass an integration test/assessment"
      }
    ]);
    expect(options.get("cc59cd64")![0].label).toBe("Measures: One or Both; Teacher training: Offered or Required");
    expect(options.get("bb28a")![0].label).toBe("No Requirement");
  });
  it("keeps a term it cannot read as written", () => {
    expect(indicatorAnswerOptions(indicators).get("cc59cd64")![1].label).toBe("zz99=0");
    expect(spellOutAnswer("bb28a=25", new Map([["bb28a", {title: "a. Form", options: [{score: 100, label: "None"}]}]]))).toBe("bb28a=25");
  });
});

describe("parseAnswerOptions", () => {
  it("reads score – text lines, highest first, and ignores other text", () => {
    expect(parseAnswerOptions("0 - None\n100 - All of them \n50 -  A and (C or B)\nnotes")).toEqual([
      {score: 100, label: "All of them"},
      {score: 50, label: "A and (C or B)"},
      {score: 0, label: "None"}
    ]);
    expect(parseAnswerOptions("TO BE FILLED AUTOMATICALLY")).toEqual([]);
    expect(parseAnswerOptions("25  - ad-hoc consultation")).toEqual([{score: 25, label: "ad-hoc consultation"}]);
  });

  it("offers 0/50/100 where the workbook gives no options, plus a current score off that grid", () => {
    expect(answerChoices({options: []}, 62.5).map((o) => o.score)).toEqual([100, 62.5, 50, 0]);
    expect(answerChoices({options: parseAnswerOptions("100 - a\n0 - b")}, 0).map((o) => o.score)).toEqual([100, 0]);
  });
});

describe("simulate", () => {
  const d = data();

  it("reproduces the base: area = Σ weight × score, overall = mean of the eight areas", () => {
    const s = simulate(d, "CCC");
    expect(s.base.areas.health).toBeCloseTo(0.75 * 40 + 0.25 * 62.5, 12);
    expect(s.base.overall).toBeCloseTo((7 * 40 + (0.75 * 40 + 0.25 * 62.5)) / 8, 12);
    expect(s.scenario).toEqual(s.base);
    expect(s.changed).toEqual([]);
  });

  it("moves the area by weight × change and the overall by that / 8; ranks among the others", () => {
    const s = simulate(d, "AAA", {education_1: 100});
    expect(s.scenario.areas.education! - s.base.areas.education!).toBeCloseTo(0.75 * 50, 12);
    expect(s.scenario.overall! - s.base.overall!).toBeCloseTo((0.75 * 50) / 8, 12);
    expect(s.base.rank).toBe(2); // BBB 60, AAA 50, CCC ≈ 42.8
    expect(s.scenario.rank).toBe(2); // 54.69 is still below BBB's 60
    // Three areas to 100 (+14.06) pass BBB; the others stay at their recorded scores.
    expect(simulate(d, "AAA", {education_1: 100, health_1: 100, family_reunification_1: 100}).scenario.rank).toBe(1);
    expect(simulate(d, "CCC", {education_1: 100}).base.rank).toBe(3);
  });

  it("ignores a change equal to the base and rejects unknown codes and scores outside 0–100", () => {
    expect(simulate(d, "AAA", {education_1: 50}).changed).toEqual([]);
    expect(() => simulate(d, "AAA", {nope: 100})).toThrow(/unknown indicator nope/);
    expect(() => simulate(d, "AAA", {education_1: 150})).toThrow(RangeError);
    expect(() => simulate(d, "ZZZ")).toThrow(/no country ZZZ/);
  });

  it("is null where an unscored weighted indicator leaves an area without a score", () => {
    const withGap = {...d, countries: [...d.countries, {iso3: "DDD", name: "DDD", scores: d.indicators.map((i) => (i.code === "health_1" ? null : 50))}]};
    const s = simulate(withGap, "DDD");
    expect(s.base.areas.health).toBeNull();
    expect(s.base.overall).toBeNull();
    expect(s.base.overallWithoutHealth).toBeCloseTo(50, 12);
    expect(simulate(withGap, "DDD", {health_1: 100}).scenario.overall).toBeCloseTo((7 * 50 + 0.75 * 100 + 0.25 * 50) / 8, 12);
  });
});

describe("bestSingleChanges", () => {
  const d = data();

  it("raises each indicator alone to its best answer; the gain is weight × (best − current) / 8", () => {
    const best = bestSingleChanges(d, "AAA");
    expect(best).toHaveLength(16);
    expect(best[0]).toMatchObject({code: "labour_market_mobility_1", from: 50, to: 100, toLabel: "Yes"});
    expect(best[0].areaGain).toBeCloseTo(0.75 * 50, 12);
    expect(best[0].overallGain).toBeCloseTo((0.75 * 50) / 8, 12);
    // The weight-0.25 indicators gain a third as much and come after every weight-0.75 one.
    expect(best.slice(0, 8).every((b) => b.code.endsWith("_1"))).toBe(true);
    expect(best[8].overallGain).toBeCloseTo((0.25 * 50) / 8, 12);
    expect(best[8].toLabel).toBeNull();
  });

  it("starts from the scenario: an indicator already at its best is not listed", () => {
    const best = bestSingleChanges(d, "AAA", {education_1: 100});
    expect(best.map((b) => b.code)).not.toContain("education_1");
    expect(best).toHaveLength(15);
  });
});

describe("scenario URL", () => {
  it("round-trips ?c=SWE&set=ca49:100,db70:0", () => {
    expect(parseScenarioQuery("?c=swe&set=ca49:100,db70:0")).toEqual({country: "SWE", changes: {ca49: 100, db70: 0}});
    expect(scenarioQuery("SWE", {ca49: 100, db70: 0})).toBe("?c=SWE&set=ca49:100,db70:0");
    expect(scenarioQuery("SWE", {})).toBe("?c=SWE");
  });

  it("skips malformed pairs and scores outside 0–100", () => {
    expect(parseScenarioQuery("?c=SWEDEN&set=ca49:abc,db70:101,dd75:50,:3")).toEqual({country: null, changes: {dd75: 50}});
  });
});

describe("scenarioApproach", () => {
  it("puts the scores in the model's order before classifying", () => {
    const d = data();
    // A one-dimension-per-pair toy model: only two indicators, in reverse data order.
    const model: ApproachModel = {
      method: "pca-standardized",
      edition: "2020",
      year: 2019,
      indicators: ["education_1", "health_1", "labour_market_mobility_1"],
      variables: [0, 1, 2].map(() => ({kind: "pca" as const, mean: 50, scale: 50})),
      weights: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1]
      ],
      rotation: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1]
      ],
      dimensionNames: ["basic_rights", "equal_opportunities", "secure_future"],
      centroids: [
        [1, 1, 1],
        [-1, -1, -1],
        [1, -1, 0],
        [-1, 1, 0]
      ],
      approaches: ["Comprehensive integration", "Immigration without integration", "Temporary integration", "Equality on paper"]
    };
    const scores = simulate(d, "AAA", {education_1: 100, health_1: 0}).scenario.scores;
    expect(scenarioApproach(model, d.indicators, scores).scores).toEqual([1, -1, 0]);
    expect(scenarioApproach(model, d.indicators, scores).approach).toBe("Temporary integration");
  });
});

describe("areaScores", () => {
  it("gives every area, null where an area has no indicator", () => {
    const d = data();
    const only = d.indicators.filter((i) => i.area !== "health");
    const areas = areaScores(
      only,
      only.map(() => 100)
    );
    expect(areas.health).toBeNull();
    expect(areas.education).toBeCloseTo(100, 12);
  });
});
