/** Pairing MIPEX scores with an outcome country by country: conflicts are left out, never averaged or picked. */
import {describe, expect, it} from "vitest";
import {pairCountries, type OutcomeValue} from "../../../../lib/findings/outcomes/pairs.ts";

describe("pairCountries", () => {
  const countries = Array.from({length: 12}, (_, i) => ({iso3: `C${String(i).padStart(2, "0")}`, name: `Country ${i}`}));
  const scores = countries.map((c, i) => ({iso3: c.iso3, year: 2019, measure: "health", score: 10 * i}));
  const obs = (iso3: string, value: number | null, conflict = false, year = 2019): OutcomeValue => ({iso3, year, indicator: "x", group: "g", value, conflict});

  it("never averages or picks conflicting values, within one file or across two", () => {
    const observations = [...countries.slice(2).map((c, i) => obs(c.iso3, i)), obs("C00", 1, true), obs("C00", 2, true), obs("C01", 5), obs("C01", 6)];
    const pairing = pairCountries(scores, observations, countries, {measure: "health", mipexYear: 2019, indicator: "x", group: "g", outcomeYears: [2019]});
    expect(pairing.rows).toHaveLength(10);
    expect(pairing.conflicts.map((c) => [c.iso3, c.values])).toEqual([
      ["C00", [1, 2]],
      ["C01", [5, 6]]
    ]);
  });
});
