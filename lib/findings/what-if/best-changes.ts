/**
 * The simulator's reverse question: which single indicator change lifts a country's overall score most.
 */
import {AREA_IDS, type AreaId} from "../../mipex/areas.ts";
import {answerChoices} from "./answers.ts";
import type {WhatIfData} from "./data.ts";
import {baseOverallScores, simulate, type Changes} from "./simulate.ts";

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
 * @example (needs the workbooks)
 * import {whatIfData} from "./data.ts";
 * // Sweden's best single change: birthright citizenship (fa102_new) from 33 to 100, +16.75 in access to nationality.
 * const {code, from, to, areaGain, overallGain} = bestSingleChanges(whatIfData(tables), "SWE")[0];
 * [code, from, to] // ["fa102_new", 33, 100]
 * [areaGain, overallGain] // ≈ [16.75, 2.094]
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
