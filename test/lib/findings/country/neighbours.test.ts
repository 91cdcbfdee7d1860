import {describe, expect, it} from "vitest";
import {indicatorDistance, nearestNeighbours, NEIGHBOURS_K} from "../../../../lib/findings/country/neighbours.ts";

describe("indicatorDistance", () => {
  it("leaves out indicators either vector lacks and scales to the full length", () => {
    expect(indicatorDistance([100, 50, null], [50, 50, 0])).toEqual({distance: Math.sqrt((2500 * 3) / 2), compared: 2});
    expect(indicatorDistance([null], [1])).toBeNull();
  });
});

describe("nearestNeighbours", () => {
  it("lists the nearest countries first, ties by ISO3, without the country itself, at most k", () => {
    const countries = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG"];
    const values = [[0], [10], [10], [5], [50], [60], [null]];
    const names = new Map([["BBB", "Bee"]]);
    const near = nearestNeighbours({countries, values}, "AAA", names, new Map([["DDD", 70]]));
    expect(near.map((n) => n.iso3)).toEqual(["DDD", "BBB", "CCC", "EEE", "FFF"]);
    expect(near).toHaveLength(NEIGHBOURS_K);
    expect(near[0]).toEqual({iso3: "DDD", name: "DDD", distance: 5, indicatorsCompared: 1, overall2019: 70});
    expect(near[1].name).toBe("Bee");
  });
});
