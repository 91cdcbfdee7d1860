import {describe, expect, it} from "vitest";
import {tenGroups} from "../../../../lib/findings/dimensions/ten-groups.ts";

describe("tenGroups", () => {
  it("cuts the dimension scores into ten groups numbered by their average, highest first, each named by the verbal definitions", () => {
    // Ten tight pairs of countries at averages 5, 15, …, 95, listed in a scrambled order.
    const levels = [35, 95, 5, 65, 45, 15, 85, 25, 75, 55];
    const dimensionScores = levels.flatMap((l) => [
      [l, l, l],
      [l + 1, l + 1, l + 1]
    ]);
    const {labels, groups} = tenGroups({dimensionScores});
    expect(groups.map((g) => g.group)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(groups.map((g) => g.average)).toEqual([95.5, 85.5, 75.5, 65.5, 55.5, 45.5, 35.5, 25.5, 15.5, 5.5]);
    expect(groups.every((g) => g.size === 2)).toBe(true);
    // The pair at 95 is group 1; the pair at 5 is group 10.
    expect([labels[2], labels[3], labels[4], labels[5]]).toEqual([1, 1, 10, 10]);
    expect(groups[0].approach).toBe("Comprehensive integration");
    expect(groups[9].approach).toBe("Immigration without integration");
  });
});
