/** What the outcome values a correlation used measure: the rows' shared note, else the series' definition. */
import {describe, expect, it} from "vitest";
import {definitionOfRowsUsed} from "../../../../lib/findings/outcomes/definition.ts";

describe("definitionOfRowsUsed", () => {
  const obs = (iso3: string, year: number, note: string | null) => ({indicator: "x", group: "all", iso3, year, note});
  const observations = [obs("AUT", 2002, "round 1 (2002)"), obs("AUT", 2014, "round 7 (2014)"), obs("BEL", 2014, "round 7 (2014)")];

  it("is the note the rows used share, not the series' first note", () => {
    expect(
      definitionOfRowsUsed(
        observations,
        "x",
        "all",
        [
          {iso3: "AUT", outcomeYear: 2014},
          {iso3: "BEL", outcomeYear: 2014}
        ],
        "round 1 (2002)"
      )
    ).toBe("round 7 (2014)");
  });

  it("falls back to the series definition when the rows used disagree or have no note", () => {
    expect(
      definitionOfRowsUsed(
        observations,
        "x",
        "all",
        [
          {iso3: "AUT", outcomeYear: 2002},
          {iso3: "BEL", outcomeYear: 2014}
        ],
        "series"
      )
    ).toBe("series");
    expect(definitionOfRowsUsed([obs("AUT", 2014, null)], "x", "all", [{iso3: "AUT", outcomeYear: 2014}], "series")).toBe("series");
  });
});
