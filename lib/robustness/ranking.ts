/**
 * The ranking under one configuration beside MIPEX's, and the drop-one-area table.
 */
import {AREAS, type AreaId} from "../mipex/areas.ts";
import {DEFAULT_CONFIGURATION, type Configuration} from "./choices.ts";
import {rankScores, type IndexModel} from "./index-model.ts";

export interface RankedUnder {
  iso3: string;
  name: string;
  score: number;
  rank: number;
  /** Score and rank under MIPEX's configuration. */
  defaultScore: number;
  defaultRank: number;
  /** defaultRank − rank: positive when the country moves up. */
  shift: number;
}

/**
 * Every country's score and rank under `config` beside its MIPEX score and rank, best rank first.
 *
 * @example (needs the workbooks)
 * import {DEFAULT_CONFIGURATION} from "./choices.ts";
 * import {robustnessData} from "./data.ts";
 * import {createIndexModel} from "./index-model.ts";
 * const model = createIndexModel(robustnessData(tables));
 * // Without health Finland leads, Sweden (first with it) second.
 * rankingUnder(model, {...DEFAULT_CONFIGURATION, health: false}).slice(0, 2).map((r) => [r.iso3, r.defaultRank]) // [["FIN", 2], ["SWE", 1]]
 */
export function rankingUnder(model: IndexModel, config: Configuration): RankedUnder[] {
  const defaultScores = model.scores(DEFAULT_CONFIGURATION);
  const defaultRanks = rankScores(defaultScores);
  const scores = model.scores(config);
  const ranks = rankScores(scores);
  return model.data.countries
    .map(({iso3, name}, c) => ({
      iso3,
      name,
      score: scores[c],
      rank: ranks[c],
      defaultScore: defaultScores[c],
      defaultRank: defaultRanks[c],
      shift: defaultRanks[c] - ranks[c]
    }))
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, "en"));
}

/** Mean |rank − MIPEX rank| over countries. */
export function meanAbsoluteShift(rows: readonly Pick<RankedUnder, "shift">[]): number {
  return rows.reduce((s, r) => s + Math.abs(r.shift), 0) / rows.length;
}

export interface DropAreaRow {
  iso3: string;
  name: string;
  defaultRank: number;
  /** Rank with each area left out (the other areas equally weighted, arithmetic mean). */
  rankWithout: Record<AreaId, number>;
  /** The largest |rank change| over the eight areas, and the area that causes it. */
  largestShift: number;
  largestShiftArea: AreaId;
}

/**
 * How far each country moves when one area is left out of MIPEX's index, in MIPEX rank order.
 *
 * @example (needs the workbooks)
 * import {robustnessData} from "./data.ts";
 * import {createIndexModel} from "./index-model.ts";
 * const portugal = dropOneArea(createIndexModel(robustnessData(tables))).find((r) => r.iso3 === "PRT")!;
 * [portugal.defaultRank, portugal.rankWithout.health, portugal.rankWithout.labour_market_mobility] // [3, 3, 5]
 */
export function dropOneArea(model: IndexModel): DropAreaRow[] {
  const defaultRanks = rankScores(model.scores(DEFAULT_CONFIGURATION));
  const without = AREAS.map((a) => rankScores(model.scores({...DEFAULT_CONFIGURATION, dropArea: a.id})));
  return model.data.countries
    .map(({iso3, name}, c) => {
      const rankWithout = Object.fromEntries(AREAS.map((a, k) => [a.id, without[k][c]])) as Record<AreaId, number>;
      let largestShift = 0;
      let largestShiftArea: AreaId = AREAS[0].id;
      AREAS.forEach((a, k) => {
        const shift = Math.abs(without[k][c] - defaultRanks[c]);
        if (shift > largestShift) [largestShift, largestShiftArea] = [shift, a.id];
      });
      return {iso3, name, defaultRank: defaultRanks[c], rankWithout, largestShift, largestShiftArea};
    })
    .sort((a, b) => a.defaultRank - b.defaultRank || a.name.localeCompare(b.name, "en"));
}
