import {describe, expect, it} from "vitest";
import {
  CHOICE_IDS,
  DEFAULT_CONFIGURATION,
  configurationFromLevels,
  configurationFromUniforms,
  configurationLevels,
  indexChoices,
  levelIndex
} from "../../../lib/robustness/choices.ts";
import {dirichletDraw} from "../../../lib/stats/dirichlet.ts";
import {createRandom} from "../../../lib/stats/random.ts";

const codes = ["a1", "a2", "b1"];

describe("the choices", () => {
  it("are eight, in CHOICE_IDS order, each with MIPEX's level first and a description for every level", () => {
    const choices = indexChoices(codes);
    expect(choices.map((c) => c.id)).toEqual([...CHOICE_IDS]);
    expect(choices.map((c) => c.levels.length)).toEqual([4, 3, 2, 2, 9, 4, 2, 2]);
    expect(configurationLevels(DEFAULT_CONFIGURATION)).toEqual(choices.map((c) => c.levels[0].id));
    for (const c of choices) for (const l of c.levels) expect(l.description.length, `${c.id}/${l.id}`).toBeGreaterThan(5);
  });

  it("map a uniform to equally likely levels", () => {
    expect([0, 0.249, 0.25, 0.999].map((u) => levelIndex(u, 4))).toEqual([0, 0, 1, 3]);
    expect(configurationFromUniforms([0, 0, 0, 0, 0, 0, 0, 0], codes)).toEqual({...DEFAULT_CONFIGURATION});
    const c = configurationFromUniforms([0.3, 0.5, 0.9, 0.9, 0.95, 0.99, 0.6, 0.6], codes);
    expect(configurationLevels(c)).toEqual(["per_indicator", "geometric", "out", "out", "health", "b1", "rank", "equal"]);
  });

  it("keep MIPEX's level for a choice that is switched off", () => {
    const enabled = CHOICE_IDS.map((id) => id !== "aggregation");
    expect(configurationFromUniforms([0, 0.9, 0, 0, 0, 0, 0, 0], codes, enabled).aggregation).toBe("arithmetic");
  });

  it("round-trip through level ids, and reject an unknown level naming the choice", () => {
    const c = configurationFromUniforms([0.3, 0.5, 0.9, 0.9, 0.95, 0.99, 0.6, 0.6], codes);
    expect(configurationFromLevels(Object.fromEntries(CHOICE_IDS.map((id, i) => [id, configurationLevels(c)[i]])), codes)).toEqual(c);
    expect(() => configurationFromLevels({aggregation: "harmonic"}, codes)).toThrow(/"harmonic" is not a level of aggregation/);
  });
});

describe("dirichletDraw", () => {
  it("gives positive weights summing to 1 whose mean is the parameters' share", () => {
    const random = createRandom(4);
    const sums = new Float64Array(8);
    const draws = 20000;
    for (let d = 0; d < draws; d++) {
      const w = dirichletDraw(new Array(8).fill(10), random);
      expect(Math.abs(w.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
      w.forEach((x, i) => (sums[i] += x));
    }
    // Mean 1/8; the standard error of the mean of 20,000 draws is about 0.00026.
    sums.forEach((s) => expect(Math.abs(s / draws - 0.125)).toBeLessThan(0.0015));
  });
});
