import {describe, expect, it} from "vitest";
import {CHOICE_IDS} from "../../../lib/robustness/choices.ts";
import {parseRobustnessQuery, robustnessQuery} from "../../../lib/robustness/state.ts";

const defaults = {draws: 10000, baseSamples: 4096, seed: 20200};

describe("the robustness page's URL state", () => {
  it("reads the configuration, what varies, the sizes, the seed and the country", () => {
    const state = parseRobustnessQuery("?set=health:out,aggregation:median&vary=weights,scale&draws=5000&n=512&seed=7&c=prt", defaults);
    expect(state).toEqual({levels: {health: "out", aggregation: "median"}, vary: ["weights", "scale"], draws: 5000, baseSamples: 512, seed: 7, country: "PRT"});
  });

  it("falls back to the defaults for what is absent, unknown or out of range", () => {
    expect(parseRobustnessQuery("?set=colour:red,health&draws=12&n=abc&seed=-1&c=Portugal", defaults)).toEqual({
      levels: {},
      vary: [...CHOICE_IDS],
      ...defaults,
      country: null
    });
    expect(parseRobustnessQuery("?vary=", defaults).vary).toEqual([]);
  });

  it("writes back what it reads, leaving defaults out", () => {
    const search = "?set=aggregation:median,health:out&vary=weights,scale&draws=5000&n=512&seed=7&c=PRT";
    expect(robustnessQuery(parseRobustnessQuery(search, defaults), defaults)).toBe(search);
    expect(robustnessQuery(parseRobustnessQuery("", defaults), defaults)).toBe("");
  });
});
