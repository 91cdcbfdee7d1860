import {describe, expect, it} from "vitest";
import {hasTies, midRanks} from "../../../lib/stats/rank.ts";

describe("midRanks", () => {
  it("averages tied positions like R rank(ties.method = 'average')", () => {
    expect(midRanks([0, 50, 50, 100, 0, 50])).toEqual([1.5, 4, 4, 6, 1.5, 4]);
    expect(midRanks([3, 1, 2])).toEqual([3, 1, 2]);
  });
  it("detects ties and rejects missing values", () => {
    expect(hasTies([0, 50, 50])).toBe(true);
    expect(hasTies([1, 2, 3])).toBe(false);
    expect(() => midRanks([1, NaN])).toThrow(/index 1/);
  });
});
