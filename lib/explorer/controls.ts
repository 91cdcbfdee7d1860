/**
 * What the explorer's controls offer (src/explorer.md): the outcome list grouped by topic, the controls a
 * partial correlation can take, and the counts the page states about the family of pairs. Kept here, not in
 * the page, so that the choices the page offers are tested.
 */
import type {ExplorerData, ExplorerSeries} from "./dataset.ts";
import {filterSeries} from "./dataset.ts";
import type {ExplorerFamily} from "./family.ts";

/**
 * The topic an outcome series is listed under: the user's file, the gaps and rates computed from Eurostat,
 * the survey or report named before ": " in its label, or "Surveys and reports".
 *
 * @example
 * seriesTopic({indicator: "derived.x", label: "Gap", user: false}) // "Gaps and rates computed from Eurostat"
 */
export function seriesTopic(series: Pick<ExplorerSeries, "indicator" | "label" | "user">): string {
  if (series.user) return "Your file";
  if (series.indicator.startsWith("derived.")) return "Gaps and rates computed from Eurostat";
  return series.label.includes(": ") ? series.label.split(": ")[0] : "Surveys and reports";
}

/** The outcome list: series ids in display order, each with its topic, and how many series the filter matches. */
export interface OutcomeOptions {
  ids: string[];
  /** `topics[i]` is the topic of `ids[i]`; equal topics are next to each other. */
  topics: string[];
  /** Series with years that match the filter (the kept choice not counted unless it matches). */
  matching: number;
  /** Series with at least one year. */
  withYears: number;
  /**
   * The position in `ids` of the kept choice when only being chosen keeps it in the list (it does not match
   * the filter), else null: once another series is chosen it leaves the list, as a link to the new choice
   * would not list it.
   */
  keptOnly: number | null;
}

/**
 * The outcome series a filter leaves (the current choice `keep` always kept), grouped by topic in
 * alphabetical topic order; within a topic the data's order is kept.
 *
 * @example
 * const series = (id: string, label: string) => ({id, indicator: id.split("|")[0], group: "sex=T", label, groupLabel: "sex: Total", unit: "%", definition: "", source: "", years: [2019]});
 * const all = [series("lfsa_ergan.Y20-64|sex=T", "Employment rates"), series("naturalisation|sex=T", "Naturalisation rate")];
 * // The kept choice stays although the filter does not match it.
 * const {ids, matching, keptOnly} = outcomeOptions(all, "employment", "naturalisation|sex=T");
 * [ids.length, matching, keptOnly === null] // [2, 1, false]
 */
export function outcomeOptions(series: readonly ExplorerSeries[], filter: string, keep: string | null): OutcomeOptions {
  const kept = filterSeries(series, filter, keep)
    .map((s) => ({s, topic: seriesTopic(s)}))
    .sort((a, b) => a.topic.localeCompare(b.topic, "en"));
  const matching = filterSeries(series, filter);
  const ids = kept.map(({s}) => s.id);
  const keptOnly = keep !== null && !matching.some((s) => s.id === keep) && ids.includes(keep) ? ids.indexOf(keep) : null;
  return {
    ids,
    topics: kept.map(({topic}) => topic),
    matching: matching.length,
    withYears: series.filter((s) => s.years.length > 0).length,
    keptOnly
  };
}

/**
 * How an outcome series is named in the outcome list.
 *
 * @example (needs the workbooks)
 * import {mipexInput} from "../findings/outcomes/scores.ts";
 * import {packExplorerData, unpackExplorerData} from "./dataset.ts";
 * const mipex = mipexInput(tables);
 * const data = unpackExplorerData(packExplorerData(mipex.countries, mipex.scores, observations, catalogue));
 * outcomeLabel(data, "derived.naturalisation_rate_nonEU_citizens.mean_2014_2019|sex=T") // "Naturalisation rate of non-EU citizens, mean 2014–2019 — sex: Total"
 */
export function outcomeLabel(data: Pick<ExplorerData, "series">, id: string): string {
  const s = data.series.find((x) => x.id === id)!;
  return `${s.user ? "[your file] " : ""}${s.label} — ${s.groupLabel}`;
}

/**
 * What a partial correlation can control for: nothing (""), any other MIPEX score (`mipex:<id>`) or any
 * other outcome series with years (`outcome:<id>`).
 *
 * @example (needs the workbooks)
 * import {mipexInput} from "../findings/outcomes/scores.ts";
 * import {packExplorerData, unpackExplorerData} from "./dataset.ts";
 * const mipex = mipexInput(tables);
 * const data = unpackExplorerData(packExplorerData(mipex.countries, mipex.scores, observations, catalogue));
 * // "" (no control) first, then the other MIPEX measures.
 * controlOptions(data, "health", "derived.naturalisation_rate_nonEU_citizens.mean_2014_2019|sex=T").slice(0, 3) // ["", "mipex:overall.with_health", "mipex:overall.without_health"]
 */
export function controlOptions(data: Pick<ExplorerData, "measures" | "series">, measure: string, seriesId: string): string[] {
  return [
    "",
    ...data.measures.filter((m) => m.id !== measure).map((m) => `mipex:${m.id}`),
    ...data.series.filter((s) => s.id !== seriesId && s.years.length > 0).map((s) => `outcome:${s.id}`)
  ];
}

/**
 * How a control option is named.
 *
 * @example
 * const data = {measures: [{id: "health", label: "Health", years: [2019]}], series: []};
 * controlLabel(data, "") // "nothing"
 * controlLabel(data, "mipex:health") // "MIPEX: Health"
 */
export function controlLabel(data: Pick<ExplorerData, "measures" | "series">, option: string): string {
  if (option === "") return "nothing";
  if (option.startsWith("mipex:")) return `MIPEX: ${data.measures.find((m) => `mipex:${m.id}` === option)!.label}`;
  const s = data.series.find((x) => `outcome:${x.id}` === option)!;
  return `Outcome: ${s.label} — ${s.groupLabel}`;
}

/**
 * The control a link asked for when the current choices still offer it, else nothing.
 *
 * @example
 * initialControl(["", "mipex:health"], "mipex:health") // "mipex:health"
 */
export function initialControl(options: readonly string[], asked: string | null): string {
  return asked !== null && options.includes(asked) ? asked : "";
}

/** The numbers the page states about the family of pairs it offers. */
export interface FamilyNote {
  offered: number;
  tested: number;
  /** Pairs expected to reach p < 0.05 by chance alone, rounded. */
  byChance: number;
}

/**
 * The family note's numbers: pairs offered, pairs with enough countries, and how many of those reach
 * p < 0.05 by chance alone.
 *
 * @example
 * familyNote({offered: 900, pairs: new Array(610)}) // {offered: 900, tested: 610, byChance: 31}
 */
export function familyNote(family: Pick<ExplorerFamily, "offered" | "pairs">): FamilyNote {
  return {offered: family.offered, tested: family.pairs.length, byChance: Math.round(family.pairs.length * 0.05)};
}
