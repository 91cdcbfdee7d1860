import {beforeAll, describe, expect, it} from "vitest";
import {robustness, robustnessAnalysis, robustnessFindings, type RobustnessAnalysis} from "../../../lib/findings/robustness.ts";
import {CHOICE_IDS} from "../../../lib/robustness/choices.ts";
import {rankInterval} from "../../../lib/robustness/rank-interval.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";
import {haveSources, needing} from "../../have-sources.ts";

describe("rankInterval", () => {
  it("writes one rank, a range, and interpolated quantiles to two decimals", () => {
    expect([rankInterval(3, 3), rankInterval(3, 7), rankInterval(7, 32.95), rankInterval(1, 4.000000001)]).toEqual(["3", "3–7", "7–32.95", "1–4"]);
  });
});

describe.skipIf(!haveSources("mipex_core"))(needing("the robustness analysis of MIPEX 2020 (2019)", "mipex_core"), () => {
  let analysis: RobustnessAnalysis;
  beforeAll(async () => {
    const {tables} = await cachedMipex();
    // Fewer draws and base samples than the build, to keep the test quick; the same code.
    analysis = robustnessAnalysis(tables, {draws: 2000, baseSamples: 512, resamples: 50});
  }, 240_000);

  it("gives every country an interval that holds its median, and MIPEX ranks 1–56", () => {
    const {countries} = analysis.uncertainty;
    expect(countries).toHaveLength(56);
    expect(countries.map((c) => c.rank)).toEqual(Array.from({length: 56}, (_, i) => i + 1));
    for (const c of countries) {
      expect(c.rankLow, c.iso3).toBeLessThanOrEqual(c.medianRank);
      expect(c.medianRank, c.iso3).toBeLessThanOrEqual(c.rankHigh);
      expect(c.topProbability).toBeGreaterThanOrEqual(0);
      expect(c.topProbability).toBeLessThanOrEqual(1);
    }
    // The expected number of countries in the top ten is ten in every draw (ties aside).
    const expectedTop = countries.reduce((s, c) => s + c.topProbability, 0);
    expect(expectedTop).toBeGreaterThanOrEqual(10);
    expect(expectedTop).toBeLessThan(10.5);
  });

  it("as a findings module, sends the page its summary, its table of choices and the drop-one-area table", () => {
    const page = robustness.pageData!(analysis) as {
      summary: {portugal: {iso3: string}; stable: number};
      choiceRows: unknown[];
      dropAreaTable: {rows: unknown[]; areas: string[]};
    };
    expect(page.summary.portugal.iso3).toBe("PRT");
    expect(page.summary.stable).toBe(analysis.uncertainty.countries.filter((c) => c.rankHigh - c.rankLow <= 2).length);
    expect(page.dropAreaTable.rows).toHaveLength(56);
    expect(page.dropAreaTable.areas).toHaveLength(8);
    expect(page.choiceRows.length).toBeGreaterThan(CHOICE_IDS.length);
    expect(robustness.findings(analysis)).toEqual(robustnessFindings(analysis));
  });

  it("finds Saudi Arabia last and Sweden in the top three in nearly every configuration", () => {
    const by = new Map(analysis.uncertainty.countries.map((c) => [c.iso3, c]));
    expect(by.get("SAU")!.medianRank).toBe(56);
    expect(by.get("SWE")!.rankHigh).toBeLessThanOrEqual(3);
  });

  it("reports findings with basis none: an interval, a probability per country, a Sobol index per choice", () => {
    const findings = robustnessFindings(analysis);
    expect(findings.filter((f) => f.id.startsWith("robustness.rank_interval."))).toHaveLength(56);
    expect(findings.filter((f) => f.id.startsWith("robustness.top_ten_probability."))).toHaveLength(56);
    expect(findings.filter((f) => f.id.startsWith("robustness.sobol.")).map((f) => f.id.split(".")[2])).toEqual([...CHOICE_IDS]);
    expect(findings.every((f) => f.basis === "none" && f.status === "computed")).toBe(true);
    const prt = analysis.uncertainty.countries.find((c) => c.iso3 === "PRT")!;
    expect(findings.find((f) => f.id === "robustness.rank_interval.PRT")!.computed).toBe(rankInterval(prt.rankLow, prt.rankHigh));
  });

  it("gives total-order indices at least as large as first-order ones, up to Monte Carlo error", () => {
    const {first, total} = analysis.sensitivity.averageShift;
    total.forEach((t, i) => expect(t + 0.1, CHOICE_IDS[i]).toBeGreaterThanOrEqual(first[i]));
    expect(total.every((t) => t >= 0)).toBe(true);
  });

  it("puts every country in the drop-one-area table with its rank without each area", () => {
    expect(analysis.dropArea).toHaveLength(56);
    const sweden = analysis.dropArea[0];
    expect(sweden.iso3).toBe("SWE");
    expect(Object.keys(sweden.rankWithout)).toHaveLength(8);
  });
});
