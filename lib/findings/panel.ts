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
import {finding, type Finding} from "./finding.ts";
import {correlationBlock, type OutcomeInput} from "./outcomes/correlation-block.ts";
import {measureLabel, mipexCountries, mipexScores, type MipexScore} from "./outcomes/scores.ts";
import {POLICY_OUTCOME_SPECS, type CorrelationSpec} from "./outcomes/specs.ts";
import {fixed} from "../format/number.ts";

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
 * @example
 * panelSentence(block) // "Within countries, a 10-point rise in access to nationality went with …"
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
 * @example
 * const block = panelBlock(PANEL_LINKS[0], tables, outcomes);
 * block.coverage.countries;
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
 * @example
 * panelBlockFindings(block).map((f) => f.id) // ["panel.nationality.twfe", "panel.nationality.first_difference", "panel.nationality.event_study"]
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

/**
 * Every panel finding.
 *
 * @example
 * panelFindings(tables, outcomes).length // 12
 */
export function panelFindings(tables: Pick<WorkspaceTables, "area_scores" | "overall_scores" | "countries">, outcomes: OutcomeInput): Finding[] {
  return PANEL_LINKS.flatMap((link) => panelBlockFindings(panelBlock(link, tables, outcomes)));
}
