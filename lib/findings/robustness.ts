/**
 * The robustness page's analysis (src/robustness.md, src/data/robustness.json.ts) and its findings in
 * `mipex reproduce`: each country's rank interval and Top Ten probability over 10,000 configurations of the
 * index, and each choice's Sobol index on the average rank shift. Nothing is published to compare with
 * (MIPEX publishes no uncertainty analysis), so every finding has basis "none".
 */
import type {WorkspaceTables} from "../mipex/workspace-tables.ts";
import {indexChoices, type Choice, type ChoiceId} from "../robustness/choices.ts";
import {robustnessData, type RobustnessData} from "../robustness/data.ts";
import {createIndexModel} from "../robustness/index-model.ts";
import {dropOneArea, type DropAreaRow} from "../robustness/ranking.ts";
import {runSensitivity, type SensitivityResult} from "../robustness/sensitivity.ts";
import {runUncertainty, type UncertaintyResult} from "../robustness/uncertainty.ts";
import {rankInterval} from "../robustness/rank-interval.ts";
import {DEFAULT_SEED} from "../stats/random.ts";
import {choiceRows, dropAreaTable, robustnessSummary} from "../robustness/page.ts";
import {finding, type Finding} from "./finding.ts";
import {fixed, integer} from "../format/number.ts";
import {findingsModule} from "./findings-module.ts";

/** The build's settings: 10,000 draws, N = 4,096 base samples, 200 bootstrap resamples, the workspace's seed. */
export const ROBUSTNESS_SETTINGS = Object.freeze({draws: 10000, baseSamples: 4096, resamples: 200, seed: DEFAULT_SEED});

export interface RobustnessSettings {
  draws: number;
  baseSamples: number;
  resamples: number;
  seed: number;
  /** The choices that vary; default all. */
  choices?: readonly ChoiceId[];
}

export interface RobustnessAnalysis {
  data: RobustnessData;
  choices: Choice[];
  settings: RobustnessSettings;
  /** Area weights from the first principal component, in area order. */
  pcaWeights: number[];
  uncertainty: UncertaintyResult;
  sensitivity: SensitivityResult;
  dropArea: DropAreaRow[];
}

/**
 * The whole analysis for MIPEX 2020's 2019 scores.
 *
 * @example (needs the workbooks)
 * // The page uses ROBUSTNESS_SETTINGS (10 000 draws); fewer keep the example quick.
 * const analysis = robustnessAnalysis(tables, {draws: 500, baseSamples: 128, resamples: 50});
 * const {rank, medianRank, rankLow, rankHigh} = analysis.uncertainty.countries.find((c) => c.iso3 === "PRT")!;
 * ({rank, medianRank, rankLow, rankHigh}) // {rank: 3, medianRank: 3, rankLow: 1, rankHigh: 4}
 */
export function robustnessAnalysis(tables: WorkspaceTables, settings: Partial<RobustnessSettings> = {}): RobustnessAnalysis {
  const s = {...ROBUSTNESS_SETTINGS, ...settings};
  const data = robustnessData(tables);
  const model = createIndexModel(data);
  return {
    data,
    choices: indexChoices(model.indicatorCodes),
    settings: s,
    pcaWeights: Array.from(model.pcaWeights),
    uncertainty: runUncertainty(model, {draws: s.draws, seed: s.seed, choices: s.choices}),
    sensitivity: runSensitivity(model, {baseSamples: s.baseSamples, seed: s.seed, resamples: s.resamples, choices: s.choices}),
    dropArea: dropOneArea(model)
  };
}

/**
 * `robustness.rank_interval.<ISO3>`, `robustness.top_ten_probability.<ISO3>`, `robustness.sobol.<choice>`
 * (total-order index on the average rank shift) and `robustness.average_shift`.
 *
 * @example (needs the workbooks)
 * const analysis = robustnessAnalysis(tables, {draws: 500, baseSamples: 128, resamples: 50});
 * robustnessFindings(analysis).find((f) => f.id === "robustness.rank_interval.PRT")?.computed // "1–4"
 */
export function robustnessFindings(analysis: RobustnessAnalysis): Finding[] {
  const {uncertainty: u, sensitivity: s, choices} = analysis;
  const q = u.quantiles.map((p) => `${Math.round(p * 100)} %`).join("–");
  const findings: Finding[] = [];
  for (const c of u.countries) {
    findings.push(
      finding(
        `robustness.rank_interval.${c.iso3}`,
        `${c.name}: ${q} interval of the 2019 rank over ${integer(u.draws)} configurations of the index (MIPEX rank ${c.rank}, median ${c.medianRank})`,
        rankInterval(c.rankLow, c.rankHigh),
        null
      )
    );
  }
  for (const c of u.countries) {
    findings.push(
      finding(
        `robustness.top_ten_probability.${c.iso3}`,
        `${c.name}: share of ${integer(u.draws)} configurations ranking it in the top ${u.top} (2019)`,
        c.topProbability,
        null
      )
    );
  }
  s.choices.forEach((id, i) => {
    const label = choices.find((c) => c.id === id)!.label;
    const [lo, hi] = s.averageShift.totalInterval[i];
    findings.push(
      finding(
        `robustness.sobol.${id}`,
        `${label}: total-order Sobol index on the average rank shift (first order ${fixed(s.averageShift.first[i], 3)}; 95 % bootstrap interval ${fixed(lo, 3)}–${fixed(hi, 3)}; N = ${s.baseSamples})`,
        s.averageShift.total[i],
        null
      )
    );
  });
  findings.push(
    finding("robustness.average_shift", `Mean |rank − MIPEX rank| over countries and ${integer(u.draws)} configurations (2019)`, u.averageShift.mean, null)
  );
  return findings;
}

/**
 * The robustness page's findings module (src/robustness.md, src/data/robustness.json.ts): the analysis with
 * the build's settings; the page data adds the summary the page states, the table of choices and the
 * drop-one-area table. The page's worker recomputes the rest for other settings.
 *
 * @example (needs the workbooks)
 * robustness.findings(robustness.analyse(inputs)).find((f) => f.id === "robustness.rank_interval.PRT")?.computed // "1–4"
 */
export const robustness = findingsModule<RobustnessAnalysis>({
  stem: "robustness",
  title: "Rank robustness",
  idPrefixes: ["robustness"],
  analyse: ({tables}) => robustnessAnalysis(tables),
  findings: robustnessFindings,
  pageData: (analysis) => ({
    ...analysis,
    summary: robustnessSummary(analysis.uncertainty, analysis.sensitivity, analysis.choices),
    choiceRows: choiceRows(analysis.choices, analysis.data.indicators.length),
    dropAreaTable: dropAreaTable(analysis.dropArea, analysis.choices)
  })
});
