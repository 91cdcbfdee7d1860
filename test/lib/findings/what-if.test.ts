/**
 * The what-if module on the official workbooks (skipped when the data are not on this machine): the
 * simulator's base reproduces every recomputed 2019 overall score and rank, the best single change
 * agrees with weight × (100 − score) / 8 from the tables, and the page gets the data with the model.
 */
import {describe, expect, it} from "vitest";
import type {FindingInputs} from "../../../lib/findings/findings-module.ts";
import {ranking} from "../../../lib/findings/ranking.ts";
import {whatIf} from "../../../lib/findings/what-if.ts";
import {bestSingleChanges} from "../../../lib/findings/what-if/best-changes.ts";
import {simulate} from "../../../lib/findings/what-if/simulate.ts";
import {haveSources, needing} from "../../have-sources.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";

const haveData = haveSources("mipex_core", "approach_groups");

describe.skipIf(!haveData)(needing("the simulator on the MIPEX 2020 workbook", "mipex_core", "approach_groups"), async () => {
  const {tables} = haveData ? await cachedMipex() : ({} as never);
  const analysis = haveData ? whatIf.analyse({tables} as FindingInputs) : ({} as never);
  const data = haveData ? analysis.data : ({} as never);
  const ranked = haveData ? ranking(tables.overall_scores, tables.countries, {edition: "2020", year: 2019, variant: "with_health"}) : [];

  it("the simulator's base is every country's recomputed 2019 overall score and rank", () => {
    expect(data.countries).toHaveLength(56);
    expect(data.indicators).toHaveLength(59);
    for (const c of ranked) {
      const s = simulate(data, c.iso3);
      expect(s.base.overall, c.iso3).toBeCloseTo(c.score, 9);
      expect(s.base.rank, c.iso3).toBe(c.rank);
    }
  });

  it("the best single change for Sweden is weight × (100 − score) / 8 from the tables", () => {
    const [best] = bestSingleChanges(data, "SWE");
    const indicator = tables.indicators.find((i) => i.code === best.code)!;
    const score = tables.indicator_scores.find((r) => r.iso3 === "SWE" && r.year === 2019 && r.edition === "2020" && r.indicator === best.code)!.score;
    expect(best.overallGain).toBeCloseTo((indicator.weight * (100 - score)) / 8, 9);
    expect(best.areaGain).toBeCloseTo(indicator.weight * (100 - score), 9);
  });

  it("finds each country's best gain once, and sends the page the data with the model", () => {
    const findings = whatIf.findings(analysis);
    expect(findings.find((f) => f.id === "whatif_best.2019.SWE")!.computed).toBe(bestSingleChanges(data, "SWE")[0].overallGain);
    expect(findings.every((f) => f.id.startsWith("whatif_best.2019."))).toBe(true);
    const page = whatIf.pageData!(analysis) as {countries: unknown[]; model: {indicators: string[]}};
    expect(page.countries).toHaveLength(56);
    expect(page.model.indicators).toHaveLength(59);
  });
});
