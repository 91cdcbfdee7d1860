/**
 * The scenario recompute: a country's indicator answers changed, its area scores, overall score, rank and
 * approach recomputed with the same functions the build uses (lib/mipex/recompute.ts for the scores,
 * lib/findings/dimensions/classifier.ts for the approach). The other countries stay at their recorded scores.
 */
import {AREA_IDS, OVERALL_VARIANTS, type AreaId} from "../../mipex/areas.ts";
import {overallScore, weightedAreaScore} from "../../mipex/recompute.ts";
import {classifyApproach, type ApproachModel, type Classification} from "../dimensions/classifier.ts";
import {competitionRanks} from "../../stats/rank.ts";
import type {WhatIfCountry, WhatIfData, WhatIfIndicator} from "./data.ts";

/** Indicator code → new score. */
export type Changes = Readonly<Record<string, number>>;

export interface ScenarioScores {
  areas: Record<AreaId, number | null>;
  /** Overall score with health (the mean of the eight areas). */
  overall: number | null;
  overallWithoutHealth: number | null;
  /** Competition rank of `overall` among all countries, the others at their recorded scores. */
  rank: number | null;
  /** The indicator scores after the changes, in `WhatIfData.indicators` order. */
  scores: (number | null)[];
}

export interface Simulation {
  iso3: string;
  name: string;
  base: ScenarioScores;
  scenario: ScenarioScores;
  /** The changes that differ from the base, in indicator order. */
  changed: {code: string; area: AreaId; title: string; from: number | null; to: number}[];
}

/**
 * Area scores of one indicator vector: per area, Σ weight × score over the area's indicators
 * ({@link weightedAreaScore}).
 *
 * @example (needs the workbooks)
 * import {whatIfData} from "./data.ts";
 * const data = whatIfData(tables);
 * areaScores(data.indicators, data.countries[0].scores).education // ≈ 21.43 (Albania's recomputed 2019 education score)
 */
export function areaScores(indicators: readonly WhatIfIndicator[], scores: readonly (number | null)[]): Record<AreaId, number | null> {
  const out = {} as Record<AreaId, number | null>;
  for (const area of AREA_IDS) {
    const idx = indicators.map((ind, i) => (ind.area === area ? i : -1)).filter((i) => i >= 0);
    out[area] =
      idx.length === 0
        ? null
        : weightedAreaScore(
            idx.map((i) => scores[i]),
            idx.map((i) => indicators[i].weight)
          );
  }
  return out;
}

function overallOf(areas: Record<AreaId, number | null>, variant: "with_health" | "without_health"): number | null {
  return overallScore(new Map(OVERALL_VARIANTS[variant].map((a) => [a, areas[a]] as const)), variant);
}

/**
 * Every country's base overall score with health (recomputed), by ISO3.
 *
 * @example (needs the workbooks)
 * import {whatIfData} from "./data.ts";
 * baseOverallScores(whatIfData(tables)).get("SWE") // ≈ 86.39 (Sweden's recomputed 2019 overall score)
 */
export function baseOverallScores(data: WhatIfData): Map<string, number | null> {
  return new Map(data.countries.map((c) => [c.iso3, overallOf(areaScores(data.indicators, c.scores), "with_health")]));
}

function country(data: WhatIfData, iso3: string): WhatIfCountry {
  const found = data.countries.find((c) => c.iso3 === iso3);
  if (!found) throw new Error(`what-if: no country ${iso3}; countries are ${data.countries.map((c) => c.iso3).join(", ")}`);
  return found;
}

function scored(data: WhatIfData, iso3: string, scores: (number | null)[], others: ReadonlyMap<string, number | null>): ScenarioScores {
  const areas = areaScores(data.indicators, scores);
  const overall = overallOf(areas, "with_health");
  let rank: number | null = null;
  if (overall !== null) {
    const field = [...others].filter(([other, v]) => other !== iso3 && v !== null).map(([, v]) => v as number);
    rank = competitionRanks([overall, ...field])[0];
  }
  return {areas, overall, overallWithoutHealth: overallOf(areas, "without_health"), rank, scores};
}

/**
 * Recomputes a country's scores with some indicator answers changed. Unknown indicator codes throw;
 * a change equal to the base score is no change.
 *
 * @example (needs the workbooks)
 * import {whatIfData} from "./data.ts";
 * // Sweden's ca49 (access to higher education) from 50 to 100: education +7.14, overall +0.89.
 * const {base, scenario} = simulate(whatIfData(tables), "SWE", {ca49: 100});
 * [base.overall, scenario.overall] // ≈ [86.39, 87.28]
 * simulate(whatIfData(tables), "SWE", {xx1: 100}) // throws Error
 */
export function simulate(
  data: WhatIfData,
  iso3: string,
  changes: Changes = {},
  others: ReadonlyMap<string, number | null> = baseOverallScores(data)
): Simulation {
  const c = country(data, iso3);
  const position = new Map(data.indicators.map((ind, i) => [ind.code, i]));
  const scores = [...c.scores];
  const changed: Simulation["changed"] = [];
  for (const [code, to] of Object.entries(changes)) {
    const i = position.get(code);
    if (i === undefined) throw new Error(`what-if: unknown indicator ${code}`);
    if (!(to >= 0 && to <= 100)) throw new RangeError(`what-if: ${code} must be scored 0–100, got ${to}`);
    if (c.scores[i] !== null && Math.abs(c.scores[i]! - to) < 1e-9) continue;
    scores[i] = to;
  }
  data.indicators.forEach((ind, i) => {
    if (scores[i] !== c.scores[i]) changed.push({code: ind.code, area: ind.area, title: ind.title, from: c.scores[i], to: scores[i]!});
  });
  return {iso3, name: c.name, base: scored(data, iso3, [...c.scores], others), scenario: scored(data, iso3, scores, others), changed};
}

/**
 * The approach a scored vector falls into under the trained classifier: the indicator scores are put in
 * the model's order (a code the model lacks is ignored; one the data lack is missing) and passed to
 * {@link classifyApproach}.
 *
 * @example (needs the workbooks)
 * import {whatIfData} from "./data.ts";
 * import {trainedApproachModel} from "../country/approach.ts";
 * const data = whatIfData(tables);
 * scenarioApproach(trainedApproachModel(tables), data.indicators, simulate(data, "SWE", {ca49: 0}).scenario.scores).approach // "Comprehensive integration"
 */
export function scenarioApproach(model: ApproachModel, indicators: readonly WhatIfIndicator[], scores: readonly (number | null)[]): Classification {
  const byCode = new Map(indicators.map((ind, i) => [ind.code, scores[i]]));
  return classifyApproach(
    model,
    model.indicators.map((code) => byCode.get(code) ?? null)
  );
}
