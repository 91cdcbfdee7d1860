import {describe, expect, it} from "vitest";
import {adjustPValues} from "../../../lib/stats/p-adjust.ts";
import {StatsInputError} from "../../../lib/stats/errors.ts";
import {expectAllClose, readFixture} from "./r-fixtures.ts";

const {pAdjust} = readFixture("correlation.json");

describe("adjustPValues against R p.adjust", () => {
  for (const method of ["holm", "BH", "bonferroni"] as const) {
    it(`${method} to 1e-14 (ties and unsorted input included)`, () => {
      expectAllClose(adjustPValues(pAdjust.p, method), pAdjust[method], 1e-14);
    });
  }
  it("handles the empty family and rejects invalid p-values", () => {
    expect(adjustPValues([], "BH")).toEqual([]);
    expect(() => adjustPValues([0.2, 1.2], "holm")).toThrow(StatsInputError);
    expect(() => adjustPValues([0.2, NaN], "holm")).toThrow(/index 1/);
    // @ts-expect-error: untyped callers
    expect(() => adjustPValues([0.2], "fdr")).toThrow(/method/);
  });
});
