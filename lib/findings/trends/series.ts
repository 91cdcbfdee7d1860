import type {Edition} from "../../mipex/editions.ts";
import type {CountryRow, WorkspaceTables} from "../../mipex/workspace-tables.ts";
import {scoreOfRecord} from "../score-of-record.ts";
import {LAST_2020_EDITION_YEAR, MEASURES, measureRows} from "./measures.ts";
import {mean} from "../../stats/mean.ts";

/**
 * A year of the 2020 edition is part of the annual series when at least this many countries were scored in it.
 *
 * @example
 * ANNUAL_MINIMUM // 25
 */
export const ANNUAL_MINIMUM = 25;
/** One value of a series. */
export interface SeriesPoint {
  edition: Edition;
  measure: string;
  iso3: string;
  name: string;
  year: number;
  /** Recomputed from the indicators, or the published score where it cannot be recomputed (flagged). */
  value: number;
  published: number | null;
  /** True when `value` is the workbook's published score because an indicator it needs is unscored. */
  usesPublished: boolean;
}

/** The average of a fixed set of countries in one year of a series. */
export interface AveragePoint {
  edition: Edition;
  measure: string;
  year: number;
  mean: number;
  publishedMean: number | null;
  countries: number;
  /** Which countries the average is over. */
  panel: string;
}

/**
 * Every value of every measure: the 2020 edition up to 2019, the 2025 EU update 2020–2024. A score that
 * cannot be recomputed (Argentina 2014, Czechia 2007–2013) is the workbook's published one, flagged
 * `usesPublished`, so no country MIPEX scores drops out of a series or an average.
 *
 * @example (needs the workbooks)
 * seriesPoints(tables).filter((p) => p.measure === "overall_with_health" && p.iso3 === "SWE").map((p) => p.year)
 * // [2014, 2019, 2020, 2021, 2022, 2023] (the last four from the 2025 edition)
 */
export function seriesPoints(tables: WorkspaceTables): SeriesPoint[] {
  const names = new Map(tables.countries.map((c) => [c.iso3, c.name]));
  const out: SeriesPoint[] = [];
  for (const measure of MEASURES) {
    for (const r of measureRows(tables, measure)) {
      const score = scoreOfRecord(r);
      if (score.value === null) continue;
      if (r.edition === "2020" && r.year > LAST_2020_EDITION_YEAR) continue;
      out.push({
        edition: r.edition,
        measure: measure.id,
        iso3: r.iso3,
        name: names.get(r.iso3) ?? r.iso3,
        year: r.year,
        value: score.value,
        published: r.published,
        usesPublished: score.usesPublished
      });
    }
  }
  return out.sort((a, b) => a.measure.localeCompare(b.measure) || a.edition.localeCompare(b.edition) || a.iso3.localeCompare(b.iso3) || a.year - b.year);
}

/**
 * Averages over a balanced panel, so that a change in the average is a change in policy, not in which
 * countries are counted. 2020 edition: the years in which at least {@link ANNUAL_MINIMUM} countries
 * were scored, over the countries scored in every one of them. 2025 update: the EU27 countries scored
 * in every year 2020–2024 (Canada is in the workbook but not in the EU).
 *
 * @example (needs the workbooks)
 * panelAverages(seriesPoints(tables), tables.countries).filter((a) => a.measure === "overall_without_health_education" && a.edition === "2020").length // 13 (2007–2019)
 */
export function panelAverages(points: readonly SeriesPoint[], countries: readonly CountryRow[]): AveragePoint[] {
  const eu = new Set(countries.filter((c) => c.eu27).map((c) => c.iso3));
  const out: AveragePoint[] = [];
  for (const measure of MEASURES) {
    for (const edition of ["2020", "2025"] as const) {
      let rows = points.filter((p) => p.measure === measure.id && p.edition === edition);
      if (edition === "2025") rows = rows.filter((p) => eu.has(p.iso3));
      if (rows.length === 0) continue;
      const perYear = new Map<number, SeriesPoint[]>();
      for (const p of rows) perYear.set(p.year, [...(perYear.get(p.year) ?? []), p]);
      const years = [...perYear.keys()].filter((y) => edition === "2025" || perYear.get(y)!.length >= ANNUAL_MINIMUM).sort((a, b) => a - b);
      if (years.length === 0) continue;
      const members = [...new Set(rows.map((p) => p.iso3))].filter((iso3) => years.every((y) => perYear.get(y)!.some((p) => p.iso3 === iso3)));
      if (members.length === 0) continue;
      const panel =
        edition === "2020"
          ? `the ${members.length} countries scored ${years.length > 2 ? `in every year ${years[0]}–${years[years.length - 1]}` : `in both ${years.join(" and ")}`}`
          : `the ${members.length} EU countries the 2025 update scores in every year ${years[0]}–${years[years.length - 1]}`;
      for (const year of years) {
        const values = perYear.get(year)!.filter((p) => members.includes(p.iso3));
        const published = values.map((p) => p.published);
        out.push({
          edition,
          measure: measure.id,
          year,
          mean: mean(values.map((p) => p.value)),
          publishedMean: published.every((p) => p !== null) ? mean(published as number[]) : null,
          countries: values.length,
          panel
        });
      }
    }
  }
  return out;
}
