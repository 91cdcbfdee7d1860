import {describe, expect, it} from "vitest";
import {indicatorChanges, splitChanges} from "../../../../lib/findings/country/changes.ts";
import type {IndicatorScoreIndex} from "../../../../lib/findings/country/indicators.ts";

describe("indicatorChanges", () => {
  it("lists the scores that changed 2014 → 2019, largest rise first, noise ignored", () => {
    const scores: Record<string, number> = {"a|2014": 50, "a|2019": 100, "b|2014": 50, "b|2019": 0, "c|2014": 0.1 + 0.2, "c|2019": 0.3, "d|2019": 100};
    const index: IndicatorScoreIndex = {scoreAt: (_iso3, _edition, year, code) => scores[`${code}|${year}`], latest: () => undefined};
    const indicators = ["a", "b", "c", "d"].map((code) => ({code, area: "education", level: "indicator", title: code})) as never;
    const changes = indicatorChanges({indicators}, index, "SWE");
    expect(changes.map((c) => [c.code, c.change])).toEqual([
      ["a", 50],
      ["b", -50]
    ]);
    expect(changes[0].areaName).toBe("Education");
    expect(splitChanges(changes)).toEqual({improved: [changes[0]], worsened: [changes[1]]});
  });
});
