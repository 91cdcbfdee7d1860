import {describe, expect, it} from "vitest";
import {
  countriesByName,
  rankMove,
  scenarioAreaPoints,
  scenarioAreaRows,
  scenarioItems,
  startCountry,
  withAreaNames
} from "../../../../lib/findings/what-if/result.ts";
import {simulate} from "../../../../lib/findings/what-if/simulate.ts";
import {whatIfFixture} from "./fixture.ts";

describe("what the what-if page shows", () => {
  const d = whatIfFixture();

  it("starts from the country the URL names, else Sweden, else the first", () => {
    expect(startCountry(d, "BBB").iso3).toBe("BBB");
    expect(startCountry(d, "XXX").iso3).toBe("AAA");
    expect(startCountry({countries: [...d.countries, {iso3: "SWE", name: "Sweden", scores: []}]}, null).iso3).toBe("SWE");
    expect(countriesByName([{name: "b"}, {name: "a"}])).toEqual([{name: "a"}, {name: "b"}]);
  });

  it("offers every indicator with its area's name, recorded score and answers", () => {
    const items = scenarioItems(d, d.countries[2]);
    expect(items).toHaveLength(16);
    const health2 = items.find((i) => i.code === "health_2")!;
    expect(health2).toMatchObject({areaName: "Health", base: 62.5, weight: 0.25});
    expect(health2.choices.map((c) => c.score)).toEqual([100, 62.5, 50, 0]);
  });

  it("puts each area's recorded and scenario score side by side, and charts them", () => {
    const rows = scenarioAreaRows(simulate(d, "AAA", {education_1: 100}));
    expect(rows).toHaveLength(8);
    const education = rows.find((r) => r.area === "Education")!;
    expect(education.change).toBeCloseTo(0.75 * 50, 12);
    const points = scenarioAreaPoints([{area: "Education", recorded: null, scenario: 60, change: NaN}], "Aland");
    expect(points).toEqual([{subject: "Aland, scenario", area: "Education", score: 60}]);
  });

  it("says how the rank moved", () => {
    expect(rankMove({rank: 5}, {rank: 2})).toBe("up 3");
    expect(rankMove({rank: 2}, {rank: 4})).toBe("down 2");
    expect(rankMove({rank: 3}, {rank: 3})).toBe("±0");
    expect(withAreaNames([{area: "health" as const, code: "x"}])).toEqual([{area: "health", code: "x", areaName: "Health"}]);
  });
});
