import {describe, expect, it} from "vitest";
import {competitionRanks, hasTies, midRanks} from "../../../lib/stats/rank.ts";
import {readFixture} from "./r-fixtures.ts";

// test/fixtures/r/make-rank-fixture.R: R's rank() on the same values.
const cases = readFixture("rank.json") as {name: string; values: number[]; descendingMin: number[]; ascendingMin: number[]; average: number[]}[];

describe("competitionRanks", () => {
  it.each(cases)("matches R rank(-x, ties.method = 'min'): $name", ({values, descendingMin, ascendingMin}) => {
    expect(competitionRanks(values)).toEqual(descendingMin);
    expect(competitionRanks(values, {descending: false})).toEqual(ascendingMin);
  });
  it("ties values equal but for float noise", () => {
    expect(competitionRanks([0.1 + 0.2, 0.3, 0.2])).toEqual([1, 1, 3]);
    expect(competitionRanks([90, 80, 80, 70])).toEqual([1, 2, 2, 4]);
  });
});

describe("midRanks", () => {
  it.each(cases)("matches R rank(x, ties.method = 'average'): $name", ({values, average}) => {
    expect(midRanks(values)).toEqual(average);
  });
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

describe("resampleRanker", () => {
  it("gives exactly the mid-ranks of every resample, ties included", async () => {
    const {midRanks, resampleRanker} = await import("../../../lib/stats/rank.ts");
    const {createRandom, resampleIndices} = await import("../../../lib/stats/random.ts");
    const values = [0, 50, 50, 100, 0, 100, 50, 25, 75, 0];
    const ranker = resampleRanker(values);
    const random = createRandom(7);
    const indices = new Int32Array(values.length);
    const out = new Float64Array(values.length);
    for (let b = 0; b < 200; b++) {
      resampleIndices(values.length, random, indices);
      expect(Array.from(ranker.rank(indices, out))).toEqual(midRanks(Array.from(indices, (i) => values[i])));
    }
    expect(Array.from(ranker.rank([9, 3], new Float64Array(2)))).toEqual([1, 2]);
  });
});
