import {describe, expect, it} from "vitest";
import {matchChance} from "../../../lib/stats/match-chance.ts";

describe("matchChance: exact chance level of n of m agreeing", () => {
  it("gives the derangement probabilities when every label is distinct", () => {
    const labels = ["a", "b", "c", "d", "e", "f", "g", "h"];
    const chance = matchChance(labels, labels);
    // D8 / 8! = 14833 / 40320 derangements; exactly 7 matches is impossible.
    expect(chance.probabilities[0]).toBeCloseTo(14833 / 40320, 12);
    expect(chance.probabilities[7]).toBe(0);
    expect(chance.probabilities[8]).toBeCloseTo(1 / 40320, 12);
    expect(chance.expected).toBeCloseTo(1, 12);
    expect(chance.pAtLeastObserved).toBeCloseTo(1 / 40320, 12);
  });

  it("keeps the label counts: expected matches = Σ share of the item's label", () => {
    const reference = ["x", "x", "x", "y", "y", "y", "z", "z"];
    const assigned = ["x", "x", "y", "y", "y", "y", "z", "x"];
    const chance = matchChance(assigned, reference);
    const expected = assigned.reduce((s, a) => s + reference.filter((r) => r === a).length / reference.length, 0);
    expect(chance.expected).toBeCloseTo(expected, 12);
    expect(chance.observed).toBe(6);
    expect(chance.probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    expect(chance.pAtLeastObserved).toBeCloseTo(
      chance.probabilities.slice(6).reduce((s, p) => s + p, 0),
      12
    );
  });

  it("refuses what it cannot enumerate", () => {
    expect(() => matchChance(new Array(11).fill("a"), new Array(11).fill("a"))).toThrow(/1 to 10 items/);
    expect(() => matchChance(["a"], ["a", "b"])).toThrow(/^reference:/);
  });
});
