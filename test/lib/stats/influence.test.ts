import {describe, expect, it} from "vitest";
import {leaveOneOut} from "../../../lib/stats/influence.ts";
import {expectClose, readFixture} from "./r-fixtures.ts";

const fixture = readFixture("correlation.json");

describe("leaveOneOut", () => {
  it("matches R's r without each case and names the most influential country", () => {
    const {x, y, leaveOneOut: reference, pearson: full} = fixture.continuous;
    const result = leaveOneOut(x, y, {labels: fixture.labels});
    result.cases.forEach((entry, i) => expectClose(entry.without as number, reference[i], 1e-12));
    const changes = (reference as number[]).map((r) => Math.abs(r - full.estimate));
    const expectedIndex = changes.indexOf(Math.max(...changes));
    expect(result.mostInfluential.index).toBe(expectedIndex);
    expect(result.mostInfluential.label).toBe("IE"); // high leverage (top score, low outcome)
  });
  it("reports a case whose removal leaves a variable constant as null, not NaN", () => {
    const result = leaveOneOut([0, 0, 0, 0, 100], [1, 3, 2, 4, 9]);
    expect(result.cases[4].without).toBeNull();
    expect(result.cases[4].change).toBeNull();
    expect(result.mostInfluential.change).not.toBeNull();
  });
  it("keeps original indices and labels under pairwise deletion", () => {
    const result = leaveOneOut([1, null, 3, 4, 5, 7], [2, 5, 1, 4, 6, 6], {labels: ["a", "b", "c", "d", "e", "f"], missing: "pairwise"});
    expect(result.dropped).toBe(1);
    expect(result.cases.map((entry) => entry.label)).toEqual(["a", "c", "d", "e", "f"]);
    expect(() => leaveOneOut([1, 2, 3, 4], [1, 2, 3, 5], {labels: ["a"]})).toThrow(/^labels/);
  });
});
