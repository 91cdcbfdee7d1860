/**
 * Policies and outcomes: the correlations between MIPEX scores and integration outcomes shown on
 * src/policies-outcomes.md, src/education-pisa.md and src/anti-discrimination-eumidis.md, and the
 * findings `mipex reproduce` prints for them. The links of the three pages are one family of tests, so
 * one analysis makes them all; each page's loader sends its part ({@link policiesOutcomesPage},
 * {@link educationPisaPage}, {@link antiDiscriminationEumidisPage}). MIPEX 2020 published no coefficient for
 * these pairs that the workspace can cite, so every finding's published value is null.
 *
 * Two tables MIPEX 2020 used are only partly available (see /work/shared/data/README.md): EU-MIDIS II
 * country values and PISA 2015 resilience of immigrant students. Their findings are `not_computable`,
 * saying why, until a complete tidy file with the indicator ids of lib/findings/outcomes/specs.ts is added
 * to an outcome folder (`$MIPEX_OUTCOMES_DIR` or `data/outcomes/`); then they are computed with no code change.
 */
import type {WorkspaceTables} from "../mipex/workspace-tables.ts";
import {TIDY_REQUIRED_COLUMNS} from "../outcomes/tidy.ts";
import {findingsModule} from "./findings-module.ts";
import type {CorrelationBlock, OutcomeInput} from "./outcomes/correlation-block.ts";
import {outcomeBlocks} from "./outcomes/outcome-blocks.ts";
import {partialTable, type PartialTable} from "./outcomes/partial-table.ts";
import {mipexInput} from "./outcomes/scores.ts";
import {
  EDUCATION_SPECS,
  EUMIDIS_KNOWS_LAW,
  EUMIDIS_REPORTING_RATE,
  EUMIDIS_SPECS,
  EUMIDIS_YEAR,
  OUTCOME_FAMILY,
  PISA_RESILIENCE,
  PISA_YEAR,
  POLICY_OUTCOME_SPECS,
  type CorrelationSpec
} from "./outcomes/specs.ts";
import {MIN_COUNTRIES, REPLICATES, SEED} from "./outcomes/summary.ts";

/** Everything the three outcome pages show, computed once. */
export interface OutcomePagesAnalysis {
  /** Every link of the three pages, in page order (OUTCOME_SPECS), adjusted as one family. */
  blocks: CorrelationBlock[];
  /** The partly available EU-MIDIS II table: the outcome files whose path names "eumidis". */
  eumidisTable: PartialTable;
  /** The partly available PISA 2015 resilience table: the outcome files whose path names "resilience". */
  resilienceTable: PartialTable;
}

/**
 * The analysis behind the three outcome pages: every link adjusted as one family, and the two partial tables.
 *
 * @example (needs the workbooks)
 * const analysis = analyseOutcomePages(tables, outcomes, {replicates: 999});
 * analysis.blocks.map((b) => b.id).slice(0, 3) // ["corr.nationality.naturalisation", "corr.labour.employment_gap", "corr.health.self_rated_gap"]
 * analysis.blocks.length // 9
 */
export function analyseOutcomePages(
  tables: Pick<WorkspaceTables, "area_scores" | "overall_scores" | "countries">,
  outcomes: OutcomeInput,
  options: {replicates?: number} = {}
): OutcomePagesAnalysis {
  const mipex = mipexInput(tables);
  return {
    blocks: outcomeBlocks(mipex, outcomes, options),
    eumidisTable: partialTable(outcomes, /eumidis/i, mipex.countries),
    resilienceTable: partialTable(outcomes, /resilience/i, mipex.countries)
  };
}

/** What every outcome page states: the minimum number of countries, the bootstrap replicates and the seed. */
export const OUTCOME_SETTINGS = {minCountries: MIN_COUNTRIES, replicates: REPLICATES, seed: SEED} as const;

/**
 * The blocks of `specs`, in their order.
 *
 * @example (needs the workbooks)
 * import {EDUCATION_SPECS} from "./outcomes/specs.ts";
 * const analysis = analyseOutcomePages(tables, outcomes, {replicates: 999});
 * pageBlocks(analysis, EDUCATION_SPECS).map((b) => b.id) // ["corr.education.pisa_science_gap", "corr.education.pisa_resilience"]
 */
export function pageBlocks(analysis: Pick<OutcomePagesAnalysis, "blocks">, specs: readonly CorrelationSpec[]): CorrelationBlock[] {
  return specs.map((spec) => {
    const block = analysis.blocks.find((b) => b.id === spec.id);
    if (!block) throw new Error(`pageBlocks: no block ${spec.id} in the analysis`);
    return block;
  });
}

/**
 * How many links the family adjustment covers (the computed ones), or null when none was computed.
 *
 * @example (needs the workbooks)
 * // Six of the nine links can be computed: they are the family the p-values are adjusted across.
 * familySize(analyseOutcomePages(tables, outcomes, {replicates: 999}).blocks) // 6
 * familySize([{family: null}]) // null
 */
export function familySize(blocks: readonly Pick<CorrelationBlock, "family">[]): number | null {
  return blocks.find((b) => b.family)?.family?.size ?? null;
}

/** One row of the policies-outcomes page's findings table. */
export interface FindingsTableRow {
  id: string;
  n: number;
  r: number | null;
  lower: number | null;
  upper: number | null;
  rho: number | null;
  permutationP: number | null;
  holm: number | null;
  bh: number | null;
  mipexYear: number;
  status: string;
}

/**
 * The findings table: each link's n, r with its 95 % interval, ρ, permutation p and adjusted p, MIPEX year and
 * status; null where not computed.
 *
 * @example (needs the workbooks)
 * const {id, n, r, lower, upper} = findingsTableRows(analyseOutcomePages(tables, outcomes, {replicates: 999}).blocks)[0];
 * id // "corr.nationality.naturalisation"
 * [n, r, lower, upper] // ≈ [31, 0.5455, 0.24, 0.75]
 */
export function findingsTableRows(blocks: readonly CorrelationBlock[]): FindingsTableRow[] {
  return blocks.map((b) => ({
    id: b.id,
    n: b.summary.n,
    r: b.summary.r,
    lower: b.summary.rInterval?.[0] ?? null,
    upper: b.summary.rInterval?.[1] ?? null,
    rho: b.summary.rho,
    permutationP: b.summary.permutationP,
    holm: b.family?.holm ?? null,
    bh: b.family?.bh ?? null,
    mipexYear: b.mipexYear,
    status: b.finding.status
  }));
}

/**
 * The source named in the note under a chart. A derived series' source repeats its definition
 * ("derived: <definition>"), which the note already gives, so it is said once.
 *
 * @example
 * sourceText({source: "derived: mean of the 2014–2019 rates", definition: "mean of the 2014–2019 rates"})
 * // "derived in this workspace from the series named in the definition"
 * sourceText({source: "Gallup (2017)", definition: "index 0–9"}) // "Gallup (2017)"
 */
export function sourceText(block: Pick<CorrelationBlock, "source" | "definition">): string {
  return block.source === `derived: ${block.definition}` ? "derived in this workspace from the series named in the definition" : block.source;
}

/**
 * What src/policies-outcomes.md shows: its five links (each with the {@link sourceText} of its note), the
 * family's name and size, and the findings table.
 *
 * @example (needs the workbooks)
 * policiesOutcomesPage(analyseOutcomePages(tables, outcomes, {replicates: 999})).blocks.length // 5
 */
export function policiesOutcomesPage(analysis: OutcomePagesAnalysis) {
  const blocks = pageBlocks(analysis, POLICY_OUTCOME_SPECS);
  return {
    ...OUTCOME_SETTINGS,
    family: OUTCOME_FAMILY,
    familySize: familySize(analysis.blocks),
    blocks: blocks.map((b) => ({...b, sourceText: sourceText(b)})),
    findingsTable: findingsTableRows(blocks)
  };
}

/** The columns a tidy outcome file needs, with the note the partial tables carry. */
const TIDY_COLUMNS = [...TIDY_REQUIRED_COLUMNS, "note"];

/**
 * What src/education-pisa.md shows: the PISA science gap and resilience links, and the partial resilience table.
 *
 * @example (needs the workbooks)
 * educationPisaPage(analyseOutcomePages(tables, outcomes, {replicates: 999})).resilience.summary.computable // false (only a partial table is available)
 */
export function educationPisaPage(analysis: OutcomePagesAnalysis) {
  const [scienceGap, resilience] = pageBlocks(analysis, EDUCATION_SPECS);
  return {
    ...OUTCOME_SETTINGS,
    indicator: PISA_RESILIENCE,
    year: PISA_YEAR,
    tidyColumns: TIDY_COLUMNS,
    family: OUTCOME_FAMILY,
    scienceGap,
    resilience,
    partial: analysis.resilienceTable
  };
}

/**
 * What src/anti-discrimination-eumidis.md shows: the two EU-MIDIS II links, the partial table, and what the
 * partial table covers (the indicators computed, how many indicator × group lines reach the minimum, the most
 * MIPEX countries any line has).
 *
 * @example (needs the workbooks)
 * antiDiscriminationEumidisPage(analyseOutcomePages(tables, outcomes, {replicates: 999})).computedIndicators // [] (the complete table is not available)
 */
export function antiDiscriminationEumidisPage(analysis: OutcomePagesAnalysis) {
  const blocks = pageBlocks(analysis, EUMIDIS_SPECS);
  const partial = analysis.eumidisTable;
  const computedIndicators = blocks.filter((b) => b.summary.computable).map((b) => b.indicator);
  return {
    ...OUTCOME_SETTINGS,
    indicators: {knowsLaw: EUMIDIS_KNOWS_LAW, reportingRate: EUMIDIS_REPORTING_RATE},
    year: EUMIDIS_YEAR,
    tidyColumns: TIDY_COLUMNS,
    family: OUTCOME_FAMILY,
    blocks,
    partial,
    computedIndicators,
    allComputed: computedIndicators.length === blocks.length,
    usableCoverage: partial.coverage.filter((c) => !c.belowMinimum).length,
    mostMipexCountries: Math.max(0, ...partial.coverage.map((c) => c.mipexCountries))
  };
}

/**
 * The outcome pages' findings module: the `corr.*` findings of all three pages (one family of tests), shown
 * on src/policies-outcomes.md, whose loader sends {@link policiesOutcomesPage}; src/education-pisa.md and
 * src/anti-discrimination-eumidis.md have their own loaders, fed from the same analysis.
 *
 * @example (needs the workbooks)
 * policiesOutcomes.findings(policiesOutcomes.analyse(inputs)).map((f) => f.id).slice(0, 2) // ["corr.nationality.naturalisation", "corr.labour.employment_gap"]
 */
export const policiesOutcomes = findingsModule({
  stem: "policies-outcomes",
  title: "Policies and outcomes",
  idPrefixes: ["corr"],
  analyse: ({tables, outcomes}) => analyseOutcomePages(tables, outcomes()),
  findings: (analysis) => analysis.blocks.map((b) => b.finding),
  pageData: policiesOutcomesPage
});
