import {AREAS, type AreaId, type OverallVariant} from "../mipex/areas.ts";
import type {Edition} from "../mipex/editions.ts";
import type {CountryRow, WorkspaceTables} from "../mipex/workspace-tables.ts";
import {waveChange, type Observation} from "../stats/index.ts";
import {finding, type Finding} from "./finding.ts";
import {scoreOfRecord} from "./score-of-record.ts";
import {round} from "../format/number.ts";
import {mean} from "../stats/mean.ts";

/**
 * Trends (src/trends.md): MIPEX scores over time per country and on average, who improved and who
 * undermined policy between two waves, by how much on average (with a t and a bootstrap interval), by
 * area, which indicators changed, and how the 2025 EU update's 2020 scores line up with the 2020
 * edition's. The two editions are never joined into one series.
 */

/** What a series measures: an overall-score variant or one area. */
export interface Measure {
  id: string;
  label: string;
  variant?: OverallVariant;
  area?: AreaId;
}

export const MEASURES: readonly Measure[] = [
  {id: "overall_without_health_education", label: "Overall, without health and education (the series scored since 2007)", variant: "without_health_education"},
  {id: "overall_without_health", label: "Overall, without health (7 areas)", variant: "without_health"},
  {id: "overall_with_health", label: "Overall, with health (8 areas)", variant: "with_health"},
  ...AREAS.map((a) => ({id: a.id, label: a.name, area: a.id}))
];

/** Improvement or decline smaller than this many points counts as no change (stated on the page). */
export const CHANGE_THRESHOLD = 1;
/** Thresholds the page shows the counts for, to show how much the count depends on the choice. */
export const SENSITIVITY_THRESHOLDS = [0, 0.5, 1, 2, 5] as const;
/** Bootstrap resamples for the interval of the mean change (seeded: lib/stats DEFAULT_SEED). */
export const BOOTSTRAP_REPLICATES = 9999;
/** A year of the 2020 edition is part of the annual series when at least this many countries were scored in it. */
export const ANNUAL_MINIMUM = 25;
/** The last year of the 2020 edition's time series (a few countries have 2020 updates, used only in the edition check). */
export const LAST_2020_EDITION_YEAR = 2019;

/** One value of a series. */
export interface SeriesPoint {
  edition: Edition;
  measure: string;
  iso3: string;
  name: string;
  year: number;
  /** Recomputed from the indicators, or the published score where it cannot be recomputed (flagged). */
  value: number;
  published: number | null;
  /** True when `value` is the workbook's published score because an indicator it needs is unscored. */
  usesPublished: boolean;
}

/** The average of a fixed set of countries in one year of a series. */
export interface AveragePoint {
  edition: Edition;
  measure: string;
  year: number;
  mean: number;
  publishedMean: number | null;
  countries: number;
  /** Which countries the average is over. */
  panel: string;
}

function measureRows(
  tables: WorkspaceTables,
  measure: Measure
): {iso3: string; year: number; edition: Edition; published: number | null; recomputed: number | null; note: string | null; source_cell: string | null}[] {
  if (measure.variant) return tables.overall_scores.filter((r) => r.variant === measure.variant);
  return tables.area_scores.filter((r) => r.area === measure.area);
}

/**
 * Every value of every measure: the 2020 edition up to 2019, the 2025 EU update 2020–2024. A score that
 * cannot be recomputed (Argentina 2014, Czechia 2007–2013) is the workbook's published one, flagged
 * `usesPublished`, so no country MIPEX scores drops out of a series or an average.
 *
 * @example
 * seriesPoints(tables).filter((p) => p.measure === "overall_with_health" && p.iso3 === "SWE").map((p) => p.year)
 * // [2014, 2019, 2020, 2021, 2022, 2023] (the last four from the 2025 edition)
 */
export function seriesPoints(tables: WorkspaceTables): SeriesPoint[] {
  const names = new Map(tables.countries.map((c) => [c.iso3, c.name]));
  const out: SeriesPoint[] = [];
  for (const measure of MEASURES) {
    for (const r of measureRows(tables, measure)) {
      const score = scoreOfRecord(r);
      if (score.value === null) continue;
      if (r.edition === "2020" && r.year > LAST_2020_EDITION_YEAR) continue;
      out.push({
        edition: r.edition,
        measure: measure.id,
        iso3: r.iso3,
        name: names.get(r.iso3) ?? r.iso3,
        year: r.year,
        value: score.value,
        published: r.published,
        usesPublished: score.usesPublished
      });
    }
  }
  return out.sort((a, b) => a.measure.localeCompare(b.measure) || a.edition.localeCompare(b.edition) || a.iso3.localeCompare(b.iso3) || a.year - b.year);
}

/**
 * Averages over a balanced panel, so that a change in the average is a change in policy, not in which
 * countries are counted. 2020 edition: the years in which at least {@link ANNUAL_MINIMUM} countries
 * were scored, over the countries scored in every one of them. 2025 update: the EU27 countries scored
 * in every year 2020–2024 (Canada is in the workbook but not in the EU).
 *
 * @example
 * panelAverages(seriesPoints(tables), tables.countries).filter((a) => a.measure === "overall_without_health_education" && a.edition === "2020").length // 13 (2007–2019)
 */
export function panelAverages(points: readonly SeriesPoint[], countries: readonly CountryRow[]): AveragePoint[] {
  const eu = new Set(countries.filter((c) => c.eu27).map((c) => c.iso3));
  const out: AveragePoint[] = [];
  for (const measure of MEASURES) {
    for (const edition of ["2020", "2025"] as const) {
      let rows = points.filter((p) => p.measure === measure.id && p.edition === edition);
      if (edition === "2025") rows = rows.filter((p) => eu.has(p.iso3));
      if (rows.length === 0) continue;
      const perYear = new Map<number, SeriesPoint[]>();
      for (const p of rows) perYear.set(p.year, [...(perYear.get(p.year) ?? []), p]);
      const years = [...perYear.keys()].filter((y) => edition === "2025" || perYear.get(y)!.length >= ANNUAL_MINIMUM).sort((a, b) => a - b);
      if (years.length === 0) continue;
      const members = [...new Set(rows.map((p) => p.iso3))].filter((iso3) => years.every((y) => perYear.get(y)!.some((p) => p.iso3 === iso3)));
      if (members.length === 0) continue;
      const panel =
        edition === "2020"
          ? `the ${members.length} countries scored ${years.length > 2 ? `in every year ${years[0]}–${years[years.length - 1]}` : `in both ${years.join(" and ")}`}`
          : `the ${members.length} EU countries the 2025 update scores in every year ${years[0]}–${years[years.length - 1]}`;
      for (const year of years) {
        const values = perYear.get(year)!.filter((p) => members.includes(p.iso3));
        const published = values.map((p) => p.published);
        out.push({
          edition,
          measure: measure.id,
          year,
          mean: mean(values.map((p) => p.value)),
          publishedMean: published.every((p) => p !== null) ? mean(published as number[]) : null,
          countries: values.length,
          panel
        });
      }
    }
  }
  return out;
}

/** One country's change between two waves. */
export interface CountryChange {
  iso3: string;
  name: string;
  eu27: boolean;
  /** The recomputed score, or the published one where it cannot be recomputed (see `publishedScoreYears`). */
  fromValue: number | null;
  toValue: number | null;
  /** toValue − fromValue: what the counts and means use. Null only when the workbook has no score at all. */
  change: number | null;
  /** The change of the recomputed scores, null when a wave cannot be recomputed. */
  recomputedChange: number | null;
  /** Change of the workbook's published scores. */
  publishedChange: number | null;
  /** Years whose score is the published one because it cannot be recomputed (flagged on the page). */
  publishedScoreYears: number[];
  /** At the page's threshold ({@link CHANGE_THRESHOLD}). */
  category: "improved" | "undermined" | "no change" | "not computable";
  note: string | null;
}

export interface ThresholdCount {
  threshold: number;
  improved: number;
  undermined: number;
  unchanged: number;
  /** The same counts from the published scores' changes, over the same countries. */
  publishedImproved: number | null;
  publishedUndermined: number | null;
}

/** Change between two waves for one edition and measure. */
export interface ChangeAnalysis {
  key: string;
  label: string;
  edition: Edition;
  measure: string;
  from: number;
  to: number;
  threshold: number;
  countries: CountryChange[];
  /** Countries with a change (recomputed, or published where it cannot be recomputed). */
  n: number;
  mean: number;
  standardDeviation: number;
  /** 95 % t interval (n − 1 df). */
  ci95: [number, number];
  /** 95 % percentile bootstrap interval ({@link BOOTSTRAP_REPLICATES} resamples, seeded). */
  bootstrap95: [number, number] | null;
  /** Mean of the published changes over the same countries (null if one is missing). */
  publishedMean: number | null;
  improved: number;
  undermined: number;
  unchanged: number;
  sensitivity: ThresholdCount[];
  byGroup: {group: string; n: number; mean: number; improved: number; undermined: number}[];
  /** "Country year" of each published score used because it cannot be recomputed. */
  publishedScoresUsed: string[];
  /** The same summary over the countries whose change can be recomputed (the variant that drops the others). */
  recomputedOnly: {n: number; mean: number | null; improved: number; undermined: number; unchanged: number};
}

export interface ChangeOptions {
  edition: Edition;
  measure: string;
  from: number;
  to: number;
  /** Restrict to these countries (default: every country with a row in both waves). */
  members?: (c: CountryRow) => boolean;
  label: string;
  key: string;
  bootstrap?: boolean;
}

/**
 * Per-country change between waves `from` and `to`, with the mean change, its intervals and the counts
 * above the threshold. Values are rounded to 1e-9 first so that equal workbook scores give a change of
 * exactly zero.
 *
 * @example
 * const c = changeAnalysis(tables, {edition: "2020", measure: "overall_with_health", from: 2014, to: 2019, key: "2014_2019", label: "…"});
 * c.countries.find((x) => x.iso3 === "SWE")?.change // 2019 score − 2014 score
 */
export function changeAnalysis(
  tables: WorkspaceTables,
  {edition, measure: measureId, from, to, members = () => true, label, key, bootstrap = true}: ChangeOptions
): ChangeAnalysis {
  const measure = MEASURES.find((m) => m.id === measureId);
  if (!measure) throw new Error(`Unknown measure "${measureId}"`);
  const byIso3 = new Map(tables.countries.map((c) => [c.iso3, c]));
  const rows = measureRows(tables, measure).filter((r) => r.edition === edition && (r.year === from || r.year === to) && members(byIso3.get(r.iso3)!));
  // A country belongs to the comparison when the workbook has a row for it in both waves. Where a score
  // cannot be recomputed the published one counts, flagged, and the recomputed change (null) stays beside it.
  const units = [...new Set(rows.map((r) => r.iso3))]
    .filter((iso3) => rows.some((r) => r.iso3 === iso3 && r.year === from) && rows.some((r) => r.iso3 === iso3 && r.year === to))
    .sort();
  const countries: CountryChange[] = units.map((iso3) => {
    const a = rows.find((r) => r.iso3 === iso3 && r.year === from);
    const b = rows.find((r) => r.iso3 === iso3 && r.year === to);
    const before = scoreOfRecord({recomputed: a?.recomputed ?? null, published: a?.published ?? null});
    const after = scoreOfRecord({recomputed: b?.recomputed ?? null, published: b?.published ?? null});
    const fromValue = round9(before.value);
    const toValue = round9(after.value);
    const change = fromValue !== null && toValue !== null ? toValue - fromValue : null;
    const ra = round9(before.recomputed);
    const rb = round9(after.recomputed);
    const pa = round9(before.published);
    const pb = round9(after.published);
    const publishedScoreYears = [before.usesPublished ? from : null, after.usesPublished ? to : null].filter((y) => y !== null);
    const missing = [fromValue === null ? from : null, toValue === null ? to : null].filter((y) => y !== null);
    const why = (row: typeof a) => row?.note ?? "an area score it needs is unscored";
    return {
      iso3,
      name: byIso3.get(iso3)?.name ?? iso3,
      eu27: byIso3.get(iso3)?.eu27 ?? false,
      fromValue,
      toValue,
      change,
      recomputedChange: ra !== null && rb !== null ? rb - ra : null,
      publishedChange: pa !== null && pb !== null ? pb - pa : null,
      publishedScoreYears,
      category: change === null ? "not computable" : categorize(change, CHANGE_THRESHOLD),
      note:
        change === null
          ? `no score for ${missing.join(" and ")}: ${why(fromValue === null ? a : b)}`
          : publishedScoreYears.length > 0
            ? `the published ${publishedScoreYears.join(" and ")} score is used: it cannot be recomputed (${why(before.usesPublished ? a : b)})`
            : null
    };
  });
  const observations: Observation[] = countries.flatMap((c) => [
    {unit: c.iso3, group: c.eu27 ? "EU27" : "Outside the EU", year: from, value: c.fromValue},
    {unit: c.iso3, group: c.eu27 ? "EU27" : "Outside the EU", year: to, value: c.toValue}
  ]);
  const result = waveChange(observations, {
    from,
    to,
    threshold: CHANGE_THRESHOLD,
    level: 0.95,
    ...(bootstrap ? {bootstrapReplicates: BOOTSTRAP_REPLICATES} : {})
  });
  const computed = countries.filter((c) => c.change !== null);
  const published = computed.map((c) => c.publishedChange);
  const allPublished = published.every((p) => p !== null);
  const recomputed = countries.filter((c) => c.recomputedChange !== null).map((c) => c.recomputedChange!);
  return {
    key,
    label,
    edition,
    measure: measureId,
    from,
    to,
    threshold: CHANGE_THRESHOLD,
    countries,
    n: result.n,
    mean: result.meanChange,
    standardDeviation: result.standardDeviation,
    ci95: result.confidenceInterval,
    bootstrap95: result.bootstrapInterval ?? null,
    publishedMean: allPublished ? mean(published as number[]) : null,
    improved: result.improvers,
    undermined: result.decliners,
    unchanged: result.unchanged,
    sensitivity: SENSITIVITY_THRESHOLDS.map((threshold) => ({
      threshold,
      improved: computed.filter((c) => c.change! > threshold).length,
      undermined: computed.filter((c) => c.change! < -threshold).length,
      unchanged: computed.filter((c) => Math.abs(c.change!) <= threshold).length,
      publishedImproved: allPublished ? computed.filter((c) => c.publishedChange! > threshold).length : null,
      publishedUndermined: allPublished ? computed.filter((c) => c.publishedChange! < -threshold).length : null
    })),
    byGroup: result.byGroup.map((g) => ({group: g.group, n: g.n, mean: g.meanChange, improved: g.improvers, undermined: g.decliners})),
    publishedScoresUsed: countries.flatMap((c) => c.publishedScoreYears.map((y) => `${c.name} ${y}`)),
    recomputedOnly: {
      n: recomputed.length,
      mean: recomputed.length > 0 ? mean(recomputed) : null,
      improved: recomputed.filter((c) => c > CHANGE_THRESHOLD).length,
      undermined: recomputed.filter((c) => c < -CHANGE_THRESHOLD).length,
      unchanged: recomputed.filter((c) => Math.abs(c) <= CHANGE_THRESHOLD).length
    }
  };
}

function categorize(change: number, threshold: number): CountryChange["category"] {
  return change > threshold ? "improved" : change < -threshold ? "undermined" : "no change";
}

/** One indicator score that differs between two waves in one country. */
export interface IndicatorChange {
  iso3: string;
  name: string;
  area: AreaId;
  areaName: string;
  indicator: string;
  level: "indicator" | "sub-indicator";
  title: string;
  from: number;
  to: number;
  change: number;
}

/**
 * The indicator and sub-indicator scores that differ between `from` and `to` in each country (2020
 * edition), largest change first within a country.
 *
 * @example
 * indicatorChanges(tables, 2014, 2019).filter((c) => c.iso3 === "TUR").length
 */
export function indicatorChanges(tables: WorkspaceTables, from: number, to: number, edition: Edition = "2020"): IndicatorChange[] {
  const names = new Map(tables.countries.map((c) => [c.iso3, c.name]));
  const titles = new Map(tables.indicators.map((i) => [i.code, i.title]));
  const areaNames = new Map(AREAS.map((a) => [a.id, a.name]));
  const before = new Map(tables.indicator_scores.filter((s) => s.edition === edition && s.year === from).map((s) => [`${s.iso3} ${s.indicator}`, s]));
  const out: IndicatorChange[] = [];
  for (const s of tables.indicator_scores) {
    if (s.edition !== edition || s.year !== to) continue;
    const b = before.get(`${s.iso3} ${s.indicator}`);
    if (!b) continue;
    const change = round9(s.score)! - round9(b.score)!;
    if (change === 0) continue;
    out.push({
      iso3: s.iso3,
      name: names.get(s.iso3) ?? s.iso3,
      area: s.area,
      areaName: areaNames.get(s.area)!,
      indicator: s.indicator,
      level: s.level,
      title: titles.get(s.indicator) ?? "",
      from: b.score,
      to: s.score,
      change
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || Math.abs(b.change) - Math.abs(a.change) || a.indicator.localeCompare(b.indicator));
}

/** A country's 2020 score in the 2025 EU update beside its last scores in the 2020 edition. */
export interface EditionCheck {
  iso3: string;
  name: string;
  /** 2020 edition, 2019 (with health). */
  edition2020Year2019: number | null;
  /** 2020 edition, 2020, where the country has a 2020 update. */
  edition2020Year2020: number | null;
  /** 2025 update, 2020. */
  edition2025Year2020: number;
  /** 2025 update 2020 − 2020 edition 2019. */
  difference: number | null;
  /** Indicators scored in both (2020 edition 2019, 2025 update 2020) and how many differ. */
  indicatorsCompared: number;
  indicatorsDiffering: number;
}

/**
 * For each country of the 2025 update, its 2020 overall score (with health) beside the 2020 edition's
 * 2019 (and 2020) score, and how many indicator scores differ: a consistency check between the
 * editions, since a difference is either a 2019→2020 policy change or a re-coding in the update.
 */
export function editionCheck(tables: WorkspaceTables): EditionCheck[] {
  const names = new Map(tables.countries.map((c) => [c.iso3, c.name]));
  const overall = (edition: Edition, year: number) =>
    new Map(tables.overall_scores.filter((r) => r.edition === edition && r.year === year && r.variant === "with_health").map((r) => [r.iso3, r.recomputed]));
  const a2019 = overall("2020", 2019);
  const a2020 = overall("2020", 2020);
  const b2020 = overall("2025", 2020);
  const indicators = (edition: Edition, year: number) =>
    new Map(tables.indicator_scores.filter((s) => s.edition === edition && s.year === year).map((s) => [`${s.iso3} ${s.indicator}`, s.score]));
  const i2019 = indicators("2020", 2019);
  const i2020 = indicators("2025", 2020);
  const out: EditionCheck[] = [];
  for (const [iso3, value] of b2020) {
    if (value === null) continue;
    const old = round9(a2019.get(iso3) ?? null);
    let compared = 0;
    let differing = 0;
    for (const [key, score] of i2020) {
      if (!key.startsWith(`${iso3} `)) continue;
      const before = i2019.get(key);
      if (before === undefined) continue;
      compared++;
      if (round9(before) !== round9(score)) differing++;
    }
    out.push({
      iso3,
      name: names.get(iso3) ?? iso3,
      edition2020Year2019: old,
      edition2020Year2020: a2020.get(iso3) ?? null,
      edition2025Year2020: value,
      difference: old === null ? null : round9(value)! - old,
      indicatorsCompared: compared,
      indicatorsDiffering: differing
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** The change analyses the page and the findings use. */
export function trendAnalyses(tables: WorkspaceTables): {
  main: ChangeAnalysis;
  withoutHealth: ChangeAnalysis;
  since2007: ChangeAnalysis;
  update: ChangeAnalysis;
  areas: ChangeAnalysis[];
} {
  return {
    main: changeAnalysis(tables, {
      edition: "2020",
      measure: "overall_with_health",
      from: 2014,
      to: 2019,
      key: "2014_2019",
      label: "Overall score with health, 2014 → 2019 (MIPEX 2020 edition, all countries)"
    }),
    withoutHealth: changeAnalysis(tables, {
      edition: "2020",
      measure: "overall_without_health",
      from: 2014,
      to: 2019,
      key: "2014_2019.without_health",
      label: "Overall score without health, 2014 → 2019 (MIPEX 2020 edition, all countries)"
    }),
    since2007: changeAnalysis(tables, {
      edition: "2020",
      measure: "overall_without_health_education",
      from: 2007,
      to: 2019,
      key: "2007_2019",
      label: "Overall score without health and education, 2007 → 2019 (MIPEX 2020 edition, the countries scored since 2007)"
    }),
    update: changeAnalysis(tables, {
      edition: "2025",
      measure: "overall_with_health",
      from: 2020,
      to: 2024,
      members: (c) => c.eu27,
      key: "2020_2024",
      label: "Overall score with health, 2020 → 2024 (2025 EU update, the EU countries scored in 2024)"
    }),
    areas: AREAS.map((a) =>
      changeAnalysis(tables, {
        edition: "2020",
        measure: a.id,
        from: 2014,
        to: 2019,
        key: `2014_2019.${a.id}`,
        label: `${a.name}, 2014 → 2019`,
        bootstrap: false
      })
    )
  };
}

/**
 * The page's findings. Means and counts cover every country the workbook scores in both waves, a score
 * that cannot be recomputed counting as published (flagged in the description); the variant over the
 * recomputable countries only is beside them (`….recomputed_only`, nothing published to compare with).
 * Compared values are the workbook's cached cells: MIPEX's stated "average" change is compared in
 * lib/findings/summary-figures.ts.
 */
export function trendFindings(tables: WorkspaceTables): Finding[] {
  const {main, withoutHealth, since2007, update, areas} = trendAnalyses(tables);
  const findings: Finding[] = [];
  const meanSource = "mean of the changes of the workbook's cached scores, same countries";
  const countSource = "count over the changes of the workbook's cached scores, same countries";
  const flagged = (c: ChangeAnalysis) =>
    c.publishedScoresUsed.length > 0 ? `; published score used where it cannot be recomputed: ${c.publishedScoresUsed.join(", ")}` : "";
  for (const c of [main, withoutHealth, since2007, update]) {
    const what = c.label;
    findings.push(
      finding(`change.${c.key}.mean`, `${what}: mean change (${c.n} countries${flagged(c)})`, c.mean, c.publishedMean, meanSource, basisOf(c.publishedMean))
    );
    findings.push(finding(`change.${c.key}.mean_ci95_lower`, `${what}: 95% t-interval of the mean change, lower`, c.ci95[0], null, undefined, "none"));
    findings.push(finding(`change.${c.key}.mean_ci95_upper`, `${what}: 95% t-interval of the mean change, upper`, c.ci95[1], null, undefined, "none"));
    if (c.bootstrap95) {
      findings.push(
        finding(
          `change.${c.key}.mean_bootstrap95_lower`,
          `${what}: 95% percentile bootstrap interval (${BOOTSTRAP_REPLICATES} resamples), lower`,
          c.bootstrap95[0],
          null,
          undefined,
          "none"
        )
      );
      findings.push(
        finding(`change.${c.key}.mean_bootstrap95_upper`, `${what}: 95% percentile bootstrap interval, upper`, c.bootstrap95[1], null, undefined, "none")
      );
    }
    const at = c.sensitivity.find((s) => s.threshold === c.threshold)!;
    findings.push(
      finding(
        `change.${c.key}.improved_count`,
        `${what}: countries that improved by more than ${c.threshold} point${flagged(c)}`,
        c.improved,
        at.publishedImproved,
        countSource,
        basisOf(at.publishedImproved)
      )
    );
    findings.push(
      finding(
        `change.${c.key}.undermined_count`,
        `${what}: countries that lost more than ${c.threshold} point${flagged(c)}`,
        c.undermined,
        at.publishedUndermined,
        countSource,
        basisOf(at.publishedUndermined)
      )
    );
    if (c.publishedScoresUsed.length > 0) {
      const r = c.recomputedOnly;
      const only = `only the ${r.n} countries whose change can be recomputed`;
      findings.push(finding(`change.${c.key}.mean.recomputed_only`, `${what}: mean change over ${only}`, r.mean, null, undefined, "none"));
      findings.push(
        finding(
          `change.${c.key}.improved_count.recomputed_only`,
          `${what}: countries that improved by more than ${c.threshold} point, ${only}`,
          r.improved,
          null,
          undefined,
          "none"
        )
      );
      findings.push(
        finding(
          `change.${c.key}.undermined_count.recomputed_only`,
          `${what}: countries that lost more than ${c.threshold} point, ${only}`,
          r.undermined,
          null,
          undefined,
          "none"
        )
      );
    }
    if (c === withoutHealth) continue;
    const cells = cellsOf(tables, c);
    for (const country of c.countries) {
      // A country's own finding compares the recomputation: where a score cannot be recomputed it is
      // not computable here, while the page's counts and means use the published change.
      const note = country.publishedScoreYears.length > 0 ? ` (${country.note}; the counts and means use the published change)` : "";
      findings.push(
        finding(
          `change.${c.key}.${country.iso3}`,
          `${country.name}: ${what}${note}`,
          country.recomputedChange,
          country.publishedChange,
          cells.get(country.iso3),
          basisOf(country.publishedChange)
        )
      );
    }
  }
  for (const a of areas) {
    findings.push(
      finding(
        `change_area.2014_2019.${a.measure}`,
        `${a.label}: mean change in the area score (${a.n} countries${flagged(a)})`,
        a.mean,
        a.publishedMean,
        meanSource,
        basisOf(a.publishedMean)
      )
    );
  }
  const checks = editionCheck(tables);
  const identical = checks.filter((c) => c.difference === 0).length;
  findings.push(
    finding(
      "edition_check.2020.identical_count",
      `Countries whose 2020 score in the 2025 EU update equals their 2019 score in the 2020 edition (of ${checks.length})`,
      identical,
      null,
      undefined,
      "none"
    )
  );
  return findings;
}

function basisOf(published: number | null): "workbook cell" | "none" {
  return published === null ? "none" : "workbook cell";
}

/** "file FROM-CELL → TO-CELL" for each country of a comparison: the workbook cells of its two scores. */
function cellsOf(tables: WorkspaceTables, c: ChangeAnalysis): Map<string, string> {
  const measure = MEASURES.find((m) => m.id === c.measure)!;
  const rows = measureRows(tables, measure).filter((r) => r.edition === c.edition && (r.year === c.from || r.year === c.to));
  const file = c.edition === "2020" ? "mipex_core_2007-2019.xlsx" : "mipex_EU_2020-2024.xlsx";
  const out = new Map<string, string>();
  for (const country of c.countries) {
    const cell = (year: number) => rows.find((r) => r.iso3 === country.iso3 && r.year === year)?.source_cell ?? "?";
    out.set(country.iso3, `${file} ${cell(c.from)} → ${cell(c.to)}`);
  }
  return out;
}

function round9(value: number | null): number | null {
  return value === null ? null : round(value, 9);
}
