/**
 * What the outcome values a correlation used measure.
 */
import type {Observation} from "../../outcomes/observation.ts";
import type {PairRow} from "./pairs.ts";

/**
 * What the values a correlation used measure: the source rows' own note when those rows share one, else
 * the catalogue's definition of the whole series. A file with one note per survey round (ESS: "ESS round 7
 * (year label 2014); …") then describes the round used, not the series' first row.
 *
 * @example
 * const note = (round: number, year: number) => `ESS round ${round} (year label ${year}); third-party computation`;
 * const observations = [
 *   {indicator: "ESS_imbgeco_mean", group: "residents aged 15+", iso3: "SWE", year: 2002, note: note(1, 2002)},
 *   {indicator: "ESS_imbgeco_mean", group: "residents aged 15+", iso3: "SWE", year: 2014, note: note(7, 2014)},
 *   {indicator: "ESS_imbgeco_mean", group: "residents aged 15+", iso3: "FIN", year: 2014, note: note(7, 2014)}
 * ];
 * const rows = [{iso3: "SWE", outcomeYear: 2014}, {iso3: "FIN", outcomeYear: 2014}];
 * // The rows used share round 7's note: it, not the series' first row (round 1), describes them.
 * definitionOfRowsUsed(observations, "ESS_imbgeco_mean", "residents aged 15+", rows, "the series' definition") // "ESS round 7 (year label 2014); third-party computation"
 */
export function definitionOfRowsUsed(
  observations: readonly Pick<Observation, "indicator" | "group" | "iso3" | "year" | "note">[],
  indicator: string,
  group: string,
  rows: readonly Pick<PairRow, "iso3" | "outcomeYear">[],
  seriesDefinition: string
): string {
  const used = new Set(rows.map((r) => `${r.iso3} ${r.outcomeYear}`));
  const notes = new Set(observations.filter((o) => o.indicator === indicator && o.group === group && used.has(`${o.iso3} ${o.year}`)).map((o) => o.note));
  const [only] = notes;
  return notes.size === 1 && only ? only : seriesDefinition;
}
