/**
 * Access to nationality and naturalisation, 2009–2019 (src/access-to-nationality.md): the example report of
 * docs/authoring.md, built only from public pieces. How each country's Access to nationality score moved
 * between 2009 and 2019, and how the score goes with the naturalisation rate of non-EU citizens (Eurostat
 * migr_acqs) at both ends of the period, each link with its interval, its p adjusted across the page's
 * links and its leave-one-out check. MIPEX published none of these figures, so every finding's basis is
 * "none". Country-level figures only: nothing here is about individual immigrants.
 */
import type {WorkspaceTables} from "../mipex/workspace-tables.ts";
import {finding, type Finding} from "./finding.ts";
import {findingsModule} from "./findings-module.ts";
import type {OutcomeInput} from "./outcomes/correlation-block.ts";
import {adjustFamily, type FamilyAdjustment} from "./outcomes/family.ts";
import {disappearsWithout} from "./outcomes/influence.ts";
import {pairCountries, type MissingCountry, type OutcomeValue, type PairRow} from "./outcomes/pairs.ts";
import {interpret} from "./outcomes/prose.ts";
import {measureLabel, mipexCountries, mipexScores, type MipexCountry, type MipexScore} from "./outcomes/scores.ts";
import {MIN_COUNTRIES, REPLICATES, SEED, summarizeCorrelation, type CorrelationSummary} from "./outcomes/summary.ts";
import {CHANGE_THRESHOLD, changeAnalysis, type ChangeAnalysis} from "./trends/change.ts";

/** The MIPEX area this page follows. */
export const MEASURE = "access_to_nationality";
/** First and last wave compared: the years of the 2020 edition the naturalisation file also covers. */
export const FROM = 2009;
export const TO = 2019;
/** The outcome series: Eurostat's naturalisation rate of non-EU citizens (tidy migr_acqs file). */
export const OUTCOME = {indicator: "naturalisation_rate_nonEU_citizens", group: "sex=T"} as const;
/** How the family of tests is named in sentences: every correlation on this page. */
export const FAMILY = "links between access to nationality and naturalisation on this page";

/** One correlation the page shows: the score and the rate in the same year. */
export interface LinkSpec {
  /** The finding id stem, `naturalisation.corr.<year>`. */
  id: string;
  title: string;
  year: number;
}

/**
 * The page's correlations, in page order: one family of tests.
 *
 * @example
 * LINKS.map((l) => l.id) // ["naturalisation.corr.2009", "naturalisation.corr.2019"]
 */
export const LINKS: readonly LinkSpec[] = [FROM, TO].map((year) => ({
  id: `naturalisation.corr.${year}`,
  title: `Access to nationality and naturalisation in ${year}`,
  year
}));

const CAVEAT =
  "These are country-level figures: they compare countries' laws with countries' rates and say nothing about whether any individual immigrant is more likely to naturalise. " +
  "A rate per 100 resident non-EU citizens also moves with who immigrates, how long they stay and one-off campaigns or backlogs.";

/** One correlation, computed: what the page shows and what the findings are made of. */
export interface NaturalisationLink {
  id: string;
  title: string;
  year: number;
  /** Axis labels; the outcome's unit is in the analysis' `outcome`. */
  xLabel: string;
  yLabel: string;
  rows: PairRow[];
  missing: MissingCountry[];
  summary: CorrelationSummary;
  /** The permutation p adjusted across {@link LINKS}; null when the correlation was not computed. */
  family: FamilyAdjustment | null;
  /** Countries without which the 95 % interval of r would include zero (leave-one-out). */
  restsOn: {iso3: string; name: string; without: number; interval: [number, number]}[];
  sentence: string;
}

/** What the outcome catalogue says about the series, for labels and the citation. */
export interface OutcomeDescription {
  label: string;
  unit: string;
  source: string;
}

/**
 * Pairs the score and the rate in each year of {@link LINKS}, summarises each correlation, adjusts the
 * permutation p-values across the links (Holm, Benjamini–Hochberg) and words each one from its numbers.
 *
 * @example (needs the workbooks)
 * import {mipexCountries, mipexScores} from "./outcomes/scores.ts";
 * // Access to nationality in 2009 and in 2019 beside the 2014–2019 naturalisation rate (the page uses 10 000 replicates).
 * const links = naturalisationLinks(mipexScores(tables.area_scores, tables.overall_scores), mipexCountries(tables.countries), outcomes.observations, {replicates: 999});
 * links.map((l) => l.summary.r) // ≈ [0.632, 0.310]
 */
export function naturalisationLinks(
  scores: readonly MipexScore[],
  countries: readonly MipexCountry[],
  observations: readonly OutcomeValue[],
  {
    replicates = REPLICATES,
    outcome = {label: "Naturalisation rate of non-EU citizens", unit: "per 100 resident non-EU citizens", source: ""}
  }: {replicates?: number; outcome?: OutcomeDescription} = {}
): NaturalisationLink[] {
  const paired = LINKS.map((link) => {
    const pairing = pairCountries(scores, observations, countries, {
      measure: MEASURE,
      mipexYear: link.year,
      indicator: OUTCOME.indicator,
      group: OUTCOME.group,
      outcomeYears: [link.year]
    });
    return {link, pairing, summary: summarizeCorrelation(pairing.rows, {replicates})};
  });
  const family = adjustFamily(
    paired.map(({summary}) => (summary.computable ? summary.permutationP : null)),
    FAMILY
  );
  return paired.map(({link, pairing, summary}, i) => ({
    id: link.id,
    title: link.title,
    year: link.year,
    xLabel: `${measureLabel(MEASURE)} (MIPEX ${link.year})`,
    yLabel: `${outcome.label}, ${link.year}`,
    rows: pairing.rows,
    missing: pairing.missing,
    summary,
    family: family[i],
    restsOn: disappearsWithout(summary),
    sentence: interpret(
      summary,
      {x: `access to nationality (MIPEX ${link.year})`, y: `naturalisation rates of non-EU citizens (${link.year})`, caveat: CAVEAT},
      family[i]
    )
  }));
}

/** Everything the page shows, computed once per build. */
export interface AccessToNationalityAnalysis {
  from: number;
  to: number;
  /** Each country's score change, the mean change with its intervals and the counts at the threshold. */
  change: ChangeAnalysis;
  /** The countries with a change, largest gain first, for the table under the chart. */
  changeRows: {iso3: string; name: string; fromValue: number | null; toValue: number | null; change: number | null; category: string; note: string | null}[];
  links: NaturalisationLink[];
  family: string;
  outcome: OutcomeDescription;
  /** The outcome source to cite (CiteBlock), beside MIPEX and the workspace it always lists. */
  sources: {title: string; citation: string; url: string}[];
  minCountries: number;
  replicates: number;
  seed: number;
}

/**
 * The page's analysis from the MIPEX tables and the outcome files.
 *
 * @example (needs the workbooks)
 * // The mean change of the access to nationality score, 2009 → 2019.
 * accessToNationalityAnalysis(tables, outcomes, {replicates: 999}).change.mean // ≈ 4.925
 */
export function accessToNationalityAnalysis(
  tables: WorkspaceTables,
  outcomes: OutcomeInput,
  {replicates = REPLICATES}: {replicates?: number} = {}
): AccessToNationalityAnalysis {
  const change = changeAnalysis(tables, {
    edition: "2020",
    measure: MEASURE,
    from: FROM,
    to: TO,
    key: `${FROM}_${TO}`,
    label: `${measureLabel(MEASURE)}, ${FROM} → ${TO}`
  });
  const entry = outcomes.catalogue.find((e) => e.indicator === OUTCOME.indicator && e.group === OUTCOME.group);
  const outcome: OutcomeDescription = {
    label: entry?.label ?? "Naturalisation rate of non-EU citizens",
    unit: entry?.unit ?? "per 100 resident non-EU citizens",
    source: entry?.source ?? ""
  };
  return {
    from: FROM,
    to: TO,
    change,
    changeRows: change.countries
      .filter((c) => c.change !== null)
      .sort((a, b) => b.change! - a.change! || a.name.localeCompare(b.name))
      .map(({iso3, name, fromValue, toValue, change: delta, category, note}) => ({iso3, name, fromValue, toValue, change: delta, category, note})),
    links: naturalisationLinks(mipexScores(tables.area_scores, tables.overall_scores), mipexCountries(tables.countries), outcomes.observations, {
      replicates,
      outcome
    }),
    family: FAMILY,
    outcome,
    sources: [
      {
        title: "Eurostat: acquisition of citizenship (migr_acqs)",
        citation: `Eurostat. Acquisition of citizenship by age group, sex and former citizenship (migr_acqs).${outcome.source ? ` Values as read from: ${outcome.source}.` : ""}`,
        url: "https://ec.europa.eu/eurostat/databrowser/view/migr_acqs/default/table"
      }
    ],
    minCountries: MIN_COUNTRIES,
    replicates,
    seed: SEED
  };
}

/**
 * The findings `mipex reproduce` prints for the page, from the analysis alone: the mean change with its t
 * interval and the counts above the threshold, then per link r with its interval, the Holm-adjusted p and r
 * without the most influential country. Published values are null (MIPEX published none), basis "none".
 *
 * @example (needs the workbooks)
 * const analysis = accessToNationalityAnalysis(tables, outcomes, {replicates: 999});
 * accessToNationalityFindings(analysis).map((f) => f.id)[0] // "naturalisation.change.2009_2019.mean"
 */
export function accessToNationalityFindings(analysis: AccessToNationalityAnalysis): Finding[] {
  const c = analysis.change;
  const key = `naturalisation.change.${c.key}`;
  const what = `${c.label} (MIPEX 2020 edition, the ${c.n} countries scored in both years)`;
  const findings: Finding[] = [
    finding(`${key}.mean`, `${what}: mean change of the area score`, c.mean, null),
    finding(`${key}.mean_ci95_lower`, `${what}: 95% t-interval of the mean change, lower`, c.ci95[0], null),
    finding(`${key}.mean_ci95_upper`, `${what}: 95% t-interval of the mean change, upper`, c.ci95[1], null),
    finding(`${key}.improved_count`, `${what}: countries whose score rose by more than ${CHANGE_THRESHOLD} point`, c.improved, null),
    finding(`${key}.undermined_count`, `${what}: countries whose score fell by more than ${CHANGE_THRESHOLD} point`, c.undermined, null)
  ];
  for (const link of analysis.links) {
    const s = link.summary;
    const about = `${link.title}: Pearson r across ${s.n} countries of ${link.xLabel} and ${link.yLabel}`;
    findings.push(
      finding(`${link.id}.r`, s.computable ? about : `${link.title}: not computable — ${s.reason}`, s.r, null),
      finding(`${link.id}.r_ci95_lower`, `${about}: 95% Fisher-z interval, lower`, s.rInterval?.[0] ?? null, null),
      finding(`${link.id}.r_ci95_upper`, `${about}: 95% Fisher-z interval, upper`, s.rInterval?.[1] ?? null, null),
      finding(`${link.id}.holm_p`, `${about}: permutation p, Holm-adjusted across the ${link.family?.size ?? 0} ${FAMILY}`, link.family?.holm ?? null, null),
      finding(
        `${link.id}.r_without_most_influential`,
        `${about}: r leaving out the most influential country${s.mostInfluential ? ` (${s.mostInfluential.name})` : ""}`,
        s.mostInfluential?.without ?? null,
        null
      )
    );
  }
  return findings;
}

/** The page's findings module: `src/access-to-nationality.md`, `src/data/access-to-nationality.json.ts`. */
export const accessToNationality = findingsModule({
  stem: "access-to-nationality",
  title: "Access to nationality and naturalisation, 2009–2019",
  idPrefixes: ["naturalisation"],
  analyse: ({tables, outcomes}) => accessToNationalityAnalysis(tables, outcomes()),
  findings: accessToNationalityFindings
});
