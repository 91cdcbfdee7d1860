import {beforeAll, describe, expect, it} from "vitest";
import {competitionRanks} from "../../../lib/stats/rank.ts";
import {AREA_IDS} from "../../../lib/mipex/areas.ts";
import type {WorkspaceTables} from "../../../lib/mipex/workspace-tables.ts";
import {DEFAULT_CONFIGURATION, configurationFromUniforms} from "../../../lib/robustness/choices.ts";
import {robustnessData} from "../../../lib/robustness/data.ts";
import {createIndexModel, rankNormalised, rankScores} from "../../../lib/robustness/index-model.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";
import {haveSources, needing} from "../../have-sources.ts";
import {syntheticIndex} from "./synthetic-index.ts";

describe("rankScores", () => {
  it("gives competition ranks, highest first, ties sharing the best rank", () => {
    expect(Array.from(rankScores(Float64Array.of(90, 80, 80, 70)))).toEqual([1, 2, 2, 4]);
    expect(Array.from(rankScores(Float64Array.of(1, 1 + 1e-12, 3)))).toEqual([2, 2, 1]);
  });

  it("agrees with lib/findings/rank.ts on random scores with ties", () => {
    const scores = Float64Array.from({length: 200}, (_, i) => Math.round(((i * 7919) % 101) / 3) * 2.5);
    expect(Array.from(rankScores(scores))).toEqual(competitionRanks(Array.from(scores)));
  });
});

describe("rankNormalised", () => {
  it("maps each indicator to percentile ranks 0–100, ties sharing their mean rank", () => {
    expect(
      Array.from(
        rankNormalised([
          [0, 100],
          [50, 100],
          [50, 0],
          [100, 0]
        ])
      )
    ).toEqual([0, 100 * (2.5 / 3), 50, 100 * (2.5 / 3), 50, 100 * (0.5 / 3), 100, 100 * (0.5 / 3)]);
  });
});

describe("the index model on a synthetic index", () => {
  const data = syntheticIndex();
  const model = createIndexModel(data);

  it("leaves an area out when asked, and health or education with their switches", () => {
    const areas = model.areaScores(DEFAULT_CONFIGURATION);
    const withoutHealth = model.scores({...DEFAULT_CONFIGURATION, health: false});
    const health = AREA_IDS.indexOf("health");
    for (let c = 0; c < model.countries; c++) {
      let sum = 0;
      for (let a = 0; a < 8; a++) if (a !== health) sum += areas[c * 8 + a];
      expect(withoutHealth[c]).toBeCloseTo(sum / 7, 12);
    }
    expect(model.scores({...DEFAULT_CONFIGURATION, dropArea: "health"})).toEqual(withoutHealth);
  });

  it("drops an indicator and keeps the others' relative weights in its area", () => {
    const code = data.indicators[4].code; // area 1, weight 1/4 of 1/2, 1/4, 1/4
    const areas = model.areaScores({...DEFAULT_CONFIGURATION, dropIndicator: code});
    for (let c = 0; c < model.countries; c++) {
      const expected = (0.5 * data.scores[c][3] + 0.25 * data.scores[c][5]) / 0.75;
      expect(areas[c * 8 + 1]).toBeCloseTo(expected, 12);
    }
    expect(() => model.scores({...DEFAULT_CONFIGURATION, dropIndicator: "nope"})).toThrow(/no indicator nope/);
  });

  it("keeps geometric and median aggregates inside 0–100 and finite with zero scores", () => {
    for (const aggregation of ["geometric", "median"] as const) {
      const scores = model.scores({...DEFAULT_CONFIGURATION, aggregation});
      expect(scores.every((s) => s >= 0 && s <= 100)).toBe(true);
    }
    // Country 4 scores 0 everywhere: 0 under every aggregation (the +1 shift of the geometric mean returns 0).
    expect(model.scores({...DEFAULT_CONFIGURATION, aggregation: "geometric"})[3]).toBeCloseTo(0, 12);
  });

  it("gives the plain median with equal weights over an even number of areas", () => {
    const areas = model.areaScores(DEFAULT_CONFIGURATION);
    const medians = model.scores({...DEFAULT_CONFIGURATION, aggregation: "median"});
    for (let c = 0; c < model.countries; c++) {
      const sorted = Array.from(areas.subarray(c * 8, c * 8 + 8)).sort((a, b) => a - b);
      expect(medians[c]).toBeCloseTo((sorted[3] + sorted[4]) / 2, 12);
    }
  });

  it("draws Dirichlet weights from the factor's own number: the same u gives the same scores", () => {
    const u = [0.8, 0, 0, 0, 0, 0, 0, 0];
    const config = configurationFromUniforms(u, model.indicatorCodes);
    expect(config.weights).toBe("dirichlet");
    expect(model.scores(config)).toEqual(model.scores(configurationFromUniforms(u, model.indicatorCodes)));
    expect(model.scores(config)).not.toEqual(model.scores(configurationFromUniforms([0.9, 0, 0, 0, 0, 0, 0, 0], model.indicatorCodes)));
  });

  it("rejects a score outside 0–100, naming the country and indicator", () => {
    const bad = syntheticIndex();
    bad.scores[2][5] = 120;
    expect(() => createIndexModel(bad)).toThrow(/C03 scores 120 on family_reunification_2/);
  });
});

describe.skipIf(!haveSources("mipex_core"))(needing("the index model on MIPEX 2020 (2019 scores)", "mipex_core"), () => {
  let tables: WorkspaceTables;
  beforeAll(async () => {
    ({tables} = await cachedMipex());
  }, 120_000);

  it("reads the 56 × 59 indicator matrix", () => {
    const data = robustnessData(tables);
    expect([data.countries.length, data.indicators.length]).toEqual([56, 59]);
  });

  it("reproduces the published overall scores with health under MIPEX's configuration", () => {
    const data = robustnessData(tables);
    const scores = createIndexModel(data).scores(DEFAULT_CONFIGURATION);
    const rows = tables.overall_scores.filter((r) => r.edition === "2020" && r.year === 2019 && r.variant === "with_health");
    const byIso3 = new Map(rows.map((r) => [r.iso3, r]));
    data.countries.forEach(({iso3}, c) => {
      const row = byIso3.get(iso3)!;
      // Bit for bit the workspace's recomputation from the workbooks' formulas ...
      expect(scores[c], iso3).toBe(row.recomputed);
      // ... and the workbook's cached cell to its last digits (the workbook sums in another order: ≤ 2.2e-14).
      expect(Math.abs(scores[c] - row.published!), iso3).toBeLessThan(1e-12);
    });
    expect(Array.from(rankScores(scores))).toEqual(competitionRanks(data.published as number[]));
  });

  it("reproduces the published scores without health, and without health and education", () => {
    const data = robustnessData(tables);
    const model = createIndexModel(data);
    for (const [variant, config] of [
      ["without_health", {...DEFAULT_CONFIGURATION, health: false}],
      ["without_health_education", {...DEFAULT_CONFIGURATION, health: false, education: false}]
    ] as const) {
      const published = new Map(
        tables.overall_scores.filter((r) => r.edition === "2020" && r.year === 2019 && r.variant === variant).map((r) => [r.iso3, r.published!])
      );
      const scores = model.scores(config);
      data.countries.forEach(({iso3}, c) => expect(Math.abs(scores[c] - published.get(iso3)!), `${variant} ${iso3}`).toBeLessThan(1e-9));
    }
  });

  it("names the country and indicator when a score is missing", () => {
    const partial = {
      ...tables,
      indicator_scores: tables.indicator_scores.filter((r) => !(r.iso3 === "SWE" && r.year === 2019 && r.indicator === tables.indicators[0].code))
    };
    expect(() => robustnessData(partial)).toThrow(new RegExp(`SWE has no 2019 score for indicator ${tables.indicators[0].code}`));
  });
});
