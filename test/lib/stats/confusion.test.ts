import {describe, expect, it} from "vitest";
import {confusionTable} from "../../../lib/stats/confusion.ts";

describe("confusionTable", () => {
  it("cross-tabulates two labelings with sorted labels and margins (R: table(a, b))", () => {
    const table = confusionTable([2, 1, 1, 2, 2, 3], ["y", "x", "y", "y", "x", "x"]);
    expect(table.rowLabels).toEqual([1, 2, 3]);
    expect(table.columnLabels).toEqual(["x", "y"]);
    expect(table.counts).toEqual([
      [1, 1],
      [1, 2],
      [1, 0]
    ]);
    expect(table.rowTotals).toEqual([2, 3, 1]);
    expect(table.columnTotals).toEqual([3, 3]);
    expect(table.total).toBe(6);
  });
  it("sorts numbers before strings and validates input", () => {
    expect(confusionTable(["b", 2, "a", 10], [1, 1, 1, 1]).rowLabels).toEqual([2, 10, "a", "b"]);
    expect(() => confusionTable([1, 2], [1])).toThrow(/^second: length/);
    expect(() => confusionTable([], [])).toThrow(/at least one case/);
  });
});
