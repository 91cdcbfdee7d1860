/**
 * The what-if simulator (src/what-if.md): change a country's indicator answers and recompute its area
 * scores, overall score, rank and approach with the same functions the build uses
 * (lib/mipex/recompute.ts for the scores, lib/findings/approach-model.ts for the approach). Pure: no
 * DOM, no fs; bundled for the browser by lib/browser/what-if.ts.
 *
 * The simulator works on one edition and year (MIPEX 2020's 2019 scores, 56 countries): a country's
 * indicators (level "indicator", the items with a weight) as the base, the other countries' recomputed
 * overall scores as the field it is ranked in.
 */
import {AREA_IDS, OVERALL_VARIANTS, type AreaId} from "../mipex/areas.ts";
import {overallScore, weightedAreaScore} from "../mipex/recompute.ts";
import {classifyApproach, type ApproachModel, type Classification} from "./approach-model.ts";
import {competitionRanks} from "../stats/rank.ts";
import {plainNumber} from "../format/number.ts";

/** One answer an indicator can take: its score and the answer text from the questionnaire. */
export interface AnswerOption {
  score: number;
  label: string;
}

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

/** Indicator code → new score. */
export type Changes = Readonly<Record<string, number>>;

export interface ScenarioScores {
  areas: Record<AreaId, number | null>;
  /** Overall score with health (the mean of the eight areas). */
  overall: number | null;
  overallWithoutHealth: number | null;
  /** Competition rank of `overall` among all countries, the others at their recorded scores. */
  rank: number | null;
  /** The indicator scores after the changes, in `WhatIfData.indicators` order. */
  scores: (number | null)[];
}

export interface Simulation {
  iso3: string;
  name: string;
  base: ScenarioScores;
  scenario: ScenarioScores;
  /** The changes that differ from the base, in indicator order. */
  changed: {code: string; area: AreaId; title: string; from: number | null; to: number}[];
}

/** Scores "0 – …", "50 - …", "100 - …" at the start of a line, as the workbooks write answer options. */
const OPTION_LINE = /^\s*(\d+(?:\.\d+)?)\s*[-–—]\s*(.*)$/;

/**
 * The answer options of an indicator from the workbook's text, highest score first. Lines that do not
 * start with a score (and texts like "TO BE FILLED AUTOMATICALLY") give no option.
 *
 * @example
 * parseAnswerOptions("100 - All of them\n50 - Some\n0 - None") // [{score: 100, label: "All of them"}, {score: 50, ...}, {score: 0, ...}]
 */
export function parseAnswerOptions(text: string | null | undefined): AnswerOption[] {
  const seen = new Map<number, AnswerOption>();
  for (const line of (text ?? "").split(/\r?\n/)) {
    const match = OPTION_LINE.exec(line);
    if (!match) continue;
    const score = Number(match[1]);
    if (!(score >= 0 && score <= 100) || seen.has(score)) continue;
    seen.set(score, {score, label: match[2].trim().replace(/\s+/g, " ")});
  }
  return [...seen.values()].sort((a, b) => b.score - a.score);
}

/** A sub-indicator's code and the scores a composite's option names for it: "bb28a=50", "cc59=50 or 100". */
const CODE_TERM = /^\s*([a-z]{2}\d+[a-z]?)\s*=\s*(\d+(?:\s*or\s*\d+)*)\s*$/i;

/**
 * A composite indicator's answer option, written in its sub-indicators' codes ("bb28a=50 & bb28b=0"),
 * in the sub-indicators' own wording; a term naming no known sub-indicator answer is kept as written.
 *
 * @example
 * spellOutAnswer("bb28a=100", new Map([["bb28a", {title: "a. Language form", options: [{score: 100, label: "No requirement"}]}]]))
 * // "Language form: No requirement"
 */
export function spellOutAnswer(label: string, subIndicators: ReadonlyMap<string, {title: string; options: readonly AnswerOption[]}>): string {
  return label
    .split(/\s*&\s*/)
    .map((term) => {
      const match = CODE_TERM.exec(term);
      const sub = match ? subIndicators.get(match[1].toLowerCase()) : undefined;
      if (!match || !sub) return term;
      const answers = match[2].split(/\s*or\s*/).map((score) => sub.options.find((o) => o.score === Number(score))?.label);
      if (answers.some((a) => a === undefined)) return term;
      return `${sub.title.replace(/^[a-z]\.\s+/, "")}: ${answers.join(" or ")}`;
    })
    .join("; ");
}

/**
 * Every indicator's answer options ({@link parseAnswerOptions}), a composite's spelled out in its
 * sub-indicators' wording ({@link spellOutAnswer}), by indicator code.
 *
 * @example
 * indicatorAnswerOptions(tables.indicators).get("bb28")![0].label // "Pre-entry … language form: No Requirement OR Voluntary course/…"
 */
export function indicatorAnswerOptions(indicators: readonly {code: string; title: string; answer_options: string | null}[]): Map<string, AnswerOption[]> {
  const parsed = new Map(indicators.map((i) => [i.code, parseAnswerOptions(i.answer_options)]));
  const subIndicators = new Map(indicators.map((i) => [i.code.toLowerCase(), {title: i.title, options: parsed.get(i.code)!}]));
  return new Map([...parsed].map(([code, options]) => [code, options.map((o) => ({score: o.score, label: spellOutAnswer(o.label, subIndicators)}))]));
}

/**
 * The answers the simulator offers for an indicator: its answer options, or 0/50/100 where the workbook
 * gives none (composite indicators computed from sub-indicators), plus the current score when it is not
 * one of them. Highest first.
 *
 * @example
 * answerChoices({options: [], ...}, 62.5).map((o) => o.score) // [100, 62.5, 50, 0]
 */
export function answerChoices(indicator: Pick<WhatIfIndicator, "options">, current: number | null): AnswerOption[] {
  const choices =
    indicator.options.length > 0
      ? [...indicator.options]
      : [100, 50, 0].map((score) => ({score, label: score === 100 ? "best practice" : score === 0 ? "least favourable" : "halfway"}));
  if (current !== null && !choices.some((c) => Math.abs(c.score - current) < 1e-9)) {
    choices.push({score: current, label: "current score (computed from sub-indicators)"});
  }
  return choices.sort((a, b) => b.score - a.score);
}

/**
 * Area scores of one indicator vector: per area, Σ weight × score over the area's indicators
 * ({@link weightedAreaScore}).
 */
export function areaScores(indicators: readonly WhatIfIndicator[], scores: readonly (number | null)[]): Record<AreaId, number | null> {
  const out = {} as Record<AreaId, number | null>;
  for (const area of AREA_IDS) {
    const idx = indicators.map((ind, i) => (ind.area === area ? i : -1)).filter((i) => i >= 0);
    out[area] =
      idx.length === 0
        ? null
        : weightedAreaScore(
            idx.map((i) => scores[i]),
            idx.map((i) => indicators[i].weight)
          );
  }
  return out;
}

function overallOf(areas: Record<AreaId, number | null>, variant: "with_health" | "without_health"): number | null {
  return overallScore(new Map(OVERALL_VARIANTS[variant].map((a) => [a, areas[a]] as const)), variant);
}

/** Every country's base overall score with health (recomputed), by ISO3. */
export function baseOverallScores(data: WhatIfData): Map<string, number | null> {
  return new Map(data.countries.map((c) => [c.iso3, overallOf(areaScores(data.indicators, c.scores), "with_health")]));
}

function country(data: WhatIfData, iso3: string): WhatIfCountry {
  const found = data.countries.find((c) => c.iso3 === iso3);
  if (!found) throw new Error(`what-if: no country ${iso3}; countries are ${data.countries.map((c) => c.iso3).join(", ")}`);
  return found;
}

function scored(data: WhatIfData, iso3: string, scores: (number | null)[], others: ReadonlyMap<string, number | null>): ScenarioScores {
  const areas = areaScores(data.indicators, scores);
  const overall = overallOf(areas, "with_health");
  let rank: number | null = null;
  if (overall !== null) {
    const field = [...others].filter(([other, v]) => other !== iso3 && v !== null).map(([, v]) => v as number);
    rank = competitionRanks([overall, ...field])[0];
  }
  return {areas, overall, overallWithoutHealth: overallOf(areas, "without_health"), rank, scores};
}

/**
 * Recomputes a country's scores with some indicator answers changed. Unknown indicator codes throw;
 * a change equal to the base score is no change.
 *
 * @example
 * simulate(data, "SWE", {ca49: 100}).scenario.overall // Sweden's 2019 overall score if ca49 were 100
 */
export function simulate(
  data: WhatIfData,
  iso3: string,
  changes: Changes = {},
  others: ReadonlyMap<string, number | null> = baseOverallScores(data)
): Simulation {
  const c = country(data, iso3);
  const position = new Map(data.indicators.map((ind, i) => [ind.code, i]));
  const scores = [...c.scores];
  const changed: Simulation["changed"] = [];
  for (const [code, to] of Object.entries(changes)) {
    const i = position.get(code);
    if (i === undefined) throw new Error(`what-if: unknown indicator ${code}`);
    if (!(to >= 0 && to <= 100)) throw new RangeError(`what-if: ${code} must be scored 0–100, got ${to}`);
    if (c.scores[i] !== null && Math.abs(c.scores[i]! - to) < 1e-9) continue;
    scores[i] = to;
  }
  data.indicators.forEach((ind, i) => {
    if (scores[i] !== c.scores[i]) changed.push({code: ind.code, area: ind.area, title: ind.title, from: c.scores[i], to: scores[i]!});
  });
  return {iso3, name: c.name, base: scored(data, iso3, [...c.scores], others), scenario: scored(data, iso3, scores, others), changed};
}

/**
 * The approach a scored vector falls into under the trained classifier: the indicator scores are put in
 * the model's order (a code the model lacks is ignored; one the data lack is missing) and passed to
 * {@link classifyApproach}.
 */
export function scenarioApproach(model: ApproachModel, indicators: readonly WhatIfIndicator[], scores: readonly (number | null)[]): Classification {
  const byCode = new Map(indicators.map((ind, i) => [ind.code, scores[i]]));
  return classifyApproach(
    model,
    model.indicators.map((code) => byCode.get(code) ?? null)
  );
}

export interface SingleChange {
  code: string;
  area: AreaId;
  title: string;
  from: number | null;
  to: number;
  /** The answer text of the new score, where the workbook gives one. */
  toLabel: string | null;
  overallGain: number;
  areaGain: number;
  /** Rank after the change (base rank when nothing else changes). */
  rank: number | null;
}

/**
 * The reverse question: for each indicator not at its best answer, the gain from raising it alone to the
 * best answer (area scores are linear in each indicator, so the best answer gives the largest gain:
 * weight × (best − current) in the area, that divided by the number of areas overall). Largest overall
 * gain first; ties by area order, then code. `changes` is the scenario the gains start from.
 *
 * @example
 * bestSingleChanges(data, "SWE").slice(0, 3) // [{code: "db65db67db68", from: 50, to: 100, overallGain: 1.25, areaGain: 10, ...}, ...]
 */
export function bestSingleChanges(data: WhatIfData, iso3: string, changes: Changes = {}): SingleChange[] {
  const others = baseOverallScores(data);
  const start = simulate(data, iso3, changes, others);
  const startChanges: Record<string, number> = Object.fromEntries(start.changed.map((c) => [c.code, c.to]));
  const out: SingleChange[] = [];
  data.indicators.forEach((ind, i) => {
    const from = start.scenario.scores[i];
    const best = answerChoices(ind, from)[0];
    if (from !== null && best.score <= from + 1e-9) return;
    const after = simulate(data, iso3, {...startChanges, [ind.code]: best.score}, others).scenario;
    const before = start.scenario;
    out.push({
      code: ind.code,
      area: ind.area,
      title: ind.title,
      from,
      to: best.score,
      toLabel: ind.options.length > 0 ? best.label : null,
      overallGain: after.overall !== null && before.overall !== null ? after.overall - before.overall : NaN,
      areaGain: after.areas[ind.area] !== null && before.areas[ind.area] !== null ? after.areas[ind.area]! - before.areas[ind.area]! : NaN,
      rank: after.rank
    });
  });
  const areaOrder = (a: AreaId) => AREA_IDS.indexOf(a);
  return out.sort((a, b) => b.overallGain - a.overallGain || areaOrder(a.area) - areaOrder(b.area) || a.code.localeCompare(b.code));
}

/** A scenario as it lives in the URL: `?c=SWE&set=ca49:100,db70:0`. */
export interface ScenarioQuery {
  country: string | null;
  changes: Record<string, number>;
}

/**
 * Reads a scenario from a query string; malformed pairs are skipped, codes are kept as written.
 *
 * @example
 * parseScenarioQuery("?c=swe&set=ca49:100,db70:0") // {country: "SWE", changes: {ca49: 100, db70: 0}}
 */
export function parseScenarioQuery(search: string): ScenarioQuery {
  const params = new URLSearchParams(search);
  const c = params.get("c")?.trim().toUpperCase() ?? "";
  const changes: Record<string, number> = {};
  for (const pair of (params.get("set") ?? "").split(",")) {
    const match = /^([^:\s]+):(\d+(?:\.\d+)?)$/.exec(pair.trim());
    if (!match) continue;
    const score = Number(match[2]);
    if (score >= 0 && score <= 100) changes[match[1]] = score;
  }
  return {country: /^[A-Z]{3}$/.test(c) ? c : null, changes};
}

/**
 * The query string of a scenario, changes in the order given (the page passes indicator order).
 *
 * @example
 * scenarioQuery("SWE", {ca49: 100, db70: 0}) // "?c=SWE&set=ca49:100,db70:0"
 */
export function scenarioQuery(iso3: string, changes: Changes): string {
  const set = Object.entries(changes).map(([code, score]) => `${code}:${plainNumber(score, 6)}`);
  return `?c=${encodeURIComponent(iso3)}${set.length ? `&set=${set.map(encodeURIComponent).join(",").replace(/%3A/g, ":")}` : ""}`;
}
