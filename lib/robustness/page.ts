/**
 * What the robustness page (src/robustness.md) shows, from the analysis built with the page or from a run in
 * its worker: the tables' rows in their order, the options of its controls and the words naming a
 * configuration. Bundled for the browser by lib/browser/robustness.ts; the build-time parts are also in the
 * page's data (lib/findings/robustness.ts).
 */
import type {AreaId} from "../mipex/areas.ts";
import type {Choice, ChoiceId} from "./choices.ts";
import type {DropAreaRow} from "./ranking.ts";
import type {OutputSensitivity, SensitivityResult} from "./sensitivity.ts";
import type {CountryUncertainty, UncertaintyResult} from "./uncertainty.ts";

/** The draws and Sobol base samples offered, besides the value a link asks for. */
export const DRAW_OPTIONS: readonly number[] = [1000, 5000, 10000, 20000, 50000, 100000];
export const SAMPLE_OPTIONS: readonly number[] = [256, 512, 1024, 2048, 4096, 8192];

/**
 * The offered values with `value` among them, ascending, each once.
 *
 * @example
 * optionsWith([1000, 5000], 2500) // [1000, 2500, 5000]
 */
export function optionsWith(options: readonly number[], value: number): number[] {
  return [...new Set([...options, value])].sort((a, b) => a - b);
}

/**
 * A share as a whole percentage, as the page names quantiles and levels.
 *
 * @example
 * percentLabel(0.95) // "95 %"
 */
export function percentLabel(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/**
 * The countries with a chance of a top rank, most likely first (MIPEX rank breaks ties).
 *
 * @example (needs the workbooks)
 * import {robustnessAnalysis} from "../findings/robustness.ts";
 * const {uncertainty} = robustnessAnalysis(tables, {draws: 500, baseSamples: 128, resamples: 50});
 * topRankRows(uncertainty).slice(0, 3).map((c) => c.iso3) // ["SWE", "FIN", "PRT"]
 */
export function topRankRows(u: Pick<UncertaintyResult, "countries">): CountryUncertainty[] {
  return u.countries.filter((c) => c.topProbability > 0).sort((a, b) => b.topProbability - a.topProbability || a.rank - b.rank);
}

/**
 * The countries whose Sobol indices can be shown, by name.
 *
 * @example (needs the workbooks)
 * import {robustnessAnalysis} from "../findings/robustness.ts";
 * countriesByName(robustnessAnalysis(tables, {draws: 500, baseSamples: 128, resamples: 50}).sensitivity)[0].name // "Albania"
 */
export function countriesByName(s: Pick<SensitivityResult, "countries">): OutputSensitivity[] {
  return [...s.countries].sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/** One choice's Sobol indices on one output, as a table row. */
export interface SobolRow {
  output: string;
  name: string;
  choice: ChoiceId;
  first: number;
  firstLow: number;
  firstHigh: number;
  total: number;
  totalLow: number;
  totalHigh: number;
}

/**
 * Every output's Sobol indices (the average shift first, then each country), one row per choice.
 *
 * @example (needs the workbooks)
 * import {robustnessAnalysis} from "../findings/robustness.ts";
 * const s = robustnessAnalysis(tables, {draws: 500, baseSamples: 128, resamples: 50}).sensitivity;
 * sobolRows(s).filter((r) => r.output === "PRT").length === s.choices.length // true
 */
export function sobolRows(s: Pick<SensitivityResult, "averageShift" | "countries" | "choices">): SobolRow[] {
  return [s.averageShift, ...s.countries].flatMap((out) =>
    s.choices.map((choice, i) => ({
      output: out.id,
      name: out.name,
      choice,
      first: out.first[i],
      firstLow: out.firstInterval[i][0],
      firstHigh: out.firstInterval[i][1],
      total: out.total[i],
      totalLow: out.totalInterval[i][0],
      totalHigh: out.totalInterval[i][1]
    }))
  );
}

/**
 * The rows of one output.
 *
 * @example (needs the workbooks)
 * import {robustnessAnalysis} from "../findings/robustness.ts";
 * const s = robustnessAnalysis(tables, {draws: 500, baseSamples: 128, resamples: 50}).sensitivity;
 * sobolRowsOf(sobolRows(s), "PRT").length === s.choices.length // true
 */
export function sobolRowsOf(rows: readonly SobolRow[], output: string): SobolRow[] {
  return rows.filter((r) => r.output === output);
}

/**
 * The choices of a configuration form that differ from MIPEX's (each choice's first level).
 *
 * @example
 * import {indexChoices} from "./choices.ts";
 * // scale "published" is MIPEX's own choice: only the change is kept.
 * changedLevels({health: "out", scale: "published"}, indexChoices(["a1", "a2"])) // {health: "out"}
 */
export function changedLevels(levels: Readonly<Record<string, string>>, choices: readonly Pick<Choice, "id" | "levels">[]): Partial<Record<ChoiceId, string>> {
  return Object.fromEntries(Object.entries(levels).filter(([id, level]) => level !== choices.find((c) => c.id === id)?.levels[0].id));
}

/**
 * A configuration in words: "MIPEX's choices", or each changed choice with its alternative.
 *
 * @example
 * import {indexChoices} from "./choices.ts";
 * configurationText({health: "out"}, indexChoices(["a1", "a2"])) // "health: out"
 * configurationText({}, indexChoices(["a1", "a2"])) // "MIPEX's choices"
 */
export function configurationText(changed: Partial<Record<ChoiceId, string>>, choices: readonly Pick<Choice, "id" | "label" | "levels">[]): string {
  const entries = Object.entries(changed);
  if (entries.length === 0) return "MIPEX's choices";
  return entries
    .map(([id, level]) => {
      const choice = choices.find((c) => c.id === id)!;
      return `${choice.label.toLowerCase()}: ${choice.levels.find((l) => l.id === level)!.label.toLowerCase()}`;
    })
    .join(", ");
}

/** The table of choices: each alternative a row, the drop-one-indicator choice summarised in one row. */
export interface ChoiceRow {
  choice: string;
  alternative: string;
  mipex: string;
  description: string;
}

/**
 * The choices and their alternatives, MIPEX's first (ticked); leaving out one indicator is one row for all.
 *
 * @example
 * import {indexChoices} from "./choices.ts";
 * choiceRows(indexChoices(["a1", "a2"]), 59)[0] // {choice: "Area weights", alternative: "Equal", mipex: "✓", description: "Each area weighs the same (MIPEX)."}
 */
export function choiceRows(choices: readonly Choice[], indicatorCount: number): ChoiceRow[] {
  return choices.flatMap((c) =>
    c.levels.slice(0, c.id === "drop_indicator" ? 2 : undefined).map((l, i) => {
      const anyIndicator = c.id === "drop_indicator" && i === 1;
      return {
        choice: i === 0 ? c.label : "",
        alternative: anyIndicator ? `any one of the ${indicatorCount} indicators` : l.label,
        mipex: i === 0 ? "✓" : "",
        description: anyIndicator ? "One indicator left out; the others in its area keep their relative weights." : l.description
      };
    })
  );
}

/** The drop-one-area table: its rows, its area columns and their headers. */
export interface DropAreaTable {
  areas: string[];
  header: Record<string, string>;
  rows: (DropAreaRow & Record<AreaId, number> & {largestArea: string})[];
}

/**
 * Each country's rank with each area left out, one column per area, and the area that moves it most.
 *
 * @example (needs the workbooks)
 * import {robustnessAnalysis} from "../findings/robustness.ts";
 * const analysis = robustnessAnalysis(tables, {draws: 500, baseSamples: 128, resamples: 50});
 * dropAreaTable(analysis.dropArea, analysis.choices).header.health // "without health"
 */
export function dropAreaTable(dropArea: readonly DropAreaRow[], choices: readonly Pick<Choice, "id" | "levels">[]): DropAreaTable {
  const areas = dropArea.length ? Object.keys(dropArea[0].rankWithout) : [];
  const levels = choices.find((c) => c.id === "drop_area")?.levels ?? [];
  const areaName = (id: string) => levels.find((l) => l.id === id)?.label ?? id;
  return {
    areas,
    header: Object.fromEntries(areas.map((a) => [a, `without ${areaName(a).toLowerCase()}`])),
    rows: dropArea.map((r) => ({
      ...r,
      ...r.rankWithout,
      largestArea: r.largestShift === 0 ? "—" : areaName(r.largestShiftArea)
    }))
  };
}

/** What the page's first paragraph states. */
export interface RobustnessSummary {
  portugal: CountryUncertainty | null;
  norway: CountryUncertainty | null;
  /** Countries whose rank interval is at most 2 wide. */
  stable: number;
  /** The two choices that move the average rank shift most (total-order index), largest first. */
  topChoices: {id: ChoiceId; label: string; total: number}[];
}

/**
 * The summary of the analysis built with the page.
 *
 * @example (needs the workbooks)
 * import {robustnessAnalysis} from "../findings/robustness.ts";
 * // With 128 base samples (the page uses 4096) aggregation and health matter most to the average shift.
 * const analysis = robustnessAnalysis(tables, {draws: 500, baseSamples: 128, resamples: 50});
 * robustnessSummary(analysis.uncertainty, analysis.sensitivity, analysis.choices).topChoices.map((c) => c.id) // ["aggregation", "health"]
 */
export function robustnessSummary(
  u: Pick<UncertaintyResult, "countries">,
  s: Pick<SensitivityResult, "choices" | "averageShift">,
  choices: readonly Pick<Choice, "id" | "label">[]
): RobustnessSummary {
  const byIso3 = (iso3: string) => u.countries.find((c) => c.iso3 === iso3) ?? null;
  return {
    portugal: byIso3("PRT"),
    norway: byIso3("NOR"),
    stable: u.countries.filter((c) => c.rankHigh - c.rankLow <= 2).length,
    topChoices: s.choices
      .map((id, i) => ({id, label: choices.find((c) => c.id === id)?.label ?? id, total: s.averageShift.total[i]}))
      .sort((a, b) => b.total - a.total)
      .slice(0, 2)
  };
}

/**
 * The choices named by `ids`, in the choices' order (the checkboxes of what varies).
 *
 * @example
 * import {indexChoices} from "./choices.ts";
 * // In the choices' order, not the ids'.
 * choicesIn(indexChoices(["a1", "a2"]), ["scale", "weights"]).map((c) => c.id) // ["weights", "scale"]
 */
export function choicesIn<C extends Pick<Choice, "id">>(choices: readonly C[], ids: readonly string[]): C[] {
  return choices.filter((c) => ids.includes(c.id));
}
