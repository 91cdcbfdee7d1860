/**
 * Policy change and outcome change (src/panel.md): the four policy–outcome links the workspace studies in
 * cross-section, estimated within countries (two-way fixed effects, first differences, distributed lags, an
 * event study around reforms) beside their cross-sectional estimate, and the findings `mipex reproduce` prints
 * for them (`panel.<link>.twfe`, `.first_difference`, `.event_study`; MIPEX published no such estimate, so the
 * basis is "none").
 */
import type {WorkspaceTables} from "../mipex/workspace-tables.ts";
import {EDITION_RULE, EDITION_SERIES, panelTable, type EditionSeries, type PanelCoverage, type SeriesKey} from "../panel/panel-table.ts";
import {
  BOOTSTRAP_DRAWS,
  BOOTSTRAP_SEED,
  EVENT_WINDOW,
  MAX_LAG,
  MIN_PANEL_COUNTRIES,
  REFORM_THRESHOLD,
  panelEstimates,
  type PanelEstimates
} from "../panel/panel-estimate.ts";
import {packEditionScores, type PackedEditionScores} from "../panel/edition-scores.ts";
import type {PanelCoefficient} from "../stats/panel-coefficients.ts";
import {finding, type Finding} from "./finding.ts";
import {correlationBlock, type OutcomeInput} from "./outcomes/correlation-block.ts";
import {measureLabel, mipexCountries, mipexScores, type MipexScore} from "./outcomes/scores.ts";
import {POLICY_OUTCOME_SPECS, type CorrelationSpec} from "./outcomes/specs.ts";
import {fixed} from "../format/number.ts";
import {findingsModule} from "./findings-module.ts";

/** One link: a policy area, an annual outcome, the edition series it is estimated on, and its cross-section. */
export interface PanelLink {
  id: string;
  title: string;
  measure: string;
  outcome: SeriesKey;
  /** How the outcome is named in sentences. */
  outcomeWords: string;
  edition: EditionSeries;
  /** Why this series and edition. */
  choice: string;
  /** Optional controls (the page states them). */
  controls: {key: SeriesKey; name: string}[];
  crossSection: CorrelationSpec;
}

const EMPLOYMENT_GAP_FOREIGN = {indicator: "derived.employment_rate_gap_nat_minus_foreign.Y15-64", group: "sex=T"};
const NATIONALS_EMPLOYMENT = {key: {indicator: "lfsa_ergan.Y15-64", group: "citizen=NAT;sex=T"}, name: "nationals' employment rate"};

/**
 * The four links, in page order.
 *
 * @example
 * PANEL_LINKS.map((l) => l.id) // ["nationality", "labour", "health", "antidiscrimination"]
 */
export const PANEL_LINKS: readonly PanelLink[] = [
  {
    id: "nationality",
    title: "Access to nationality and naturalisation",
    measure: "access_to_nationality",
    outcome: {indicator: "naturalisation_rate_nonEU_citizens", group: "sex=T"},
    outcomeWords: "the naturalisation rate of non-EU citizens (per 100 resident non-EU citizens)",
    edition: EDITION_SERIES[0],
    choice: "Yearly naturalisation rates run 2009–2019, inside the 2020 edition's years.",
    controls: [],
    crossSection: POLICY_OUTCOME_SPECS[0]
  },
  {
    id: "labour",
    title: "Labour market mobility and the employment gap",
    measure: "labour_market_mobility",
    outcome: EMPLOYMENT_GAP_FOREIGN,
    outcomeWords:
      "the employment-rate gap between nationals and foreign citizens (age 15–64, percentage points; positive = foreign citizens less often employed)",
    edition: EDITION_SERIES[0],
    choice:
      "The non-EU gap (age 20–64) starts in 2015; the gap to all foreign citizens (age 15–64) covers every year 2007–2019, so the within estimate uses it. The nationals' employment rate is the control: it takes out the business cycle each country goes through.",
    controls: [NATIONALS_EMPLOYMENT],
    crossSection: POLICY_OUTCOME_SPECS[1]
  },
  {
    id: "health",
    title: "Health policy and the self-rated health gap",
    measure: "health",
    outcome: {indicator: "derived.health_good_gap_nat_minus_noneu.Y_GE16", group: "sex=T"},
    outcomeWords: "the gap in good self-rated health between nationals and non-EU citizens (age 16+, percentage points)",
    edition: EDITION_SERIES[1],
    choice:
      "The 2020 edition scored health only in 2014 and 2019 and the health series starts in 2015, so the within estimate uses the 2025 EU update's yearly health scores, 2020–2024.",
    controls: [],
    crossSection: POLICY_OUTCOME_SPECS[2]
  },
  {
    id: "antidiscrimination",
    title: "Anti-discrimination and the employment gap",
    measure: "anti_discrimination",
    outcome: EMPLOYMENT_GAP_FOREIGN,
    outcomeWords: "the employment-rate gap between nationals and foreign citizens (age 15–64, percentage points)",
    edition: EDITION_SERIES[0],
    choice:
      "The outcome at hand for every year 2007–2019: discrimination in hiring is one channel anti-discrimination law targets. The nationals' employment rate is the control.",
    controls: [NATIONALS_EMPLOYMENT],
    crossSection: {
      ...POLICY_OUTCOME_SPECS[1],
      id: "corr.antidiscrimination.employment_gap",
      title: "Anti-discrimination and the employment gap",
      measure: "anti_discrimination"
    }
  }
];

/** Scores of every edition series, for the panel table. */
export function editionScores(tables: Pick<WorkspaceTables, "area_scores" | "overall_scores">): Record<EditionSeries["edition"], MipexScore[]> {
  return {"2020": mipexScores(tables.area_scores, tables.overall_scores, "2020"), "2025": mipexScores(tables.area_scores, tables.overall_scores, "2025")};
}

/** One link on the page. */
export interface PanelBlock {
  link: Omit<PanelLink, "crossSection">;
  measureLabel: string;
  outcomeLabel: string;
  unit: string;
  coverage: PanelCoverage;
  estimates: PanelEstimates;
  crossSection: {
    id: string;
    mipexYear: number;
    n: number;
    r: number | null;
    slope: number | null;
    slopeInterval: [number, number] | null;
    reason: string | null;
    outcome: string;
  };
  sentence: string;
  /** The panel rows, for the table and downloads. */
  rows: {iso3: string; name: string; year: number; score: number; outcome: number; controls: number[]}[];
}

/** The settings every page and finding states. */
export const PANEL_SETTINGS = {
  editionRule: EDITION_RULE,
  reformThreshold: REFORM_THRESHOLD,
  eventWindow: EVENT_WINDOW,
  maxLag: MAX_LAG,
  minCountries: MIN_PANEL_COUNTRIES,
  draws: BOOTSTRAP_DRAWS,
  seed: BOOTSTRAP_SEED
};

/**
 * What the within estimate says and does not: effect size with CR2 interval and bootstrap p, beside the
 * cross-section, and the limits (reverse causality, few clusters, lags, country level).
 *
 * @example (needs the workbooks)
 * // panelBlock words its block with it.
 * const block = panelBlock(PANEL_LINKS[0], tables, outcomes);
 * panelSentence(block) === block.sentence // true
 * panelSentence(block).startsWith("Within countries (31 countries, 328 country-years, 2007–2019), a 10-point rise in access to nationality went with a change of") // true
 */
export function panelSentence(block: Omit<PanelBlock, "sentence">): string {
  const limits =
    "Country and year effects remove what never changes in a country and what hits all countries at once, but not reverse causality (outcomes can move policy), policy measured yearly while laws act with lags, or the few countries behind the clustered interval; it is an association between country-level series, never a statement about individuals.";
  const twfe = block.estimates.twfe;
  if (!twfe.ok) return `The within estimate cannot be computed: ${twfe.reason}. ${limits}`;
  const {policy, bootstrap, clusters, n} = twfe.value;
  const [lo, hi] = policy.cr2.confidenceInterval;
  const cross =
    block.crossSection.slope === null
      ? "The cross-section gives no comparable slope"
      : `The ${block.crossSection.mipexYear} cross-section gives ${fixed(10 * block.crossSection.slope, 2)} per 10 points between countries`;
  return (
    `Within countries (${clusters} countries, ${n} country-years, ${block.link.edition.from}–${block.link.edition.to}), a 10-point rise in ${block.measureLabel.toLowerCase()} went with a change of ${fixed(10 * policy.estimate, 2)} in ${block.link.outcomeWords} ` +
    `(95 % CR2 interval ${fixed(10 * lo, 2)} to ${fixed(10 * hi, 2)}; wild cluster bootstrap p = ${fixed(bootstrap.pValue, 3)}). ${cross}. ${limits}`
  );
}

/**
 * The page block of one link.
 *
 * @example (needs the workbooks)
 * const block = panelBlock(PANEL_LINKS[0], tables, outcomes);
 * [block.coverage.countries, block.coverage.countryYears, block.coverage.firstYear, block.coverage.lastYear] // [31, 328, 2009, 2019]
 */
export function panelBlock(link: PanelLink, tables: Pick<WorkspaceTables, "area_scores" | "overall_scores" | "countries">, outcomes: OutcomeInput): PanelBlock {
  const scores = editionScores(tables)[link.edition.edition];
  const observations = outcomes.observations.map(({iso3, year, indicator, group, value, conflict}) => ({iso3, year, indicator, group, value, conflict}));
  const table = panelTable(scores, observations, {
    measure: link.measure,
    edition: link.edition,
    outcome: link.outcome,
    controls: link.controls.map((c) => c.key)
  });
  const estimates = panelEstimates(table.rows, {controlNames: link.controls.map((c) => c.name)});
  const countries = mipexCountries(tables.countries);
  const cross = correlationBlock(link.crossSection, {scores: editionScores(tables)["2020"], countries}, outcomes, {replicates: 1000});
  const entry = outcomes.catalogue.find((e) => e.indicator === link.outcome.indicator && e.group === link.outcome.group);
  const nameOf = new Map(countries.map((c) => [c.iso3, c.name]));
  const {crossSection: _, ...linkFields} = link;
  const block: Omit<PanelBlock, "sentence"> = {
    link: linkFields,
    measureLabel: measureLabel(link.measure),
    outcomeLabel: entry?.label ?? link.outcome.indicator,
    unit: entry?.unit ?? "",
    coverage: table.coverage,
    estimates,
    crossSection: {
      id: link.crossSection.id,
      mipexYear: cross.mipexYear,
      n: cross.summary.n,
      r: cross.summary.r,
      slope: cross.summary.slope,
      slopeInterval: cross.summary.slopeInterval,
      reason: cross.summary.reason,
      outcome: cross.outcomeLabel
    },
    rows: table.rows.map((r) => ({...r, name: nameOf.get(r.iso3) ?? r.iso3}))
  };
  return {...block, sentence: panelSentence(block)};
}

/**
 * The findings of one block: TWFE and first-difference policy coefficients, and the event study's effect in
 * the reform year (e = 0).
 *
 * @example (needs the workbooks)
 * panelBlockFindings(panelBlock(PANEL_LINKS[0], tables, outcomes)).map((f) => f.id) // ["panel.nationality.twfe", "panel.nationality.first_difference", "panel.nationality.event_study"]
 */
export function panelBlockFindings(block: PanelBlock): Finding[] {
  const id = `panel.${block.link.id}`;
  const what = `${block.measureLabel} × ${block.outcomeLabel}, ${block.link.edition.label}`;
  const {twfe, firstDifference, eventStudy} = block.estimates;
  const reform = eventStudy.ok ? eventStudy.value.estimates.find((e) => e.eventTime === 0) : undefined;
  return [
    finding(
      `${id}.twfe`,
      twfe.ok
        ? `Two-way fixed-effects slope of ${what} (CR2 95 % ${twfe.value.policy.cr2.confidenceInterval.map((v) => fixed(v, 4)).join(" to ")}, wild bootstrap p ${fixed(twfe.value.bootstrap.pValue, 4)}, ${twfe.value.clusters} countries)`
        : `Two-way fixed effects, ${what}: not computable — ${twfe.reason}`,
      twfe.ok ? twfe.value.policy.estimate : null,
      null
    ),
    finding(
      `${id}.first_difference`,
      firstDifference.ok
        ? `First-difference slope of ${what} (CR2 95 % ${firstDifference.value.policy.cr2.confidenceInterval.map((v) => fixed(v, 4)).join(" to ")}, ${firstDifference.value.clusters} countries)`
        : `First differences, ${what}: not computable — ${firstDifference.reason}`,
      firstDifference.ok ? firstDifference.value.policy.estimate : null,
      null
    ),
    finding(
      `${id}.event_study`,
      reform
        ? `Event study, ${what}: outcome change in the year of a rise of ≥ ${REFORM_THRESHOLD} points, relative to the year before (e = 0 vs −1)`
        : `Event study, ${what}: not computable — ${eventStudy.ok ? "no country-year at event time 0" : eventStudy.reason}`,
      reform ? reform.estimate : null,
      null
    )
  ];
}

/** One row of a block's estimates table: an estimator's slope with its CR1/CR2 inference (null where none). */
export interface EstimateRow {
  method: string;
  estimate?: number | null;
  cr1?: number | null;
  cr2?: number | null;
  lower?: number | null;
  upper?: number | null;
  p?: number | null;
  /** The two-way slope's wild cluster bootstrap, on its row only. */
  bootstrapP?: number;
  bootstrapLower?: number;
  bootstrapUpper?: number;
}

function coefficientRow(method: string, c: PanelCoefficient): EstimateRow {
  return {
    method,
    estimate: c.estimate,
    cr1: c.cr1.standardError,
    cr2: c.cr2.standardError,
    lower: c.cr2.confidenceInterval[0],
    upper: c.cr2.confidenceInterval[1],
    p: c.cr2.pValue
  };
}

/**
 * A block's estimates table: two-way fixed effects (with the wild bootstrap), first differences, each lag and
 * their cumulative effect, and the cross-section; an estimator that cannot be computed is a row with its reason.
 *
 * @example (needs the workbooks)
 * estimateRows(panelBlock(PANEL_LINKS[0], tables, outcomes)).map((r) => r.method)
 * // ["Two-way fixed effects", "First differences", "Lags: policy at t", "Lags: policy at t (t−1)", "Lags: policy at t (t−2)", "Lags: cumulative", "Cross-section (2016, 31 countries)"]
 */
export function estimateRows(block: Pick<PanelBlock, "estimates" | "crossSection">): EstimateRow[] {
  const {twfe, firstDifference, lags} = block.estimates;
  const cross = block.crossSection;
  return [
    twfe.ok
      ? {
          ...coefficientRow("Two-way fixed effects", twfe.value.policy),
          bootstrapP: twfe.value.bootstrap.pValue,
          bootstrapLower: twfe.value.bootstrap.confidenceInterval[0],
          bootstrapUpper: twfe.value.bootstrap.confidenceInterval[1]
        }
      : {method: `Two-way fixed effects: ${twfe.reason}`},
    firstDifference.ok ? coefficientRow("First differences", firstDifference.value.policy) : {method: `First differences: ${firstDifference.reason}`},
    ...(lags.ok
      ? [
          ...lags.value.coefficients.map((c) => coefficientRow(`Lags: ${c.name.replace("policy", "policy at t")}`, c)),
          {
            method: "Lags: cumulative",
            estimate: lags.value.cumulative.estimate,
            cr2: lags.value.cumulative.cr2.standardError,
            lower: lags.value.cumulative.cr2.confidenceInterval[0],
            upper: lags.value.cumulative.cr2.confidenceInterval[1],
            p: lags.value.cumulative.cr2.pValue
          }
        ]
      : [{method: `Lags: ${lags.reason}`}]),
    {
      method: `Cross-section (${cross.mipexYear}, ${cross.n} countries)`,
      estimate: cross.slope,
      lower: cross.slopeInterval?.[0] ?? null,
      upper: cross.slopeInterval?.[1] ?? null
    }
  ];
}

/** A block as the page shows it: its tables ready to draw, the reforms of its event study, its rows with named controls. */
export interface PanelPageBlock extends Omit<PanelBlock, "rows"> {
  coverageRows: {iso3: string; years: number; first: number | undefined; last: number | undefined; gaps: string}[];
  estimateRows: EstimateRow[];
  /** Countries with a reform (first rise of at least the threshold), with its year and rise. */
  reforms: {unit: string; year: number; rise: number | null}[];
  /** The panel's country-years, each control as a column named after it. */
  rows: Record<string, string | number>[];
}

/**
 * The page's form of a block.
 *
 * @example (needs the workbooks)
 * panelPageBlock(panelBlock(PANEL_LINKS[0], tables, outcomes)).coverageRows[0] // {iso3: "AUT", years: 11, first: 2009, last: 2019, gaps: ""}
 */
export function panelPageBlock(block: PanelBlock): PanelPageBlock {
  const {rows, ...rest} = block;
  const es = block.estimates.eventStudy;
  return {
    ...rest,
    coverageRows: block.coverage.perCountry.map((c) => ({
      iso3: c.iso3,
      years: c.years.length,
      first: c.years[0],
      last: c.years.at(-1),
      gaps: c.gaps.join(", ")
    })),
    estimateRows: estimateRows(block),
    reforms: es.ok ? es.value.events.flatMap((e) => (e.year === null ? [] : [{unit: e.unit, year: e.year, rise: e.rise}])) : [],
    rows: rows.map(({controls, ...r}) => ({...r, ...Object.fromEntries(block.link.controls.map((c, k) => [c.name, controls[k]]))}))
  };
}

/** The panel page's analysis: the four links, and the 2025 edition's scores the explorer's panel mode reads. */
export interface PanelAnalysis {
  blocks: PanelBlock[];
  scores2025: MipexScore[];
}

/**
 * The panel page's findings module (src/panel.md, src/data/panel.json.ts): the four links within countries and
 * their findings; the page data adds its settings, its tables and the 2025 edition's scores (packed) for the
 * explorer's within-countries mode.
 *
 * @example (needs the workbooks)
 * // analyse reads the outcome files too.
 * panel.findings(panel.analyse(inputs)).length // 12
 */
export const panel = findingsModule<PanelAnalysis>({
  stem: "panel",
  title: "Within-country panel",
  idPrefixes: ["panel"],
  analyse: ({tables, outcomes}) => {
    const loaded = outcomes();
    return {blocks: PANEL_LINKS.map((link) => panelBlock(link, tables, loaded)), scores2025: editionScores(tables)["2025"]};
  },
  findings: (analysis) => analysis.blocks.flatMap(panelBlockFindings),
  pageData: (analysis): {settings: typeof PANEL_SETTINGS; blocks: PanelPageBlock[]; scores2025: PackedEditionScores} => ({
    settings: PANEL_SETTINGS,
    blocks: analysis.blocks.map(panelPageBlock),
    scores2025: packEditionScores(analysis.scores2025)
  })
});
