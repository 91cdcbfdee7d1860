import {describe, expect, it} from "vitest";
import {areaScore, isMismatch, overallScore, weightedAreaScore} from "../../../lib/mipex/recompute.ts";
import {SCORE_BANDS, scoreBand} from "../../../lib/mipex/score-bands.ts";
import {AREA_IDS} from "../../../lib/mipex/areas.ts";

describe("recompute", () => {
  it("averages indicators, and refuses a partial area", () => {
    expect(areaScore([100, 50, 0, 50])).toBe(50);
    expect(areaScore([100, null])).toBeNull();
  });

  it("weighs items, ignoring sub-indicators (weight 0) even when unscored", () => {
    expect(weightedAreaScore([100, null, 50], [0.5, 0, 0.5])).toBe(75);
    expect(weightedAreaScore([100, 0, null], [0.5, 0, 0.5])).toBeNull();
    expect(() => weightedAreaScore([1], [0.5, 0.5])).toThrow(/1 scores for 2 weights/);
  });

  it("averages areas per variant: with health (8), without health (7)", () => {
    const areas = new Map(AREA_IDS.map((a, i) => [a, a === "health" ? 0 : 10 * (i + 1)] as const));
    expect(overallScore(areas, "without_health")).toBe(40);
    expect(overallScore(areas, "with_health")).toBe(35);
    expect(overallScore(new Map([["education", 50]]), "with_health")).toBeNull();
  });

  it("flags disagreements beyond 1e-6 only", () => {
    expect(isMismatch(50, 50 + 1e-9)).toBe(false);
    expect(isMismatch(50, 50.01)).toBe(true);
    expect(isMismatch(null, 50)).toBeNull();
  });
});

describe("score bands", () => {
  it("band rounded scores as MIPEX does", () => {
    expect(scoreBand(79.6).id).toBe("favourable");
    expect(scoreBand(59.4).id).toBe("halfway_favourable");
    expect(scoreBand(0.4).id).toBe("critically_unfavourable");
    expect(scoreBand(20.5).id).toBe("slightly_unfavourable");
  });

  it("cover 0–100 without gaps", () => {
    for (let s = 0; s <= 100; s++) expect(SCORE_BANDS.filter((b) => s >= b.min && s <= b.max)).toHaveLength(1);
    expect(() => scoreBand(101)).toThrow(RangeError);
  });
});
