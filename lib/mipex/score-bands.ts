/** MIPEX's six score bands, from the report's legend. */
export interface ScoreBand {
  id: string;
  label: string;
  /** Inclusive lower bound. */
  min: number;
  /** Inclusive upper bound. */
  max: number;
  color: string;
}

// Colours run from red (critically unfavourable) to green (favourable), readable on light and dark themes.
export const SCORE_BANDS: readonly ScoreBand[] = [
  {id: "favourable", label: "Favourable", min: 80, max: 100, color: "#1a9641"},
  {id: "slightly_favourable", label: "Slightly favourable", min: 60, max: 79, color: "#a6d96a"},
  {id: "halfway_favourable", label: "Halfway favourable", min: 41, max: 59, color: "#ffffbf"},
  {id: "slightly_unfavourable", label: "Slightly unfavourable", min: 21, max: 40, color: "#fdae61"},
  {id: "unfavourable", label: "Unfavourable", min: 1, max: 20, color: "#e34a33"},
  {id: "critically_unfavourable", label: "Critically unfavourable", min: 0, max: 0, color: "#b30000"}
];

/**
 * The band of a score. MIPEX publishes rounded scores, so a score is rounded to the nearest whole number
 * before it is banded (79.6 is "favourable", as the published 80 is).
 *
 * @example
 * scoreBand(86.4).id // "favourable"
 */
export function scoreBand(score: number): ScoreBand {
  if (!Number.isFinite(score) || score < 0 || score > 100) throw new RangeError(`A MIPEX score is between 0 and 100, got ${score}`);
  const rounded = Math.round(score);
  const band = SCORE_BANDS.find((b) => rounded >= b.min && rounded <= b.max);
  if (!band) throw new RangeError(`No MIPEX band holds ${score}`);
  return band;
}
