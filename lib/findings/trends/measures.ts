import {AREAS, type AreaId, type OverallVariant} from "../../mipex/areas.ts";
import type {Edition} from "../../mipex/editions.ts";
import type {WorkspaceTables} from "../../mipex/workspace-tables.ts";

/**
 * What a trend series measures (src/trends.md): an overall-score variant or one area, and the rows of the
 * tidy tables behind it.
 */

/** What a series measures: an overall-score variant or one area. */
export interface Measure {
  id: string;
  label: string;
  variant?: OverallVariant;
  area?: AreaId;
}

/**
 * The measures the trends page offers: the three overall-score variants, then the eight areas.
 *
 * @example
 * MEASURES[0].id // "overall_without_health_education"
 */
export const MEASURES: readonly Measure[] = [
  {id: "overall_without_health_education", label: "Overall, without health and education (the series scored since 2007)", variant: "without_health_education"},
  {id: "overall_without_health", label: "Overall, without health (7 areas)", variant: "without_health"},
  {id: "overall_with_health", label: "Overall, with health (8 areas)", variant: "with_health"},
  ...AREAS.map((a) => ({id: a.id, label: a.name, area: a.id}))
];

/**
 * The last year of the 2020 edition's time series (a few countries have 2020 updates, used only in the edition check).
 *
 * @example
 * LAST_2020_EDITION_YEAR // 2019
 */
export const LAST_2020_EDITION_YEAR = 2019;

/**
 * The score rows of a measure, every edition and year: overall_scores of its variant, or area_scores of its area.
 *
 * @example (needs the workbooks)
 * measureRows(tables, MEASURES[2]).every((r) => r.variant === "with_health") // true
 */
export function measureRows(
  tables: WorkspaceTables,
  measure: Measure
): {iso3: string; year: number; edition: Edition; published: number | null; recomputed: number | null; note: string | null; source_cell: string | null}[] {
  if (measure.variant) return tables.overall_scores.filter((r) => r.variant === measure.variant);
  return tables.area_scores.filter((r) => r.area === measure.area);
}
