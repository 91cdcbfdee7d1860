/**
 * Uncertainty analysis: the index recomputed under many configurations drawn at random over the choices
 * (each alternative of an enabled choice equally likely; lib/robustness/choices.ts), and each country's rank
 * summarised over the draws — the rank interval of composite-index audits (JRC; COINr).
 */
import {scoreBand, SCORE_BANDS} from "../mipex/score-bands.ts";
import {createRandom, DEFAULT_SEED} from "../stats/random.ts";
import {CHOICE_IDS, DEFAULT_CONFIGURATION, configurationFromUniforms, type ChoiceId} from "./choices.ts";
import {rankScores, type IndexModel} from "./index-model.ts";
import {mean} from "../stats/mean.ts";

export interface UncertaintyOptions {
  /** Monte Carlo draws; default 10,000. */
  draws?: number;
  seed?: number;
  /** The choices that vary; default all. */
  choices?: readonly ChoiceId[];
  /** Lower and upper quantile of the rank interval; default 5 % and 95 %. */
  quantiles?: [number, number];
  /** The size of the top group; default 10 (MIPEX's Top Ten). */
  top?: number;
  /** Given uniforms (draws × 8, row-major, one per choice) instead of seeded draws: a fixed design, as the R cross-check uses. */
  uniforms?: ArrayLike<number>;
}

export interface CountryUncertainty {
  iso3: string;
  name: string;
  /** MIPEX's score and rank (the default configuration). */
  score: number;
  rank: number;
  medianRank: number;
  /** Rank interval: the lower and upper quantile of the rank over draws (R's type 7). */
  rankLow: number;
  rankHigh: number;
  /** Share of draws in which the country ranks in the top `top`. */
  topProbability: number;
  /** Share of draws in which its score falls in another MIPEX score band than its published one. */
  bandChangeProbability: number;
  /** Mean |rank − MIPEX rank| over draws. */
  meanAbsoluteShift: number;
}

export interface UncertaintyResult {
  draws: number;
  seed: number;
  choices: ChoiceId[];
  quantiles: [number, number];
  top: number;
  /** In MIPEX rank order. */
  countries: CountryUncertainty[];
  /** Mean over draws of the average |rank shift| across countries, with its lower and upper quantiles. */
  averageShift: {mean: number; low: number; high: number};
}

/** A score's band, as its index in SCORE_BANDS, by the rule of scoreBand (the rounded score), without its checks. */
function bandIndex(score: number): number {
  const rounded = Math.round(score);
  for (let b = 0; b < SCORE_BANDS.length; b++) if (rounded >= SCORE_BANDS[b].min && rounded <= SCORE_BANDS[b].max) return b;
  return SCORE_BANDS.indexOf(scoreBand(score));
}

/**
 * The q-quantile (R's type 7) of integer values 1 … m held as a histogram `counts` (counts[v] draws took v).
 *
 * @example
 * histogramQuantile(Int32Array.of(0, 1, 1, 1), 0.5) // 2 (values 1, 2, 3)
 */
export function histogramQuantile(counts: ArrayLike<number>, q: number): number {
  let total = 0;
  for (let v = 0; v < counts.length; v++) total += counts[v];
  const h = (total - 1) * q;
  const lower = Math.floor(h);
  const orderStatistic = (k: number): number => {
    let seen = 0;
    for (let v = 0; v < counts.length; v++) {
      seen += counts[v];
      if (seen > k) return v;
    }
    return counts.length - 1;
  };
  const lo = orderStatistic(lower);
  return h === lower ? lo : lo + (h - lower) * (orderStatistic(lower + 1) - lo);
}

/**
 * Draws `draws` configurations (seeded; every draw takes one uniform per choice, enabled or not, so that
 * switching a choice off leaves the others' draws unchanged) and summarises each country's rank.
 *
 * @example (needs the workbooks)
 * import {robustnessData} from "./data.ts";
 * import {createIndexModel} from "./index-model.ts";
 * // The page draws 10 000 configurations; 200 keep the example quick.
 * const result = runUncertainty(createIndexModel(robustnessData(tables)), {draws: 200, seed: 20200});
 * const {iso3, rank, medianRank, rankLow, rankHigh, topProbability} = result.countries[0];
 * ({iso3, rank, medianRank, rankLow, rankHigh, topProbability}) // {iso3: "SWE", rank: 1, medianRank: 2, rankLow: 1, rankHigh: 4, topProbability: 1}
 */
export function runUncertainty(
  model: IndexModel,
  {seed = DEFAULT_SEED, choices = CHOICE_IDS, quantiles = [0.05, 0.95], top = 10, uniforms, ...options}: UncertaintyOptions = {}
): UncertaintyResult {
  const draws = uniforms ? uniforms.length / CHOICE_IDS.length : (options.draws ?? 10000);
  if (!Number.isInteger(draws) || draws < 2) throw new RangeError(`robustness: draws must be an integer ≥ 2, got ${draws}`);
  const unknown = choices.filter((c) => !CHOICE_IDS.includes(c));
  if (unknown.length) throw new Error(`robustness: unknown choice ${unknown.join(", ")}; choices are ${CHOICE_IDS.join(", ")}`);
  const n = model.countries;
  const enabled = CHOICE_IDS.map((id) => choices.includes(id));
  const defaultScores = model.scores(DEFAULT_CONFIGURATION);
  const defaultRanks = rankScores(defaultScores);
  const defaultBands = Int32Array.from(defaultScores, bandIndex);
  const counts = new Int32Array(n * (n + 1));
  const topCounts = new Int32Array(n);
  const bandChanges = new Int32Array(n);
  const shiftSums = new Float64Array(n);
  const averageShifts = new Float64Array(draws);
  const random = createRandom(seed);
  const u = new Float64Array(CHOICE_IDS.length);
  const scores = new Float64Array(n);
  const ranks = new Int32Array(n);
  const order = new Int32Array(n);
  for (let d = 0; d < draws; d++) {
    for (let k = 0; k < u.length; k++) u[k] = uniforms ? uniforms[d * u.length + k] : random();
    model.scores(configurationFromUniforms(u, model.indicatorCodes, enabled), scores);
    rankScores(scores, ranks, order);
    let shiftTotal = 0;
    for (let c = 0; c < n; c++) {
      const rank = ranks[c];
      counts[c * (n + 1) + rank]++;
      if (rank <= top) topCounts[c]++;
      if (bandIndex(scores[c]) !== defaultBands[c]) bandChanges[c]++;
      const shift = Math.abs(rank - defaultRanks[c]);
      shiftSums[c] += shift;
      shiftTotal += shift;
    }
    averageShifts[d] = shiftTotal / n;
  }
  const countries = model.data.countries
    .map(({iso3, name}, c) => {
      const histogram = counts.subarray(c * (n + 1), (c + 1) * (n + 1));
      return {
        iso3,
        name,
        score: defaultScores[c],
        rank: defaultRanks[c],
        medianRank: histogramQuantile(histogram, 0.5),
        rankLow: histogramQuantile(histogram, quantiles[0]),
        rankHigh: histogramQuantile(histogram, quantiles[1]),
        topProbability: topCounts[c] / draws,
        bandChangeProbability: bandChanges[c] / draws,
        meanAbsoluteShift: shiftSums[c] / draws
      };
    })
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, "en"));
  const sortedShifts = averageShifts.slice().sort();
  const quantile = (q: number) => {
    const h = (draws - 1) * q;
    const lo = Math.floor(h);
    return sortedShifts[lo] + (h - lo) * ((sortedShifts[Math.min(draws - 1, lo + 1)] ?? 0) - sortedShifts[lo]);
  };
  return {
    draws,
    seed,
    choices: CHOICE_IDS.filter((_, k) => enabled[k]),
    quantiles,
    top,
    countries,
    averageShift: {mean: mean(averageShifts), low: quantile(quantiles[0]), high: quantile(quantiles[1])}
  };
}
