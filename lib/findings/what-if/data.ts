/**
 * The simulator's data: one edition and year (MIPEX 2020's 2019 scores, 56 countries), its indicators
 * (level "indicator", the items with a weight) with their answer options, and every country's scores.
 */
import type {AreaId} from "../../mipex/areas.ts";
import type {WorkspaceTables} from "../../mipex/workspace-tables.ts";
import {PROFILE_EDITION, PROFILE_YEAR} from "../country/profile-year.ts";
import {indicatorAnswerOptions, type AnswerOption} from "./answers.ts";

export interface WhatIfIndicator {
  code: string;
  area: AreaId;
  title: string;
  /** Weight in the area score (from the workbooks' area formulas). */
  weight: number;
  /** Answer options parsed from the workbook, highest score first; empty where the workbook gives none. */
  options: AnswerOption[];
}

export interface WhatIfCountry {
  iso3: string;
  name: string;
  /** Score of every indicator in `WhatIfData.indicators` order; null where unscored. */
  scores: (number | null)[];
}

/** Everything the simulator needs; JSON-serializable (src/data/what-if.json.ts writes it). */
export interface WhatIfData {
  edition: string;
  year: number;
  indicators: WhatIfIndicator[];
  countries: WhatIfCountry[];
}

/**
 * The simulator's data: the 2019 indicators (level "indicator") with weights and parsed answer options,
 * every country's scores in that order.
 *
 * @example (needs the workbooks)
 * const data = whatIfData(tables);
 * data.indicators.length // 59
 * [data.countries[0].iso3, data.countries[0].scores.slice(0, 4)] // ["ALB", [0, 0, 50, 100]]
 */
export function whatIfData(tables: Pick<WorkspaceTables, "indicators" | "indicator_scores" | "countries">): WhatIfData {
  const indicators = tables.indicators.filter((i) => i.level === "indicator");
  const answers = indicatorAnswerOptions(tables.indicators);
  const score = new Map(
    tables.indicator_scores.filter((r) => r.edition === PROFILE_EDITION && r.year === PROFILE_YEAR).map((r) => [`${r.iso3}|${r.indicator}`, r.score])
  );
  const iso3s = [...new Set(tables.indicator_scores.filter((r) => r.edition === PROFILE_EDITION && r.year === PROFILE_YEAR).map((r) => r.iso3))].sort();
  const names = new Map(tables.countries.map((c) => [c.iso3, c.name]));
  return {
    edition: PROFILE_EDITION,
    year: PROFILE_YEAR,
    indicators: indicators.map((i) => ({code: i.code, area: i.area, title: i.title, weight: i.weight, options: answers.get(i.code) ?? []})),
    countries: iso3s.map((iso3) => ({iso3, name: names.get(iso3) ?? iso3, scores: indicators.map((i) => score.get(`${iso3}|${i.code}`) ?? null)}))
  };
}
