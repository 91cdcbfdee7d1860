/**
 * Sensitivity analysis: how much of the variance of each country's rank (and of the average rank shift)
 * each choice explains, by first-order and total-order Sobol indices (lib/stats/sobol.ts) over the choices
 * that vary. A choice with a total index near 0 can be fixed without changing the rank; the gap between
 * total and first order is what the choice does in interaction with the others.
 */
import {DEFAULT_SEED} from "../stats/random.ts";
import {saltelliDesign, saltelliRows, sobolWithIntervalsJointly, type SaltelliDesign, type SobolWithIntervals} from "../stats/sobol.ts";
import {CHOICE_IDS, DEFAULT_CONFIGURATION, configurationFromUniforms, type ChoiceId} from "./choices.ts";
import {rankScores, type IndexModel} from "./index-model.ts";

export interface SensitivityOptions {
  /** Base samples N of the Saltelli design (the model runs N (k + 2) times); default 4096. */
  baseSamples?: number;
  seed?: number;
  /** The choices that vary (the factors); default all eight. */
  choices?: readonly ChoiceId[];
  /** Bootstrap resamples of the base rows for the intervals; default 200. */
  resamples?: number;
  level?: number;
  /** A given Saltelli design over the varying choices instead of a seeded one (the R cross-check uses one). */
  design?: SaltelliDesign;
}

/** Sobol indices of one output: `id` is "average_shift" or a country's ISO3. */
export interface OutputSensitivity extends SobolWithIntervals {
  id: string;
  name: string;
}

export interface SensitivityResult {
  baseSamples: number;
  seed: number;
  /** The factors, in the order of the index arrays. */
  choices: ChoiceId[];
  modelRuns: number;
  /** The average |rank − MIPEX rank| over countries. */
  averageShift: OutputSensitivity;
  /** One per country, in data order. */
  countries: OutputSensitivity[];
}

/**
 * Sobol indices of each choice on each country's rank and on the average rank shift, with bootstrap
 * intervals. The design and the bootstrap are seeded.
 *
 * @example (needs the workbooks)
 * import {robustnessData} from "./data.ts";
 * import {createIndexModel} from "./index-model.ts";
 * // The page runs 4096 base samples; 64 keep the example quick (and the indices rough).
 * const {averageShift} = runSensitivity(createIndexModel(robustnessData(tables)), {baseSamples: 64, seed: 20200});
 * averageShift.total.length // 8 (one total-order index per choice)
 */
export function runSensitivity(
  model: IndexModel,
  {seed = DEFAULT_SEED, choices = CHOICE_IDS, resamples = 200, level = 0.95, ...options}: SensitivityOptions = {}
): SensitivityResult {
  const factors = CHOICE_IDS.filter((id) => choices.includes(id));
  if (factors.length === 0) throw new Error("robustness: a sensitivity analysis needs at least one choice to vary");
  const enabled = CHOICE_IDS.map((id) => factors.includes(id));
  const k = factors.length;
  const design = options.design ?? saltelliDesign(k, options.baseSamples ?? 4096, {seed});
  if (design.factors !== k) throw new Error(`robustness: the design has ${design.factors} factors for ${k} varying choices`);
  const baseSamples = design.baseSamples;
  const rows = saltelliRows(design);
  const runs = rows.length / k;
  const n = model.countries;
  const defaultRanks = rankScores(model.scores(DEFAULT_CONFIGURATION));
  // Ranks are small integers: bytes keep the 56 outputs of 40,960 runs in cache for the bootstrap (twice as fast).
  const rankOutputs = Array.from({length: n}, () => (n <= 255 ? new Uint8Array(runs) : new Uint16Array(runs)));
  const shiftOutput = new Float64Array(runs);
  const u = new Float64Array(CHOICE_IDS.length);
  const scores = new Float64Array(n);
  const ranks = new Int32Array(n);
  const order = new Int32Array(n);
  for (let r = 0; r < runs; r++) {
    for (let f = 0, j = 0; f < CHOICE_IDS.length; f++) u[f] = enabled[f] ? rows[r * k + j++] : 0;
    model.scores(configurationFromUniforms(u, model.indicatorCodes, enabled), scores);
    rankScores(scores, ranks, order);
    let shift = 0;
    for (let c = 0; c < n; c++) {
      rankOutputs[c][r] = ranks[c];
      shift += Math.abs(ranks[c] - defaultRanks[c]);
    }
    shiftOutput[r] = shift / n;
  }
  // One bootstrap for every output: each resample of the base rows is applied to all 57 of them.
  const [averageShift, ...countries] = sobolWithIntervalsJointly([shiftOutput, ...rankOutputs], k, baseSamples, {resamples, level, seed: seed + 1});
  return {
    baseSamples,
    seed,
    choices: factors,
    modelRuns: runs,
    averageShift: {id: "average_shift", name: "Average rank shift", ...averageShift},
    countries: model.data.countries.map(({iso3, name}, c) => ({id: iso3, name, ...countries[c]}))
  };
}
