// `mipex robustness`: the robustness page's tables in the terminal — each country's rank interval and Top Ten
// probability over N configurations of the index, the Sobol indices of the choices on the average rank shift,
// and the drop-one-area table (lib/findings/robustness.ts). Self-contained, so cli/mipex.ts imports it only
// when the command runs.
import {parseArgs} from "node:util";
import {robustnessAnalysis, ROBUSTNESS_SETTINGS, type RobustnessAnalysis} from "../../lib/findings/robustness.ts";
import {rankInterval} from "../../lib/robustness/rank-interval.ts";
import {AREAS} from "../../lib/mipex/areas.ts";
import {CHOICE_IDS, type ChoiceId} from "../../lib/robustness/choices.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {fixed, integer, percent} from "../../lib/format/number.ts";

export const ROBUSTNESS_USAGE = `  robustness [--draws N] [--seed S] [--base-samples N] [--resamples B] [--choices a,b] [--json]
                                                  rank intervals, Top Ten probabilities, Sobol indices of the index's
                                                  choices and the drop-one-area table (defaults: ${ROBUSTNESS_SETTINGS.draws} draws,
                                                  N = ${ROBUSTNESS_SETTINGS.baseSamples}, seed ${ROBUSTNESS_SETTINGS.seed}; choices: ${CHOICE_IDS.join(", ")})`;

function positiveInteger(value: string | undefined, name: string, fallback: number, minimum = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < minimum) throw new Error(`--${name} must be an integer ≥ ${minimum}, got "${value}"`);
  return n;
}

/** Runs the command; returns the exit code. */
export async function robustnessCommand(args: string[]): Promise<number> {
  const {values} = parseArgs({
    args,
    options: {
      draws: {type: "string"},
      seed: {type: "string"},
      "base-samples": {type: "string"},
      resamples: {type: "string"},
      choices: {type: "string"},
      json: {type: "boolean", default: false}
    }
  });
  const choices = values.choices?.split(",").map((c) => c.trim()) as ChoiceId[] | undefined;
  const unknown = choices?.filter((c) => !CHOICE_IDS.includes(c)) ?? [];
  if (unknown.length) throw new Error(`unknown choice ${unknown.join(", ")}; choices are ${CHOICE_IDS.join(", ")}`);
  const settings = {
    draws: positiveInteger(values.draws, "draws", ROBUSTNESS_SETTINGS.draws, 2),
    seed: positiveInteger(values.seed, "seed", ROBUSTNESS_SETTINGS.seed, 0),
    baseSamples: positiveInteger(values["base-samples"], "base-samples", ROBUSTNESS_SETTINGS.baseSamples, 2),
    resamples: positiveInteger(values.resamples, "resamples", ROBUSTNESS_SETTINGS.resamples),
    ...(choices ? {choices} : {})
  };
  const {tables} = await cachedMipex();
  const analysis = robustnessAnalysis(tables, settings);
  if (values.json) {
    const {data, ...rest} = analysis;
    console.log(JSON.stringify({edition: data.edition, year: data.year, ...rest}, null, 2));
    return 0;
  }
  console.log(formatRobustness(analysis));
  return 0;
}

function table(header: string[], rows: string[][], right: boolean[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

/** The three tables as text. */
export function formatRobustness({data, choices, uncertainty: u, sensitivity: s, dropArea}: RobustnessAnalysis): string {
  const pct = (p: number) => percent(p, 1);
  const label = (id: ChoiceId) => choices.find((c) => c.id === id)!.label;
  const out = [
    `MIPEX ${data.edition} edition, ${data.year}: ${data.countries.length} countries, ${data.indicators.length} indicators.`,
    `Uncertainty: ${integer(u.draws)} configurations (seed ${u.seed}) over ${u.choices.map(label).join(", ")}; every alternative of a choice equally likely.`,
    "",
    ...table(
      [
        "rank",
        "country",
        "score",
        "median",
        `${Math.round(u.quantiles[0] * 100)}–${Math.round(u.quantiles[1] * 100)} %`,
        `P(top ${u.top})`,
        "P(band changes)",
        "mean |shift|"
      ],
      u.countries.map((c) => [
        String(c.rank),
        c.name,
        fixed(c.score, 2),
        String(c.medianRank),
        rankInterval(c.rankLow, c.rankHigh),
        pct(c.topProbability),
        pct(c.bandChangeProbability),
        fixed(c.meanAbsoluteShift, 2)
      ]),
      [true, false, true, true, true, true, true, true]
    ),
    "",
    `Average |rank shift| over countries: ${fixed(u.averageShift.mean, 2)} (${Math.round(u.quantiles[0] * 100)}–${Math.round(u.quantiles[1] * 100)} %: ${fixed(u.averageShift.low, 2)}–${fixed(u.averageShift.high, 2)})`,
    "",
    `Sensitivity of the average rank shift: Sobol indices, N = ${s.baseSamples} base samples (${integer(s.modelRuns)} model runs), ${Math.round(100 * s.averageShift.level)} % bootstrap intervals (${s.averageShift.resamples} resamples).`,
    "",
    ...table(
      ["choice", "first order", "interval", "total order", "interval"],
      s.choices.map((id, i) => {
        const f = (v: number) => fixed(v, 3);
        const iv = ([lo, hi]: [number, number]) => `${f(lo)}–${f(hi)}`;
        return [label(id), f(s.averageShift.first[i]), iv(s.averageShift.firstInterval[i]), f(s.averageShift.total[i]), iv(s.averageShift.totalInterval[i])];
      }),
      [false, true, true, true, true]
    ),
    "",
    "Rank with one area left out (the other areas equally weighted):",
    "",
    ...table(
      ["rank", "country", ...AREAS.map((a) => a.letter.toUpperCase()), "largest move"],
      dropArea.map((r) => [
        String(r.defaultRank),
        r.name,
        ...AREAS.map((a) => String(r.rankWithout[a.id])),
        r.largestShift === 0 ? "0" : `${r.largestShift} (${AREAS.find((a) => a.id === r.largestShiftArea)!.name})`
      ]),
      [true, false, ...AREAS.map(() => true), false]
    ),
    "",
    `Areas: ${AREAS.map((a) => `${a.letter.toUpperCase()} ${a.name}`).join(", ")}.`
  ];
  return out.join("\n");
}
export {robustnessCommand as run};
