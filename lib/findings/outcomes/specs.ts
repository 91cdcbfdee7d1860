/**
 * The correlations the three outcome pages show (src/policies-outcomes.md, src/education-pisa.md,
 * src/anti-discrimination-eumidis.md), one family of tests, and the indicator ids the partly available
 * tables (EU-MIDIS II, PISA 2015 resilience) are looked for under.
 */
import type {MipexMeasure} from "./scores.ts";

/**
 * EU-MIDIS II (FRA, fieldwork 2015–16) indicator ids the anti-discrimination page looks for in tidy files
 * (`country, iso3, year, indicator, group, value, unit, source, note`), one row per country:
 * - `eumidis2_knows_law_pct`: % of respondents who know that a law forbids discrimination based on ethnic
 *   or immigrant background when applying for a job (FRA EU-MIDIS II, "awareness of anti-discrimination law");
 * - `eumidis2_reporting_rate_pct`: % of respondents who reported or made a complaint about the most recent
 *   incident of discrimination because of their ethnic or immigrant background.
 * Year {@link EUMIDIS_YEAR}; `group` is free text (`all` preferred: all immigrant and descendant target groups
 * together); `unit` `%`.
 */
export const EUMIDIS_KNOWS_LAW = "eumidis2_knows_law_pct";
/** See {@link EUMIDIS_KNOWS_LAW}. */
export const EUMIDIS_REPORTING_RATE = "eumidis2_reporting_rate_pct";
/** The EU-MIDIS II reference year in tidy files. */
export const EUMIDIS_YEAR = 2016;
/**
 * PISA 2015 academic resilience of students with an immigrant background (OECD 2018, *The Resilience of
 * Students with an Immigrant Background*): % reaching at least level 2 in science, reading and mathematics.
 * The id the press-reported file already uses, so a complete table in the same shape extends it.
 */
export const PISA_RESILIENCE = "academic_resilience_baseline_all3_pct";
/** The PISA round. */
export const PISA_YEAR = 2015;

/** One correlation a page shows. */
export interface CorrelationSpec {
  id: string;
  title: string;
  measure: MipexMeasure;
  indicator: string;
  /** The group; null = the preferred group present (see {@link pickGroup}). */
  group: string | null;
  /** Years to read the outcome from, in order of preference. */
  outcomeYears: number[];
  /** The years the outcome describes (a period mean: all of them), for choosing the MIPEX year. */
  referenceYears: number[];
  /** How the outcome is named in sentences. */
  outcomeWords: string;
  caveat: string;
  /** Said with the reason when the correlation cannot be computed (which table is missing). */
  unavailable?: string;
}

const CITIZENSHIP_CAVEAT =
  "The outcome compares people by citizenship, not by migrant background: where naturalisation is easy, many settled immigrants count as nationals, which shrinks gaps for reasons that are not integration.";

/**
 * The correlations of the policies-outcomes and education pages, in page order.
 *
 * @example
 * POLICY_OUTCOME_SPECS.map((s) => s.id) // ["corr.nationality.naturalisation", "corr.labour.employment_gap", "corr.health.self_rated_gap", "corr.overall.gallup", "corr.overall.ess"]
 */
export const POLICY_OUTCOME_SPECS: readonly CorrelationSpec[] = [
  {
    id: "corr.nationality.naturalisation",
    title: "Access to nationality and naturalisation",
    measure: "access_to_nationality",
    indicator: "derived.naturalisation_rate_nonEU_citizens.mean_2014_2019",
    group: "sex=T",
    outcomeYears: [2019],
    referenceYears: [2014, 2015, 2016, 2017, 2018, 2019],
    outcomeWords: "naturalisation rates of non-EU citizens (mean 2014–2019)",
    caveat:
      "The rate counts acquisitions per 100 resident non-EU citizens, so it also moves with who immigrates and how long they stay; a single year can swing with campaigns and backlogs, hence the 2014–2019 mean."
  },
  {
    id: "corr.labour.employment_gap",
    title: "Labour market mobility and the employment gap",
    measure: "labour_market_mobility",
    indicator: "derived.employment_rate_gap_nat_minus_noneu.Y20-64",
    group: "sex=T",
    outcomeYears: [2019],
    referenceYears: [2019],
    outcomeWords: "employment-rate gaps between nationals and non-EU citizens (age 20–64, 2019; positive = non-EU citizens less often employed)",
    caveat: CITIZENSHIP_CAVEAT
  },
  {
    id: "corr.health.self_rated_gap",
    title: "Health policy and the self-rated health gap",
    measure: "health",
    indicator: "derived.health_good_gap_nat_minus_noneu.Y_GE16",
    group: "sex=T",
    outcomeYears: [2019],
    referenceYears: [2019],
    outcomeWords: "gaps in good self-rated health between nationals and non-EU citizens (age 16+, 2019; positive = non-EU citizens report worse health)",
    caveat: `${CITIZENSHIP_CAVEAT} The gap is not age-standardised, and non-EU citizens are younger on average.`
  },
  {
    id: "corr.overall.gallup",
    title: "Overall score and the Gallup Migrant Acceptance Index",
    measure: "overall.with_health",
    indicator: "migrant_acceptance_index",
    group: "adult population",
    outcomeYears: [2016, 2017],
    referenceYears: [2016],
    outcomeWords: "acceptance of migrants (Gallup Migrant Acceptance Index, 2016/17)",
    caveat: "Public opinion may shape policy as much as policy shapes opinion; the correlation cannot tell which way it runs."
  },
  {
    id: "corr.overall.ess",
    title: "Overall score and attitudes in the European Social Survey",
    measure: "overall.with_health",
    indicator: "ESS_imwbcnt_mean",
    group: "residents aged 15+",
    outcomeYears: [2014],
    referenceYears: [2014],
    outcomeWords: "agreement that immigrants make the country a better place to live (ESS round 7, 2014, mean on 0–10)",
    caveat: "ESS country means were computed by a third party (see the source notes); opinion and policy may influence each other."
  }
];

/**
 * The education page's correlations.
 *
 * @example
 * EDUCATION_SPECS.map((s) => s.id) // ["corr.education.pisa_science_gap", "corr.education.pisa_resilience"]
 */
export const EDUCATION_SPECS: readonly CorrelationSpec[] = [
  {
    id: "corr.education.pisa_science_gap",
    title: "Education policy and the PISA 2015 science gap",
    measure: "education",
    indicator: "score_gap_science_immigration_background",
    group: "15-year-old students",
    outcomeYears: [PISA_YEAR],
    referenceYears: [PISA_YEAR],
    outcomeWords:
      "science score gaps between students without and with an immigrant background (PISA 2015; positive = immigrant-background students score lower, if the source's inferred sign convention holds)",
    caveat:
      "The gap is not adjusted for students' socio-economic background in this reproduction (the source does not say), and immigrant students differ greatly between countries in origin and parents' education."
  },
  {
    id: "corr.education.pisa_resilience",
    title: "Education policy and academic resilience of immigrant students (PISA 2015)",
    measure: "education",
    indicator: PISA_RESILIENCE,
    group: null,
    outcomeYears: [PISA_YEAR],
    referenceYears: [PISA_YEAR],
    outcomeWords: "shares of immigrant-background students reaching baseline in all three PISA subjects (2015)",
    caveat: "Resilience depends on who immigrant students are (origin, parents' education) as much as on school policy.",
    unavailable: "the complete OECD (2018) resilience table is not available here; only a partial press-reported table is"
  }
];

/**
 * The anti-discrimination page's correlations.
 *
 * @example
 * EUMIDIS_SPECS.map((s) => s.indicator) // ["eumidis2_knows_law_pct", "eumidis2_reporting_rate_pct"]
 */
export const EUMIDIS_SPECS: readonly CorrelationSpec[] = [
  {
    id: "corr.antidiscrimination.eumidis_knowledge",
    title: "Anti-discrimination law and knowing it (EU-MIDIS II)",
    measure: "anti_discrimination",
    indicator: EUMIDIS_KNOWS_LAW,
    group: null,
    outcomeYears: [EUMIDIS_YEAR],
    referenceYears: [EUMIDIS_YEAR],
    outcomeWords: "shares of immigrants and descendants who know that a law forbids ethnic discrimination (EU-MIDIS II, 2016)",
    caveat: "Survey samples cover selected immigrant groups per country, so countries are compared across different groups.",
    unavailable: "the complete EU-MIDIS II country table is not available here; only a partial press-reported table, without this indicator, is"
  },
  {
    id: "corr.antidiscrimination.eumidis_reporting",
    title: "Anti-discrimination law and reporting discrimination (EU-MIDIS II)",
    measure: "anti_discrimination",
    indicator: EUMIDIS_REPORTING_RATE,
    group: null,
    outcomeYears: [EUMIDIS_YEAR],
    referenceYears: [EUMIDIS_YEAR],
    outcomeWords: "reporting rates of discrimination incidents (EU-MIDIS II, 2016)",
    caveat: "Reporting depends on trust in institutions and on how common discrimination is, not on the law alone.",
    unavailable: "the complete EU-MIDIS II country table is not available here; only a partial press-reported table, without this indicator, is"
  }
];

/**
 * Every policy–outcome link of the three outcome pages, in page order: one family of tests.
 *
 * @example
 * OUTCOME_SPECS.length // 9
 */
export const OUTCOME_SPECS: readonly CorrelationSpec[] = [...POLICY_OUTCOME_SPECS, ...EDUCATION_SPECS, ...EUMIDIS_SPECS];
/** How the family is named in sentences. */
export const OUTCOME_FAMILY = "policy–outcome links computed on the three outcome pages";
