import type {FamilyAdjustment} from "../../lib/findings/outcomes/family.ts";
import type {MissingCountry} from "../../lib/findings/outcomes/pairs.ts";
import type {CorrelationSummary} from "../../lib/findings/outcomes/summary.ts";
import {fixed, integer, pValue} from "./lib/format.js";

export interface CorrelationStatsOptions {
  document?: Document;
  /** The p-value adjusted across the family of tests this correlation belongs to, shown in its own row. */
  family?: FamilyAdjustment | null;
}

const f = (v: number | null | undefined, d = 2) => fixed(v, d);
const interval = (i: [number, number] | null | undefined) => (i ? `[${f(i[0])}, ${f(i[1])}]` : "—");
const p = (v: number | null | undefined) => pValue(v);

/**
 * The numbers of a correlation as a two-column table (statistic, value): n, Pearson r with its Fisher-z and
 * BCa bootstrap intervals and t-test p, Spearman ρ with its BCa interval (the percentile interval, and a row
 * saying why, where BCa is undefined), permutation p-values, slope, the
 * most influential country and the partial correlation when a control was given. When the correlation was
 * not computed, one row says why.
 *
 * @example
 * display(CorrelationStats(block.summary));
 */
export function CorrelationStats(summary: CorrelationSummary, {document = globalThis.document, family = null}: CorrelationStatsOptions = {}): HTMLTableElement {
  const rows: [string, string][] = [["Countries (n)", String(summary.n)]];
  if (!summary.computable) rows.push(["Correlation", `not computed: ${summary.reason ?? "too few countries"} (minimum ${summary.minCountries})`]);
  else {
    rows.push(
      [
        "Pearson r",
        `${f(summary.r)}  95 % CI ${interval(summary.rInterval)} (Fisher z), ${interval(summary.rBootstrap)} (${summary.rBootstrapMethod ?? "BCa"} bootstrap)`
      ],
      ["Pearson p (t test · permutation)", `${p(summary.pValue)} · ${p(summary.permutationP)}`],
      ...(family
        ? [
            [
              `Adjusted p over ${integer(family.size)} ${family.family} (Holm · Benjamini–Hochberg)`,
              `${p(family.holm)} · ${p(family.bh)} (raw ${p(family.raw)})`
            ] as [string, string]
          ]
        : []),
      ["Spearman ρ", `${f(summary.rho)}  95 % CI ${interval(summary.rhoBootstrap)} (${summary.rhoBootstrapMethod ?? "BCa"} bootstrap)`],
      ...(summary.bcaUndefined ? [["Bootstrap intervals", summary.bcaUndefined] as [string, string]] : []),
      ["Spearman p (t approx. · permutation)", `${p(summary.rhoPValue)} · ${p(summary.rhoPermutationP)}`],
      [
        "Fitted line",
        `${summary.fittedLine ?? "—"}, slope 95 % CI ${summary.slopeInterval ? `[${f(summary.slopeInterval[0], 3)}, ${f(summary.slopeInterval[1], 3)}]` : "—"}, R² = ${f(summary.rSquared)}`
      ],
      [
        "Most influential country",
        summary.mostInfluential
          ? `${summary.mostInfluential.name}: r without it = ${f(summary.mostInfluential.without)} (change ${f(summary.mostInfluential.change)})`
          : "—"
      ]
    );
    if (summary.partial)
      rows.push([
        "Partial r (given the control)",
        `${f(summary.partial.r)}  95 % CI ${interval(summary.partial.interval)}, p = ${p(summary.partial.pValue)}, n = ${summary.partial.n}`
      ]);
    rows.push(["Resampling", `${integer(summary.replicates)} bootstrap resamples and permutations, seed ${summary.seed}`]);
  }
  const table = document.createElement("table");
  table.className = "mipex-correlation-stats";
  const body = document.createElement("tbody");
  for (const [name, value] of rows) {
    const tr = document.createElement("tr");
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = name;
    const td = document.createElement("td");
    td.textContent = value;
    tr.append(th, td);
    body.append(tr);
  }
  table.append(body);
  return table;
}

/**
 * "MIPEX countries missing (k): Albania, ... ; left out for conflicting values: Austria (47 vs 46)" as a paragraph.
 *
 * @example
 * display(MissingCountries(block.missing));
 */
export function MissingCountries(missing: readonly MissingCountry[], {document = globalThis.document}: CorrelationStatsOptions = {}): HTMLElement {
  const p = document.createElement("p");
  p.className = "mipex-missing";
  const none = missing.filter((m) => m.reason !== "conflicting outcome values");
  const conflicts = missing.filter((m) => m.reason === "conflicting outcome values");
  const parts = [`MIPEX countries missing (${missing.length} of 56): ${none.length ? none.map((m) => m.name).join(", ") : "none"}.`];
  if (conflicts.length)
    parts.push(
      `Left out because the sources disagree (never averaged or picked): ${conflicts.map((m) => `${m.name} (${(m.values ?? []).map((v) => (v === null ? "empty" : String(v))).join(" vs ")})`).join(", ")}.`
    );
  p.textContent = parts.join(" ");
  return p;
}
