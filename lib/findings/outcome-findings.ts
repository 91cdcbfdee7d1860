/**
 * Policies and outcomes: the correlations between MIPEX scores and integration outcomes shown on
 * src/policies-outcomes.md, src/education-pisa.md and src/anti-discrimination-eumidis.md, and the
 * findings `mipex reproduce` prints for them. MIPEX 2020 published no coefficient for these pairs that
 * the workspace can cite, so every finding's published value is null.
 *
 * Two tables MIPEX 2020 used are only partly available (see /work/shared/data/README.md): EU-MIDIS II
 * country values and PISA 2015 resilience of immigrant students. Their findings are `not_computable`,
 * saying why, until a complete tidy file with the indicator ids below is added to an outcome folder
 * (`$MIPEX_OUTCOMES_DIR` or `data/outcomes/`); then they are computed with no code change.
 */
import type {WorkspaceTables} from "../mipex/workspace-tables.ts";
import type {CatalogueEntry} from "../outcomes/catalogue.ts";
import type {Conflict, Observation} from "../outcomes/observation.ts";
import {finding, type Finding} from "./finding.ts";
import {
  MIN_COUNTRIES,
  adjustFamily,
  closestMipexYear,
  interpret,
  measureLabel,
  mipexCountries,
  mipexScores,
  pairCountries,
  summarizeCorrelation,
  unverifiedNote,
  type CorrelationSummary,
  type FamilyAdjustment,
  type InterpretLabels,
  type MipexCountry,
  type MipexMeasure,
  type MipexScore,
  type MissingCountry,
  type PairRow
} from "./outcome-pairs.ts";

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
/** The group preferred when a file gives several (the first group label that starts with it counts). */
export const PREFERRED_GROUPS = ["all", "students with an immigrant background"] as const;

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
 * POLICY_OUTCOME_SPECS.map((s) => s.id) // ["corr.nationality.naturalisation", ...]
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

/** The education page's correlations. */
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

/** The anti-discrimination page's correlations. */
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
 * The group to use for an indicator: `spec.group` when given, else the first {@link PREFERRED_GROUPS} match,
 * (an exact match first, then the label that starts with it and covers most MIPEX countries), else the group with
 * the most MIPEX countries; null when the indicator is absent.
 *
 * @example
 * pickGroup(observations, "academic_resilience_baseline_all3_pct", null, [2015]) // "students with an immigrant background (press wording: ...)"
 */
export function pickGroup(observations: readonly Observation[], indicator: string, group: string | null, years: readonly number[]): string | null {
  if (group !== null) return group;
  const counts = new Map<string, Set<string>>();
  for (const o of observations) {
    if (o.indicator !== indicator || !years.includes(o.year)) continue;
    const set = counts.get(o.group) ?? new Set<string>();
    if (o.iso3 && o.value !== null) set.add(o.iso3);
    counts.set(o.group, set);
  }
  if (counts.size === 0) return null;
  const most = (entries: [string, Set<string>][]) => entries.sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  for (const preferred of PREFERRED_GROUPS) {
    const exact = [...counts.keys()].find((g) => g.toLowerCase() === preferred);
    if (exact !== undefined) return exact;
    const prefixed = most([...counts].filter(([g]) => g.toLowerCase().startsWith(`${preferred} `)));
    if (prefixed !== null) return prefixed;
  }
  return most([...counts]);
}

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

/** Scores and countries from the tables, computed once per page. */
export interface MipexInput {
  scores: MipexScore[];
  countries: MipexCountry[];
}

/**
 * Scores and the 56 countries from the workspace tables.
 *
 * @example
 * const mipex = mipexInput(tables);
 */
export function mipexInput(tables: Pick<WorkspaceTables, "area_scores" | "overall_scores" | "countries">): MipexInput {
  return {scores: mipexScores(tables.area_scores, tables.overall_scores), countries: mipexCountries(tables.countries)};
}

/**
 * What the values a correlation used measure: the source rows' own note when those rows share one, else
 * the catalogue's definition of the whole series. A file with one note per survey round (ESS: "ESS round 7
 * (year label 2014); …") then describes the round used, not the series' first row.
 *
 * @example
 * definitionOfRowsUsed(observations, "ESS_imbgeco_mean", "residents aged 15+", block.rows, entry.definition)
 * // "ESS round 7 (year label 2014); third-party computation: …"
 */
export function definitionOfRowsUsed(
  observations: readonly Pick<Observation, "indicator" | "group" | "iso3" | "year" | "note">[],
  indicator: string,
  group: string,
  rows: readonly Pick<PairRow, "iso3" | "outcomeYear">[],
  seriesDefinition: string
): string {
  const used = new Set(rows.map((r) => `${r.iso3} ${r.outcomeYear}`));
  const notes = new Set(observations.filter((o) => o.indicator === indicator && o.group === group && used.has(`${o.iso3} ${o.year}`)).map((o) => o.note));
  const [only] = notes;
  return notes.size === 1 && only ? only : seriesDefinition;
}

/**
 * Pairs, summarises and words one correlation.
 *
 * @example
 * correlationBlock(POLICY_OUTCOME_SPECS[0], mipexInput(tables), outcomes).summary.r
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

/** Every policy–outcome link of the three outcome pages, in page order: one family of tests. */
export const OUTCOME_SPECS: readonly CorrelationSpec[] = [...POLICY_OUTCOME_SPECS, ...EDUCATION_SPECS, ...EUMIDIS_SPECS];
/** How the family is named in sentences. */
export const OUTCOME_FAMILY = "policy–outcome links computed on the three outcome pages";

const familyMemo = new WeakMap<OutcomeInput, Map<string, CorrelationBlock[]>>();

/**
 * Every outcome page's correlations, their permutation p adjusted (Holm, Benjamini–Hochberg) across all
 * the links computed on the three pages, so that a link has the same adjusted p on every page and its
 * sentence follows it. Computed once per outcome input and options (each page's loader asks for it).
 *
 * @example
 * outcomeBlocks(mipexInput(tables), outcomes).find((b) => b.id === "corr.labour.employment_gap")?.family?.holm
 */
export function outcomeBlocks(mipex: MipexInput, outcomes: OutcomeInput, options: {replicates?: number} = {}): CorrelationBlock[] {
  const key = `${options.replicates ?? ""}|${mipex.countries.length}|${mipex.scores.length}`;
  const cached = familyMemo.get(outcomes)?.get(key);
  if (cached) return cached;
  const blocks = OUTCOME_SPECS.map((spec) => correlationBlock(spec, mipex, outcomes, options));
  const adjusted = adjustFamily(
    blocks.map((b) => (b.summary.computable ? b.summary.permutationP : null)),
    OUTCOME_FAMILY
  );
  const result = blocks.map((b, i) => {
    const family = adjusted[i];
    if (!family) return b;
    const finding = {
      ...b.finding,
      description: `${b.finding.description}; permutation p ${family.raw.toPrecision(2)}, adjusted over ${family.size} links: Holm ${family.holm.toPrecision(2)}, BH ${family.bh.toPrecision(2)}`
    };
    return {...b, family, sentence: interpret(b.summary, b.words, family), finding};
  });
  if (!familyMemo.has(outcomes)) familyMemo.set(outcomes, new Map());
  familyMemo.get(outcomes)!.set(key, result);
  return result;
}

/**
 * The blocks of one page, from {@link outcomeBlocks}.
 *
 * @example
 * pageBlocks(EDUCATION_SPECS, mipex, outcomes).map((b) => b.id) // ["corr.education.pisa_science_gap", "corr.education.pisa_resilience"]
 */
export function pageBlocks(
  specs: readonly CorrelationSpec[],
  mipex: MipexInput,
  outcomes: OutcomeInput,
  options: {replicates?: number} = {}
): CorrelationBlock[] {
  const all = outcomeBlocks(mipex, outcomes, options);
  return specs.map((spec) => all.find((b) => b.id === spec.id)!);
}

/** A partial table: its rows for display and what each indicator covers. */
export interface PartialTable {
  /** Files whose name matches. */
  files: string[];
  rows: {
    country: string;
    iso3: string | null;
    year: number;
    indicator: string;
    group: string;
    value: number | null;
    unit: string;
    conflict: boolean;
    mipex: boolean;
    note: string | null;
    source: string;
    file: string;
    row: number;
  }[];
  /** One line per indicator × group: how many MIPEX countries have a value. */
  coverage: {indicator: string; group: string; year: number; mipexCountries: number; countries: string[]; belowMinimum: boolean}[];
  conflicts: Conflict[];
}

/**
 * The rows of the outcome files whose path matches `pattern` (e.g. /eumidis/i), with per-indicator
 * coverage of MIPEX countries.
 *
 * @example
 * partialTable(outcomes, /eumidis/i, countries).coverage
 */
export function partialTable(outcomes: OutcomeInput, pattern: RegExp, countries: readonly MipexCountry[]): PartialTable {
  const mipex = new Set(countries.map((c) => c.iso3));
  const obs = outcomes.observations.filter((o) => !o.derived && pattern.test(o.sourceFile));
  const files = [...new Set(obs.map((o) => o.sourceFile))];
  const coverage = new Map<string, {indicator: string; group: string; year: number; countries: Set<string>}>();
  for (const o of obs) {
    const key = `${o.indicator}|${o.group}|${o.year}`;
    const c = coverage.get(key) ?? {indicator: o.indicator, group: o.group, year: o.year, countries: new Set<string>()};
    if (o.iso3 && mipex.has(o.iso3) && o.value !== null && !o.conflict) c.countries.add(o.iso3);
    coverage.set(key, c);
  }
  return {
    files,
    rows: obs.map((o) => ({
      country: o.geoLabel,
      iso3: o.iso3,
      year: o.year,
      indicator: o.indicator,
      group: o.group,
      value: o.value,
      unit: o.unit,
      conflict: o.conflict,
      mipex: o.iso3 !== null && mipex.has(o.iso3),
      note: o.note,
      source: o.source,
      file: o.sourceFile,
      row: o.row
    })),
    coverage: [...coverage.values()]
      .map((c) => ({
        indicator: c.indicator,
        group: c.group,
        year: c.year,
        mipexCountries: c.countries.size,
        countries: [...c.countries].sort(),
        belowMinimum: c.countries.size < MIN_COUNTRIES
      }))
      .sort((a, b) => b.mipexCountries - a.mipexCountries || a.indicator.localeCompare(b.indicator)),
    conflicts: (outcomes.conflicts ?? []).filter((c) => pattern.test(c.file))
  };
}

/**
 * Every finding of the three outcome pages.
 *
 * @example
 * outcomeFindings(tables, loadOutcomes()).find((f) => f.id === "corr.labour.employment_gap")?.computed
 */
export function outcomeFindings(
  tables: Pick<WorkspaceTables, "area_scores" | "overall_scores" | "countries">,
  outcomes: OutcomeInput,
  options: {replicates?: number} = {}
): Finding[] {
  return outcomeBlocks(mipexInput(tables), outcomes, options).map((b) => b.finding);
}
