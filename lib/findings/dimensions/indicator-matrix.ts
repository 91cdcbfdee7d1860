import type {IndicatorRow} from "../../mipex/build-tables.ts";
import type {Edition} from "../../mipex/editions.ts";
import type {WorkspaceTables} from "../../mipex/workspace-tables.ts";

/** The countries × indicators matrix the dimensions are computed from. */
export interface IndicatorMatrix {
  edition: Edition;
  year: number;
  /** Countries (rows), sorted by ISO3. */
  countries: string[];
  /** Indicators (columns), in table order: area by area, left to right in each block. */
  indicators: IndicatorRow[];
  values: (number | null)[][];
  /** Country × indicator cells without a score. */
  missing: {iso3: string; indicator: string}[];
}

/**
 * The countries × indicators matrix of one edition and year, level "indicator" only (sub-indicators
 * detail an indicator and are not averaged separately). Every country with at least one score that
 * year is a row; a cell without a score is null and listed in `missing`.
 *
 * @example (needs the workbooks)
 * const matrix = indicatorMatrix(tables, {edition: "2020", year: 2019});
 * [matrix.values.length, matrix.indicators.length, matrix.missing.length] // [56, 59, 0]
 */
export function indicatorMatrix(
  tables: Pick<WorkspaceTables, "indicators" | "indicator_scores">,
  {edition, year}: {edition: Edition; year: number}
): IndicatorMatrix {
  const indicators = tables.indicators.filter((i) => i.level === "indicator");
  const rows = tables.indicator_scores.filter((r) => r.edition === edition && r.year === year && r.level === "indicator");
  if (rows.length === 0) throw new Error(`No indicator scores for ${year} in the ${edition} edition`);
  const countries = [...new Set(rows.map((r) => r.iso3))].sort();
  const score = new Map(rows.map((r) => [`${r.iso3}|${r.indicator}`, r.score]));
  const missing: IndicatorMatrix["missing"] = [];
  const values = countries.map((iso3) =>
    indicators.map((i) => {
      const v = score.get(`${iso3}|${i.code}`);
      if (v === undefined) missing.push({iso3, indicator: i.code});
      return v ?? null;
    })
  );
  return {edition, year, countries, indicators, values, missing};
}
