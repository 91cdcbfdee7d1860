/**
 * A profile's indicator table: every indicator and sub-indicator with its 2019 score and answer beside
 * its latest score (the 2025 EU update where the country is in it) and answer.
 */
import {AREAS, type AreaId} from "../../mipex/areas.ts";
import type {Edition} from "../../mipex/editions.ts";
import type {WorkspaceTables} from "../../mipex/workspace-tables.ts";
import {indicatorAnswerOptions, type AnswerOption} from "../what-if/answers.ts";
import {PROFILE_EDITION, PROFILE_YEAR} from "./profile-year.ts";

const AREA_NAME = new Map(AREAS.map((a) => [a.id, a.name]));

export interface ProfileIndicator {
  code: string;
  area: AreaId;
  areaName: string;
  level: "indicator" | "sub-indicator";
  parent: string | null;
  title: string;
  weight: number;
  score2019: number | null;
  answer2019: string | null;
  latestScore: number | null;
  latestYear: number | null;
  latestEdition: Edition | null;
  latestAnswer: string | null;
}

/** Every indicator score, looked up by country, edition, year and indicator, and each one's latest. */
export interface IndicatorScoreIndex {
  /** The score of `iso3`'s `indicator` in that edition and year; undefined where there is none. */
  scoreAt(iso3: string, edition: Edition, year: number, indicator: string): number | undefined;
  /** The most recent score of `iso3`'s `indicator`; between editions in one year, the 2025 update is the newer source. */
  latest(iso3: string, indicator: string): {score: number; year: number; edition: Edition} | undefined;
}

/**
 * The area's name.
 *
 * @example
 * areaName("labour_market_mobility") // "Labour market mobility"
 */
export function areaName(area: AreaId): string {
  return AREA_NAME.get(area)!;
}

/**
 * The answer text of a score: the option within half a point of it; null for no score or no such option.
 *
 * @example
 * answerFor([{score: 100, label: "Yes"}, {score: 0, label: "No"}], 100) // "Yes"
 * answerFor([{score: 100, label: "Yes"}], 50) // null
 */
export function answerFor(options: readonly AnswerOption[], score: number | null): string | null {
  if (score === null) return null;
  return options.find((o) => Math.abs(o.score - score) < 0.5)?.label ?? null;
}

/**
 * Indexes the indicator scores once, for every profile.
 *
 * @example (needs the workbooks)
 * indicatorScoreIndex(tables).scoreAt("SWE", "2020", 2019, "ca49") // 50
 */
export function indicatorScoreIndex(tables: Pick<WorkspaceTables, "indicator_scores">): IndicatorScoreIndex {
  const scores = new Map<string, number>();
  const latest = new Map<string, {score: number; year: number; edition: Edition}>();
  for (const r of tables.indicator_scores) {
    scores.set(`${r.iso3}|${r.edition}|${r.year}|${r.indicator}`, r.score);
    const key = `${r.iso3}|${r.indicator}`;
    const prev = latest.get(key);
    // Latest: the most recent year; between editions, the 2025 update is the newer source.
    if (!prev || r.year > prev.year || (r.year === prev.year && r.edition > prev.edition)) latest.set(key, {score: r.score, year: r.year, edition: r.edition});
  }
  return {
    scoreAt: (iso3, edition, year, indicator) => scores.get(`${iso3}|${edition}|${year}|${indicator}`),
    latest: (iso3, indicator) => latest.get(`${iso3}|${indicator}`)
  };
}

/**
 * A function giving each country its indicator rows, in the indicators table's order.
 *
 * @example (needs the workbooks)
 * const {code, area, score2019, answer2019, latestYear} = profileIndicators(tables, indicatorScoreIndex(tables))("SWE")[0];
 * ({code, area, score2019, answer2019, latestYear}) // {code: "aa1", area: "labour_market_mobility", score2019: 50, answer2019: "A and (C or certain categories of B)", latestYear: 2023}
 */
export function profileIndicators(tables: Pick<WorkspaceTables, "indicators">, index: IndicatorScoreIndex): (iso3: string) => ProfileIndicator[] {
  const options = indicatorAnswerOptions(tables.indicators);
  return (iso3) =>
    tables.indicators.map((ind) => {
      const s2019 = index.scoreAt(iso3, PROFILE_EDITION, PROFILE_YEAR, ind.code) ?? null;
      const l = index.latest(iso3, ind.code) ?? null;
      const opts = options.get(ind.code)!;
      return {
        code: ind.code,
        area: ind.area,
        areaName: areaName(ind.area),
        level: ind.level,
        parent: ind.parent,
        title: ind.title,
        weight: ind.weight,
        score2019: s2019,
        answer2019: answerFor(opts, s2019),
        latestScore: l?.score ?? null,
        latestYear: l?.year ?? null,
        latestEdition: l?.edition ?? null,
        latestAnswer: answerFor(opts, l?.score ?? null)
      };
    });
}
