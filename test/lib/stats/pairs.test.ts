import {describe, expect, it} from "vitest";
import {pairComplete} from "../../../lib/stats/pairs.ts";
import {StatsInputError} from "../../../lib/stats/errors.ts";

describe("pairComplete", () => {
  it("throws on missing values by default, naming the argument and index", () => {
    expect(() => pairComplete([1, 2, 3], [1, null, 3])).toThrow(StatsInputError);
    expect(() => pairComplete([1, 2, 3], [1, null, 3])).toThrow(/^y: value at index 1 is null/);
    expect(() => pairComplete([1, NaN, 3], [1, 2, 3])).toThrow(/^x: value at index 1 is NaN/);
  });
  it("drops incomplete pairs under 'pairwise' and reports how many", () => {
    const pairs = pairComplete([1, null, 3, 4, Infinity], [2, 5, NaN, 8, 1], {missing: "pairwise"});
    expect(pairs).toEqual({x: [1, 4], y: [2, 8], indices: [0, 3], dropped: 3});
  });
  it("rejects mismatched lengths and unknown rules", () => {
    expect(() => pairComplete([1, 2], [1, 2, 3])).toThrow(/^y: length 3 does not match/);
    // @ts-expect-error: an invalid rule from untyped callers
    expect(() => pairComplete([1], [1], {missing: "listwise"})).toThrow(/missing/);
  });
});
