import {describe, expect, it} from "vitest";
import {bestSingleChanges} from "../../../../lib/findings/what-if/best-changes.ts";
import {whatIfFixture} from "./fixture.ts";

describe("bestSingleChanges", () => {
  const d = whatIfFixture();

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
