/** Holm and Benjamini–Hochberg adjustment of a family of tests, checked against R's p.adjust. */
import {describe, expect, it} from "vitest";
import {adjustFamily} from "../../../../lib/findings/outcomes/family.ts";

describe("adjustFamily", () => {
  it("adjustFamily gives Holm and Benjamini–Hochberg p (R's p.adjust) and leaves uncomputed tests out of the family", () => {
    // p.adjust(c(0.01, 0.04, 0.03, 0.2), "holm") = 0.04 0.09 0.09 0.2; "BH" = 0.04 0.05333 0.05333 0.2
    const adjusted = adjustFamily([0.01, null, 0.04, 0.03, 0.2], "links");
    expect(adjusted[1]).toBeNull();
    expect(adjusted.map((a) => a?.holm ?? null)).toEqual([0.04, null, 0.09, 0.09, 0.2]);
    expect(adjusted[2]!.bh).toBeCloseTo((0.04 * 4) / 3, 12);
    expect(adjusted[0]).toMatchObject({size: 4, family: "links", raw: 0.01});
  });
});
