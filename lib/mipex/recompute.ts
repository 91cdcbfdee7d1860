import {OVERALL_VARIANTS, type AreaId, type OverallVariant} from "./areas.ts";
import {mean} from "../stats/mean.ts";

/**
 * An area's score: the mean of its indicators' scores. Returns null when any indicator is unscored,
 * because a mean over part of an area is not the area's score (MIPEX scores every indicator of an area
 * in the same year).
 *
 * @example
 * areaScore([100, 50, 0, 50]) // 50
 */
export function areaScore(indicatorScores: readonly (number | null)[]): number | null {
  if (indicatorScores.length === 0 || indicatorScores.some((s) => s === null)) return null;
  return mean(indicatorScores as number[]);
}

/**
 * An area's score under MIPEX's weights: the sum of each item's score times its weight (sub-indicators
 * weigh 0). Null when an item with weight is unscored.
 *
 * @example
 * weightedAreaScore([100, 0, 50], [0.5, 0, 0.5]) // 75
 */
export function weightedAreaScore(scores: readonly (number | null)[], weights: readonly number[]): number | null {
  if (scores.length !== weights.length) throw new RangeError(`${scores.length} scores for ${weights.length} weights`);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    if (weights[i] === 0) continue;
    const score = scores[i];
    if (score === null) return null;
    sum += weights[i] * score;
  }
  return sum;
}

/**
 * The overall score for a variant: the mean of its areas' scores, or null when one is missing.
 *
 * @example
 * overallScore(new Map([["education", 40]]), "without_health") // null: the other areas are missing
 */
export function overallScore(areaScores: ReadonlyMap<AreaId, number | null>, variant: OverallVariant): number | null {
  const scores = OVERALL_VARIANTS[variant].map((a) => areaScores.get(a) ?? null);
  if (scores.some((s) => s === null)) return null;
  return mean(scores as number[]);
}

/** Published and recomputed scores agree when they differ by less than this (workbook rounding noise). */
export const AGREEMENT_TOLERANCE = 1e-6;

/** Whether a published score and its recomputation disagree; null when either is absent. */
export function isMismatch(published: number | null, recomputed: number | null): boolean | null {
  if (published === null || recomputed === null) return null;
  return Math.abs(published - recomputed) > AGREEMENT_TOLERANCE;
}
