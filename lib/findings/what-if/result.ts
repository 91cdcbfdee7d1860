/**
 * What the what-if page (src/what-if.md) shows of a simulation, shaped for its form, tables and chart:
 * the answers to pick from, the area scores recorded beside the scenario, the rank's move, the best
 * single changes with their area names. Pure; bundled for the browser by lib/browser/what-if.ts.
 */
import {AREAS, type AreaId} from "../../mipex/areas.ts";
import {answerChoices, type AnswerOption} from "./answers.ts";
import type {WhatIfCountry, WhatIfData} from "./data.ts";
import type {ScenarioScores, Simulation} from "./simulate.ts";

const AREA_NAME = new Map(AREAS.map((a) => [a.id, a.name]));

/** One indicator as the scenario form offers it. */
export interface ScenarioItem {
  code: string;
  areaName: string;
  title: string;
  weight: number;
  /** The country's recorded score. */
  base: number | null;
  /** The answers to pick from, highest first ({@link answerChoices}). */
  choices: AnswerOption[];
}

/** One area's score, recorded and in the scenario. */
export interface ScenarioAreaRow {
  area: string;
  recorded: number | null;
  scenario: number | null;
  /** scenario − recorded (a missing score counts as 0 in the subtraction, as the page has always shown it). */
  change: number;
}

/**
 * The countries in English alphabetical order of name (the country picker's order).
 *
 * @example
 * countriesByName([{iso3: "SWE", name: "Sweden"}, {iso3: "AUT", name: "Austria"}]).map((c) => c.iso3) // ["AUT", "SWE"]
 */
export function countriesByName<C extends {name: string}>(countries: readonly C[]): C[] {
  return [...countries].sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/**
 * The country to start with: the one the URL names, else Sweden, else the first.
 *
 * @example
 * const data = {countries: [{iso3: "ALB", name: "Albania", scores: []}, {iso3: "FIN", name: "Finland", scores: []}, {iso3: "SWE", name: "Sweden", scores: []}]};
 * startCountry(data, "FIN").iso3 // "FIN"
 * startCountry(data, null).iso3 // "SWE"
 * startCountry(data, "XXX").iso3 // "SWE"
 */
export function startCountry(data: Pick<WhatIfData, "countries">, iso3: string | null): WhatIfCountry {
  return data.countries.find((c) => c.iso3 === iso3) ?? data.countries.find((c) => c.iso3 === "SWE") ?? data.countries[0];
}

/**
 * Every indicator of a country as the scenario form offers it, in the data's order.
 *
 * @example (needs the workbooks)
 * import {whatIfData} from "./data.ts";
 * const data = whatIfData(tables);
 * const {code, areaName, weight, base, choices} = scenarioItems(data, startCountry(data, "SWE"))[0];
 * [code, areaName, weight, base] // ["aa1", "Labour market mobility", 0.1111111111111111, 50]
 * choices.map((c) => c.score) // [100, 50, 0]
 */
export function scenarioItems(data: Pick<WhatIfData, "indicators">, country: WhatIfCountry): ScenarioItem[] {
  return data.indicators.map((ind, i) => ({
    code: ind.code,
    areaName: AREA_NAME.get(ind.area)!,
    title: ind.title,
    weight: ind.weight,
    base: country.scores[i],
    choices: answerChoices(ind, country.scores[i])
  }));
}

/**
 * The eight areas' scores, recorded beside the scenario, in area order.
 *
 * @example (needs the workbooks)
 * import {whatIfData} from "./data.ts";
 * import {simulate} from "./simulate.ts";
 * // Sweden's ca49 (access to higher education, weight 1/7 in education) from 50 to 0: education −7.14.
 * const education = scenarioAreaRows(simulate(whatIfData(tables), "SWE", {ca49: 0}))[2];
 * education.area // "Education"
 * [education.recorded, education.scenario, education.change] // ≈ [92.857, 85.714, -7.143]
 */
export function scenarioAreaRows(sim: Pick<Simulation, "base" | "scenario">): ScenarioAreaRow[] {
  return AREAS.map((a) => ({
    area: a.name,
    recorded: sim.base.areas[a.id],
    scenario: sim.scenario.areas[a.id],
    change: (sim.scenario.areas[a.id] as number) - (sim.base.areas[a.id] as number)
  }));
}

/**
 * The area chart's points: each area's recorded and scenario score, labelled by the country, missing
 * scores left out.
 *
 * @example
 * scenarioAreaPoints([{area: "Education", recorded: 50, scenario: 60, change: 10}], "Sweden")
 * // [{subject: "Sweden, recorded", area: "Education", score: 50}, {subject: "Sweden, scenario", area: "Education", score: 60}]
 */
export function scenarioAreaPoints(rows: readonly ScenarioAreaRow[], countryName: string): {subject: string; area: string; score: number}[] {
  return rows.flatMap((r) => [
    ...(r.recorded === null ? [] : [{subject: `${countryName}, recorded`, area: r.area, score: r.recorded}]),
    ...(r.scenario === null ? [] : [{subject: `${countryName}, scenario`, area: r.area, score: r.scenario}])
  ]);
}

/**
 * How the rank moved: "±0", "up 3" (a smaller rank number) or "down 2".
 *
 * @example
 * rankMove({rank: 5}, {rank: 2}) // "up 3"
 * rankMove({rank: 5}, {rank: 5}) // "±0"
 */
export function rankMove(base: Pick<ScenarioScores, "rank">, scenario: Pick<ScenarioScores, "rank">): string {
  if (scenario.rank === base.rank) return "±0";
  return (scenario.rank as number) < (base.rank as number)
    ? `up ${(base.rank as number) - (scenario.rank as number)}`
    : `down ${(scenario.rank as number) - (base.rank as number)}`;
}

/**
 * Rows with their area's name added (the best-changes table's "Area" column).
 *
 * @example
 * withAreaNames([{area: "education", code: "x"}])[0].areaName // "Education"
 */
export function withAreaNames<R extends {area: AreaId}>(rows: readonly R[]): (R & {areaName: string})[] {
  return rows.map((r) => ({...r, areaName: AREA_NAME.get(r.area)!}));
}
