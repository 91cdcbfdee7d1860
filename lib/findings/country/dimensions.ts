/**
 * A profile's position on the three dimensions of the approach classifier: its score on each, its rank
 * among all classified countries and the range of their scores, and every country's scores for the
 * position chart.
 */
import type {ApproachModel, Classification} from "../dimensions/classifier.ts";
import {MIPEX_DIMENSION_LABELS} from "../dimensions/mipex-dimensions.ts";
import {competitionRanks} from "../../stats/rank.ts";

export interface ProfileDimension {
  dimension: string;
  label: string;
  score: number;
  rank: number;
  of: number;
  min: number;
  max: number;
}

/** One country's score on one dimension, a point of the position chart. */
export interface DimensionPoint {
  iso3: string;
  name: string;
  label: string;
  score: number;
}

/**
 * The dimension labels of a model, in its dimension order.
 *
 * @example
 * dimensionLabels({dimensionNames: ["equal_opportunities", "basic_rights", "secure_future"]}) // ["Equal opportunities", "Basic rights", "Secure future"]
 */
export function dimensionLabels(model: Pick<ApproachModel, "dimensionNames">): string[] {
  return model.dimensionNames.map((d) => MIPEX_DIMENSION_LABELS[d]);
}

/**
 * Every classified country's score on every dimension, country by country (the position chart's field).
 *
 * @example
 * const model = {dimensionNames: ["equal_opportunities", "basic_rights", "secure_future"]};
 * const classified = new Map([["SWE", {scores: [1.93, 0.82, 1.27]}]]);
 * dimensionField(model, ["SWE"], classified, new Map([["SWE", "Sweden"]]))[1] // {iso3: "SWE", name: "Sweden", label: "Basic rights", score: 0.82}
 */
export function dimensionField(
  model: Pick<ApproachModel, "dimensionNames">,
  countries: readonly string[],
  classified: ReadonlyMap<string, Classification>,
  names: ReadonlyMap<string, string>
): DimensionPoint[] {
  const labels = dimensionLabels(model);
  return countries.flatMap((iso3) => classified.get(iso3)!.scores.map((score, k) => ({iso3, name: names.get(iso3) ?? iso3, label: labels[k], score})));
}

/**
 * One country's score on each dimension, with its competition rank among `countries` and their range.
 *
 * @example (needs the workbooks)
 * import {classifyCountries, trainedApproachModel} from "./approach.ts";
 * const model = trainedApproachModel(tables);
 * const {matrix, classified} = classifyCountries(tables, model);
 * // Sweden is second of 56 on equal opportunities (the model's first dimension).
 * const {dimension, rank, of} = profileDimensions(model, matrix.countries, classified, "SWE")[0];
 * [dimension, rank, of] // ["equal_opportunities", 2, 56]
 */
export function profileDimensions(
  model: Pick<ApproachModel, "dimensionNames">,
  countries: readonly string[],
  classified: ReadonlyMap<string, Classification>,
  iso3: string
): ProfileDimension[] {
  const own = classified.get(iso3)!;
  return dimensionLabels(model).map((label, k) => {
    const all = countries.map((other) => classified.get(other)!.scores[k]);
    return {
      dimension: model.dimensionNames[k],
      label,
      score: own.scores[k],
      rank: competitionRanks(all)[countries.indexOf(iso3)],
      of: all.length,
      min: Math.min(...all),
      max: Math.max(...all)
    };
  });
}
