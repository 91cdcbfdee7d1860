import {describe, expect, it} from "vitest";
import {createRandom, resampleIndices, resolveRandom, shuffleInPlace} from "../../../lib/stats/random.ts";
import {StatsInputError} from "../../../lib/stats/errors.ts";

describe("seeded random source", () => {
  it("repeats exactly for the same seed and differs across seeds", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = Array.from({length: 5}, a);
    expect(Array.from({length: 5}, b)).toEqual(first);
    expect(Array.from({length: 5}, c)).not.toEqual(first);
  });
  it("draws uniform values in [0, 1)", () => {
    const random = createRandom(7);
    let sum = 0;
    let outOfRange = 0;
    const bins = new Array(10).fill(0);
    // One expect() after the loop: 100,000 expect() calls took seconds, the draws a few milliseconds.
    for (let i = 0; i < 100_000; i++) {
      const u = random();
      if (!(u >= 0 && u < 1)) outOfRange++;
      sum += u;
      bins[Math.floor(u * 10)]++;
    }
    expect(outOfRange).toBe(0);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
  it("prefers an explicit source over a seed, and defaults to a fixed seed", () => {
    const source = () => 0.25;
    expect(resolveRandom({random: source, seed: 1})).toBe(source);
    expect(resolveRandom()()).toBe(resolveRandom()());
    expect(() => createRandom(NaN)).toThrow(StatsInputError);
  });
  it("shuffles to a permutation and resamples in range", () => {
    const random = createRandom(3);
    const shuffled = shuffleInPlace([1, 2, 3, 4, 5, 6], random);
    expect([...shuffled].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const indices = resampleIndices(6, random);
    expect(indices.every((i) => i >= 0 && i < 6)).toBe(true);
  });
});
