/**
 * The score a finding counts for a country and year: the one recomputed from the indicators, or, where an
 * unscored indicator makes that impossible (Argentina 2014, Czechia 2007–2013), the score the workbook
 * publishes, flagged. Nothing MIPEX published is dropped from a count or a mean; the recomputed value
 * (null there) stays beside it.
 */
export interface ScoreOfRecord {
  /** recomputed ?? published; null only when the workbook has neither. */
  value: number | null;
  recomputed: number | null;
  published: number | null;
  /** True when `value` is the published score because the recomputation is not possible. */
  usesPublished: boolean;
}

/**
 * @example
 * scoreOfRecord({recomputed: null, published: 61.96}) // {value: 61.96, recomputed: null, published: 61.96, usesPublished: true}
 * scoreOfRecord({recomputed: 50, published: 50}).usesPublished // false
 */
export function scoreOfRecord(row: {recomputed: number | null; published: number | null}): ScoreOfRecord {
  const usesPublished = row.recomputed === null && row.published !== null;
  return {value: row.recomputed ?? row.published, recomputed: row.recomputed, published: row.published, usesPublished};
}
