/**
 * One correlation of an outcome page, computed: the MIPEX year, the pairing, the summary, the sentence and
 * the finding.
 */
import type {CatalogueEntry} from "../../outcomes/catalogue.ts";
import type {Conflict, Observation} from "../../outcomes/observation.ts";
import {finding, type Finding} from "../finding.ts";
import {definitionOfRowsUsed} from "./definition.ts";
import type {FamilyAdjustment} from "./family.ts";
import {pickGroup} from "./group.ts";
import {pairCountries, type MissingCountry, type PairRow} from "./pairs.ts";
import {interpret, unverifiedNote, type InterpretLabels} from "./prose.ts";
import {closestMipexYear, measureLabel, type MipexInput, type MipexMeasure} from "./scores.ts";
import type {CorrelationSpec} from "./specs.ts";
import {summarizeCorrelation, type CorrelationSummary} from "./summary.ts";

/** One correlation, computed: what the page shows and the finding. */
export interface CorrelationBlock {
  id: string;
  title: string;
  measure: MipexMeasure;
  measureLabel: string;
  mipexYear: number;
  mipexYearReason: string;
  indicator: string;
  group: string | null;
  outcomeLabel: string;
  unit: string;
  definition: string;
  source: string;
  rows: PairRow[];
  missing: MissingCountry[];
  conflicts: {iso3: string; name: string; year: number; values: (number | null)[]}[];
  summary: CorrelationSummary;
  /** The permutation p adjusted across every computed link of the three outcome pages ({@link outcomeBlocks}); null before adjustment or when not computed. */
  family: FamilyAdjustment | null;
  /** Why the outcome's direction is unverified (its source note says the convention was inferred), or null. */
  unverified: string | null;
  /** The words the sentence is made of, so that it can be remade once the family is known. */
  words: InterpretLabels;
  sentence: string;
  finding: Finding;
}

/** What the correlation functions need from the loaded outcomes. */
export interface OutcomeInput {
  observations: readonly Observation[];
  catalogue: readonly CatalogueEntry[];
  conflicts?: readonly Conflict[];
}

/**
 * Pairs, summarises and words one correlation.
 *
 * @example (needs the workbooks)
 * import {mipexInput} from "./scores.ts";
 * import {POLICY_OUTCOME_SPECS} from "./specs.ts";
 * // Access to nationality (MIPEX 2016) beside the 2014–2019 naturalisation rate of non-EU citizens.
 * const block = correlationBlock(POLICY_OUTCOME_SPECS[0], mipexInput(tables), outcomes, {replicates: 999});
 * [block.id, block.mipexYear] // ["corr.nationality.naturalisation", 2016]
 * [block.summary.n, block.summary.r] // ≈ [31, 0.546]
 */
export function correlationBlock(spec: CorrelationSpec, mipex: MipexInput, outcomes: OutcomeInput, options: {replicates?: number} = {}): CorrelationBlock {
  const choice = closestMipexYear(mipex.scores, spec.measure, spec.referenceYears);
  const group = pickGroup(outcomes.observations, spec.indicator, spec.group, spec.outcomeYears);
  const entry = group === null ? undefined : outcomes.catalogue.find((e) => e.indicator === spec.indicator && e.group === group);
  const pairing =
    group === null
      ? {rows: [], missing: mipex.countries.map((c) => ({...c, reason: "no outcome value" as const})), conflicts: []}
      : pairCountries(mipex.scores, outcomes.observations, mipex.countries, {
          measure: spec.measure,
          mipexYear: choice.year,
          indicator: spec.indicator,
          group,
          outcomeYears: spec.outcomeYears
        });
  const summary = summarizeCorrelation(pairing.rows, options);
  if (group === null) summary.reason = `no file in the outcome folders has the indicator "${spec.indicator}"`;
  if (!summary.computable && spec.unavailable) summary.reason = `${summary.reason} (${spec.unavailable})`;
  const xWords = spec.measure.startsWith("overall.")
    ? `the MIPEX ${choice.year} overall score (${spec.measure === "overall.with_health" ? "with" : "without"} health)`
    : `${measureLabel(spec.measure).toLowerCase()} (MIPEX ${choice.year})`;
  const used = new Set(pairing.rows.map((r) => `${r.iso3} ${r.outcomeYear}`));
  const unverified =
    group === null
      ? null
      : unverifiedNote(
          outcomes.observations.filter((o) => o.indicator === spec.indicator && o.group === group && used.has(`${o.iso3} ${o.year}`)).map((o) => o.note)
        );
  const words: InterpretLabels = {x: xWords, y: spec.outcomeWords, caveat: spec.caveat, ...(unverified ? {unverified} : {})};
  const sentence = interpret(summary, words);
  const description = summary.computable
    ? `${spec.title}: Pearson r of ${measureLabel(spec.measure)} (MIPEX ${choice.year}) and ${spec.indicator}${group ? ` [${group}]` : ""}, ${summary.n} countries${unverified ? "; outcome direction unverified (sign convention inferred by the source)" : ""}`
    : `${spec.title}: not computable — ${summary.reason}`;
  return {
    id: spec.id,
    title: spec.title,
    measure: spec.measure,
    measureLabel: measureLabel(spec.measure),
    mipexYear: choice.year,
    mipexYearReason: choice.reason,
    indicator: spec.indicator,
    group,
    outcomeLabel: entry?.label ?? spec.indicator,
    unit: entry?.unit ?? "",
    // A derived series is defined by its derivation; a source series by the note of the rows used.
    definition:
      group === null || entry?.derivation
        ? (entry?.definition ?? "")
        : definitionOfRowsUsed(outcomes.observations, spec.indicator, group, pairing.rows, entry?.definition ?? ""),
    source: entry?.source ?? "",
    rows: pairing.rows,
    missing: pairing.missing,
    conflicts: pairing.conflicts,
    summary,
    family: null,
    unverified,
    words,
    sentence,
    finding: finding(spec.id, description, summary.r, null, entry ? `computed from ${entry.sourceFiles.join(", ")}` : undefined)
  };
}
