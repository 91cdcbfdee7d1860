/** The MIPEX year paired with an outcome year. */
import {describe, expect, it} from "vitest";
import {closestMipexYear} from "../../../../lib/findings/outcomes/scores.ts";

describe("closestMipexYear", () => {
  const countries = Array.from({length: 12}, (_, i) => ({iso3: `C${String(i).padStart(2, "0")}`, name: `Country ${i}`}));

  it("takes the MIPEX year closest to the outcome, the earlier on ties, among fully scored years", () => {
    const s = [2014, 2019].flatMap((year) => countries.map((c) => ({iso3: c.iso3, year, measure: "health", score: 1})));
    s.push({iso3: "C00", year: 2016, measure: "health", score: 1});
    expect(closestMipexYear(s, "health", [2016], 10).year).toBe(2014);
    expect(closestMipexYear(s, "health", [2017], 10).year).toBe(2019);
    expect(closestMipexYear(s, "health", [2014, 2015, 2016, 2017, 2018, 2019], 10).year).toBe(2014);
  });
});
