/**
 * What the robustness analysis recomputes the index from: every country's indicator scores for one edition
 * and year (56 countries × 59 indicators for MIPEX 2020's 2019 scores), the indicators' area and weight, and
 * the published overall score the default configuration must reproduce. JSON-serialisable: the page's loader
 * writes it and the browser worker reads it.
 */
import {AREA_IDS, type AreaId} from "../mipex/areas.ts";
import type {Edition} from "../mipex/editions.ts";
import type {WorkspaceTables} from "../mipex/workspace-tables.ts";

export interface RobustnessIndicator {
  code: string;
  area: AreaId;
  /** Weight in the area score, from the workbooks' area formulas (sums to 1 within an area). */
  weight: number;
}

export interface RobustnessData {
  edition: Edition;
  year: number;
  countries: {iso3: string; name: string}[];
  /** Indicator-level items in area order, then workbook position (the order the workbooks sum them). */
  indicators: RobustnessIndicator[];
  /** scores[c][i]: country c's score on indicator i. */
  scores: number[][];
  /** Published overall score with health, per country (the workbook's cell); null where none is published. */
  published: (number | null)[];
}

/** The edition and year the analysis uses: MIPEX 2020's 56 countries in 2019. */
export const ROBUSTNESS_EDITION: Edition = "2020";
export const ROBUSTNESS_YEAR = 2019;

/**
 * The indicator matrix of one edition and year from the workspace tables. A country without a score on
 * some indicator is an error naming the country and the indicator: the analysis needs a complete matrix.
 *
 * @example (needs the workbooks)
 * const data = robustnessData(tables);
 * [data.countries.length, data.indicators.length] // [56, 59]
 */
export function robustnessData(
  tables: Pick<WorkspaceTables, "indicators" | "indicator_scores" | "overall_scores" | "countries">,
  {edition = ROBUSTNESS_EDITION, year = ROBUSTNESS_YEAR}: {edition?: Edition; year?: number} = {}
): RobustnessData {
  const indicators = tables.indicators
    .filter((i) => i.level === "indicator")
    .sort((a, b) => AREA_IDS.indexOf(a.area) - AREA_IDS.indexOf(b.area) || a.position - b.position)
    .map(({code, area, weight}) => ({code, area, weight}));
  const rows = tables.indicator_scores.filter((r) => r.edition === edition && r.year === year && r.level === "indicator");
  if (rows.length === 0) throw new Error(`robustness: no indicator scores for ${year} in the ${edition} edition`);
  const score = new Map(rows.map((r) => [`${r.iso3}|${r.indicator}`, r.score]));
  const iso3s = [...new Set(rows.map((r) => r.iso3))].sort();
  const names = new Map(tables.countries.map((c) => [c.iso3, c.name]));
  const published = new Map(
    tables.overall_scores.filter((r) => r.edition === edition && r.year === year && r.variant === "with_health").map((r) => [r.iso3, r.published])
  );
  return {
    edition,
    year,
    countries: iso3s.map((iso3) => ({iso3, name: names.get(iso3) ?? iso3})),
    indicators,
    scores: iso3s.map((iso3) =>
      indicators.map(({code}) => {
        const value = score.get(`${iso3}|${code}`);
        if (value === undefined)
          throw new Error(`robustness: ${iso3} has no ${year} score for indicator ${code} (${edition} edition); the analysis needs every indicator`);
        return value;
      })
    ),
    published: iso3s.map((iso3) => published.get(iso3) ?? null)
  };
}
