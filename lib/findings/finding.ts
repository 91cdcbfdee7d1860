/**
 * One reproduced number: what the workspace computes from the raw data beside what MIPEX published.
 * `mipex reproduce` prints these; the pages show the same objects.
 */
export interface Finding {
  /** Stable id, e.g. `overall.2019.SWE`, `area_mean.2019.education`, `change.2014_2019.mean`. */
  id: string;
  description: string;
  computed: number | string | null;
  /** The published value, or null where MIPEX published none. */
  published: number | string | null;
  /** computed − published for numbers; null otherwise. */
  difference: number | null;
  status: FindingStatus;
  /** What `published` is: a value MIPEX stated (page, report), the workbook's own cached cell, or nothing. */
  basis: FindingBasis;
  /** Where the published value comes from (sheet!cell, page address, report). */
  source?: string;
}

/**
 * What a finding's computed value is compared with:
 * - `published statement`: a number or label MIPEX stated in words (mipex.eu, its report, launch news);
 * - `workbook cell`: the value cached in the official workbook (a recomputation check, not a reproduction of a
 *   published finding);
 * - `none`: nothing to compare with.
 */
export type FindingBasis = "published statement" | "workbook cell" | "none";

/**
 * - `match`: computed equals published (numbers within the tolerance, text equal);
 * - `differs`: both exist and disagree (the page says why);
 * - `computed`: nothing was published to compare with;
 * - `not_computable`: the data do not allow the computation (too few countries, a missing table).
 */
export type FindingStatus = "match" | "differs" | "computed" | "not_computable";

/** Numbers agree when they differ by less than this; published MIPEX scores are unrounded. */
export const FINDING_TOLERANCE = 1e-6;

/**
 * Builds a finding and derives its difference and status.
 *
 * @example
 * finding("overall.2019.SWE", "Sweden's overall score", 86.39, 86.39, "SE!B3").basis // "workbook cell"
 * finding("area_average.2019.political_participation", "…", 25, 25, "mipex.eu", "published statement").status // "match"
 */
export function finding(
  id: string,
  description: string,
  computed: number | string | null,
  published: number | string | null,
  source?: string,
  basis: FindingBasis = published === null ? "none" : "workbook cell"
): Finding {
  if (published === null && basis !== "none") throw new Error(`Finding ${id}: basis "${basis}" without a published value`);
  if (published !== null && basis === "none") throw new Error(`Finding ${id}: a published value needs a basis`);
  let difference: number | null = null;
  let status: FindingStatus;
  if (computed === null) status = "not_computable";
  else if (published === null) status = "computed";
  else if (typeof computed === "number" && typeof published === "number") {
    difference = computed - published;
    status = Math.abs(difference) <= FINDING_TOLERANCE ? "match" : "differs";
  } else status = String(computed) === String(published) ? "match" : "differs";
  return {id, description, computed, published, difference, status, basis, ...(source ? {source} : {})};
}
