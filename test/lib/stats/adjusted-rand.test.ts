import {describe, expect, it} from "vitest";
import {adjustedRandIndex} from "../../../lib/stats/adjusted-rand.ts";
import {expectClose, readFixture} from "./r-fixtures.ts";

const {ari} = readFixture("clustering.json");

describe("adjustedRandIndex against mclust::adjustedRandIndex", () => {
  for (const name of ["wardVsKmeans", "ward3VsWard5", "labelled"] as const) {
    it(`${name} to 1e-14`, () => expectClose(adjustedRandIndex(ari[name].a, ari[name].b), ari[name].value, 1e-14));
  }
  it("is 1 for identical groupings whatever the label names, symmetric, and defined for trivial partitions", () => {
    expect(adjustedRandIndex([1, 1, 2, 3], ["x", "x", "y", "z"])).toBe(1);
    expect(adjustedRandIndex(ari.labelled.a, ari.labelled.b)).toBe(adjustedRandIndex(ari.labelled.b, ari.labelled.a));
    expect(adjustedRandIndex([1, 1, 1], [2, 2, 2])).toBe(1);
    expect(adjustedRandIndex([1, 2, 3], [1, 1, 1])).toBe(0);
  });
  it("rejects mismatched or missing labels", () => {
    expect(() => adjustedRandIndex([1, 2], [1, 2, 3])).toThrow(/^second: length/);
    expect(() => adjustedRandIndex([1, NaN], [1, 2])).toThrow(/^first: label at index 1/);
    expect(() => adjustedRandIndex([1], [1])).toThrow(/at least 2/);
  });
});
