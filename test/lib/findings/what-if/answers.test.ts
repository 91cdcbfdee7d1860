import {describe, expect, it} from "vitest";
import {answerChoices, indicatorAnswerOptions, parseAnswerOptions, spellOutAnswer} from "../../../../lib/findings/what-if/answers.ts";

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
