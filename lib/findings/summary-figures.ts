import {mean, median} from "simple-statistics";
import {AREAS} from "../mipex/areas.ts";
import type {PublishedSummaryFigure} from "../mipex/published-summary-figures.ts";
import type {WorkspaceTables} from "../mipex/workspace-tables.ts";
import {finding, type Finding} from "./finding.ts";
import {scoreOfRecord} from "./score-of-record.ts";
import {BASIS_MEANING} from "./findings-summary.ts";
import {SUMMARY_GROUPS, summaryGroup, type GroupMembership} from "./summary-groups.ts";
import {fixed, signed} from "../format/number.ts";

/**
 * MIPEX 2020's summary figures (the "average" overall score of all countries and of groups, of the policy
 * areas, and the "average" change 2014–2019), each recomputed with the statistic MIPEX used. The pages never
 * name that statistic; every candidate is computed for every figure, so the page can show which one
 * reproduces what MIPEX states: the median of the country scores for an average, and the change of the
 * median between the two years for a change. The mean sits beside it with its distance.
 */

/** The statistics tried for each kind of figure; the first is the one taken as MIPEX's "average". */
export const AVERAGE_STATISTICS = ["median", "mean"] as const;
export const CHANGE_STATISTICS = ["change of the median", "median of the changes", "mean of the changes"] as const;
export type SummaryStatistic = (typeof AVERAGE_STATISTICS)[number] | (typeof CHANGE_STATISTICS)[number];

export interface StatisticCheck {
  statistic: SummaryStatistic;
  value: number;
  /** Rounded half away from zero, as a whole number is stated. */
  rounded: number;
  /** Whether it rounds to the stated figure. */
  agrees: boolean;
}

/** One membership reading of the figure's group, with the reproduction statistic under it. */
export interface MembershipCheck {
  label: string;
  membership: string;
  countries: number;
  value: number;
  mean: number;
  agrees: boolean;
}

export interface SummaryFigureCheck {
  /** The finding id: published_average.2019.<group>, published_area_average.2019.<area>, published_change.2014_2019.<overall|area>. */
  id: string;
  figure: PublishedSummaryFigure;
  /** "Overall score with health" or the area's name. */
  measureLabel: string;
  groupLabel: string;
  membership: string;
  /** ISO3 codes the statistic is over, alphabetically. */
  countries: string[];
  /** "ISO3 year" of each score that is the workbook's published value because it cannot be recomputed. */
  publishedScoresUsed: string[];
  /** Every candidate statistic, the reproduction first. */
  statistics: StatisticCheck[];
  /** The statistic taken as MIPEX's (median, or change of the median). */
  statistic: SummaryStatistic;
  reproduction: number;
  /** The mean (or mean of the changes) and its distance from the reproduction. */
  mean: number;
  meanMinusReproduction: number;
  /** The same reproduction statistic under each reading of the group's membership (the first is the one used). */
  memberships: MembershipCheck[];
  agrees: boolean;
  /** Why the figure is not reproduced, when it is not (null when it is). */
  explanation: string | null;
}

/**
 * Rounds half away from zero, as a figure such as −2 is stated.
 *
 * @example
 * roundHalfAway(-2.5) // -3
 * roundHalfAway(74.988) // 75
 */
export function roundHalfAway(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/**
 * Checks every summary figure against the statistics computed from the 2020 edition's scores (the
 * recomputed score, or the published one where it cannot be recomputed, flagged).
 *
 * @example (needs the workbooks)
 * // MIPEX states 25 for political participation across all 56: the median reproduces it, the mean (33.1) does not.
 * const check = summaryFigureChecks(tables, figures).find((c) => c.id === "published_area_average.2019.political_participation")!;
 * check.statistics.map((s) => [s.statistic, s.agrees]).slice(0, 2) // [["median", true], ["mean", false]]
 */
export function summaryFigureChecks(tables: WorkspaceTables, figures: readonly PublishedSummaryFigure[]): SummaryFigureCheck[] {
  return figures.map((figure) => checkFigure(tables, figure));
}

function checkFigure(tables: WorkspaceTables, figure: PublishedSummaryFigure): SummaryFigureCheck {
  const group = summaryGroup(figure.group);
  const readings = [group as GroupMembership, ...group.alternatives];
  const measureLabel = figure.measure === "overall_with_health" ? "Overall score with health" : AREAS.find((a) => a.id === figure.measure)!.name;
  const scores = scoresOf(tables, figure);
  const evaluate = (reading: GroupMembership) => {
    const members = tables.countries
      .filter(reading.member)
      .map((c) => c.iso3)
      .sort();
    if (members.length === 0) throw new Error(`No country in the group "${reading.label}" (${figure.figure}, row ${figure.row})`);
    return {members, statistics: statistics(figure, members, scores)};
  };
  const primary = evaluate(group);
  const [reproduction, ...others] = primary.statistics;
  const meanCheck = others.find((s) => s.statistic.startsWith("mean"))!;
  const memberships = readings.map((reading, i) => {
    const {members, statistics: s} = i === 0 ? primary : evaluate(reading);
    return {
      label: reading.label,
      membership: reading.membership,
      countries: members.length,
      value: s[0].value,
      mean: s.find((x) => x.statistic.startsWith("mean"))!.value,
      agrees: s[0].agrees
    };
  });
  const years = figure.from === null ? [figure.to] : [figure.from, figure.to];
  const publishedScoresUsed = primary.members.flatMap((iso3) => years.filter((y) => scores.get(`${iso3} ${y}`)?.usesPublished).map((y) => `${iso3} ${y}`));
  const id =
    figure.figure === "overall_average"
      ? `published_average.${figure.to}.${figure.group}`
      : figure.figure === "area_average"
        ? `published_area_average.${figure.to}.${figure.measure}`
        : `published_change.${figure.from}_${figure.to}.${figure.figure === "overall_change" ? "overall" : figure.measure}`;
  return {
    id,
    figure,
    measureLabel,
    groupLabel: group.label,
    membership: group.membership,
    countries: primary.members,
    publishedScoresUsed,
    statistics: primary.statistics,
    statistic: reproduction.statistic,
    reproduction: reproduction.value,
    mean: meanCheck.value,
    meanMinusReproduction: meanCheck.value - reproduction.value,
    memberships,
    agrees: reproduction.agrees,
    explanation: reproduction.agrees ? null : explain(figure, primary.statistics)
  };
}

/** Each country's score of record ("ISO3 year" → score) for the figure's measure in the figure's years. */
function scoresOf(tables: WorkspaceTables, figure: PublishedSummaryFigure) {
  const years = new Set([figure.from, figure.to]);
  const rows =
    figure.measure === "overall_with_health"
      ? tables.overall_scores.filter((r) => r.edition === "2020" && r.variant === "with_health" && years.has(r.year))
      : tables.area_scores.filter((r) => r.edition === "2020" && r.area === figure.measure && years.has(r.year));
  return new Map(rows.map((r) => [`${r.iso3} ${r.year}`, scoreOfRecord(r)]));
}

function statistics(figure: PublishedSummaryFigure, members: readonly string[], scores: ReturnType<typeof scoresOf>): StatisticCheck[] {
  const valueOf = (iso3: string, year: number) => scores.get(`${iso3} ${year}`)?.value ?? null;
  const check = (statistic: SummaryStatistic, value: number): StatisticCheck => ({
    statistic,
    value,
    rounded: roundHalfAway(value),
    agrees: roundHalfAway(value) === figure.value
  });
  if (figure.from === null) {
    const values = members.map((iso3) => valueOf(iso3, figure.to));
    const missing = members.filter((_, i) => values[i] === null);
    if (missing.length > 0) throw new Error(`No ${figure.measure} score for ${missing.join(", ")} in ${figure.to} (${figure.figure}, row ${figure.row})`);
    return [check("median", median(values as number[])), check("mean", mean(values as number[]))];
  }
  // A change compares the countries scored in both years (all 56 in 2014 and 2019).
  const paired = members
    .map((iso3) => [valueOf(iso3, figure.from!), valueOf(iso3, figure.to)])
    .filter((p): p is [number, number] => p[0] !== null && p[1] !== null);
  if (paired.length === 0) throw new Error(`No country is scored in both ${figure.from} and ${figure.to} (${figure.figure}, row ${figure.row})`);
  const changes = paired.map(([a, b]) => b - a);
  return [
    check("change of the median", median(paired.map((p) => p[1])) - median(paired.map((p) => p[0]))),
    check("median of the changes", median(changes)),
    check("mean of the changes", mean(changes))
  ];
}

function explain(figure: PublishedSummaryFigure, checks: readonly StatisticCheck[]): string {
  const [first, ...rest] = checks;
  const agreeing = rest.filter((s) => s.agrees).map((s) => s.statistic);
  return (
    `The ${first.statistic} is ${fixed(first.value, 2)}, which rounds to ${first.rounded}, not the stated ${figure.value}` +
    (agreeing.length > 0
      ? `; the ${agreeing.join(" and the ")} round${agreeing.length > 1 ? "" : "s"} to it instead.`
      : `; no statistic tried (${checks.map((s) => `${s.statistic} ${fixed(s.value, 2)}`).join(", ")}) rounds to it.`)
  );
}

/**
 * One finding per summary figure: the statistic MIPEX used beside the stated integer (status `match` when it
 * rounds to it), basis "published statement", source = the page that states it.
 *
 * @example (needs the workbooks)
 * summaryFigureFindings(tables, figures).every((f) => f.basis === "published statement") // true
 */
export function summaryFigureFindings(tables: WorkspaceTables, figures: readonly PublishedSummaryFigure[]): Finding[] {
  return checkedFigureFindings(summaryFigureChecks(tables, figures));
}

/**
 * {@link summaryFigureFindings} from checks already made (so that a module checks the figures once).
 *
 * @example (needs the workbooks)
 * checkedFigureFindings(summaryFigureChecks(tables, figures)).length === figures.length // true
 */
export function checkedFigureFindings(checks: readonly SummaryFigureCheck[]): Finding[] {
  return checks.map((c) => {
    const years = c.figure.from === null ? `${c.figure.to}` : `${c.figure.from}–${c.figure.to}`;
    const flagged = c.publishedScoresUsed.length > 0 ? `; published score used where it cannot be recomputed: ${c.publishedScoresUsed.join(", ")}` : "";
    const description =
      `${c.measureLabel}, ${c.groupLabel}, ${years}: MIPEX's stated "average" against the ${c.statistic} of ${c.countries.length} countries ` +
      `(the mean is ${fixed(c.mean, 2)}, ${signed(c.meanMinusReproduction, 2)} from it${flagged})` +
      (c.explanation ? `. ${c.explanation}` : "");
    const f = finding(c.id, description, c.reproduction, c.figure.value, c.figure.source, "published statement");
    // MIPEX states whole numbers: a figure is reproduced when the statistic rounds to it.
    return {...f, status: c.agrees ? "match" : "differs"};
  });
}

/** One row of the pages' table of summary figures: the stated figure beside its reproduction and the mean. */
export interface SummaryFigureRow {
  id: string;
  figure: PublishedSummaryFigure["figure"];
  measure: string;
  group: string;
  membership: string;
  years: string;
  countries: number;
  stated: number;
  statistic: SummaryStatistic;
  reproduction: number;
  mean: number;
  meanMinusReproduction: number;
  /** Whether the mean (of the changes) would also round to the stated figure. */
  meanAgrees: boolean;
  /** For a change: the median of the changes, which no stated change agrees with. */
  medianOfChanges: number | null;
  /** "ARG 2014" where a published score stands in for one that cannot be recomputed. */
  publishedScoresUsed: string;
  /** The other readings of the group's membership and whether they reproduce the figure. */
  otherMemberships: string;
  status: "match" | "differs";
  explanation: string | null;
  source: string;
}

/** What the pages print about the summary figures: the rows and how many each statistic reproduces. */
export interface SummaryFigureReport {
  rows: SummaryFigureRow[];
  figures: number;
  /** Figures the statistic taken as MIPEX's reproduces (median; change of the median). */
  reproduced: number;
  meanAgrees: number;
  changes: number;
  medianOfChangesAgrees: number;
  /** Mean and largest |mean − median| over the averages (not the changes). */
  averageMeanDistance: number;
  largestMeanDistance: {id: string; measure: string; group: string; distance: number};
}

/**
 * @example (needs the workbooks)
 * const report = summaryFigureReport(summaryFigureChecks(tables, figures));
 * [report.figures, report.reproduced, report.meanAgrees] // [20, 20, 4]
 */
export function summaryFigureReport(checks: readonly SummaryFigureCheck[]): SummaryFigureReport {
  const rows = checks.map((c): SummaryFigureRow => {
    const byStatistic = (s: SummaryStatistic) => c.statistics.find((x) => x.statistic === s);
    return {
      id: c.id,
      figure: c.figure.figure,
      measure: c.measureLabel,
      group: c.groupLabel,
      membership: c.membership,
      years: c.figure.from === null ? `${c.figure.to}` : `${c.figure.from}–${c.figure.to}`,
      countries: c.countries.length,
      stated: c.figure.value,
      statistic: c.statistic,
      reproduction: c.reproduction,
      mean: c.mean,
      meanMinusReproduction: c.meanMinusReproduction,
      meanAgrees: c.statistics.find((s) => s.statistic.startsWith("mean"))!.agrees,
      medianOfChanges: byStatistic("median of the changes")?.value ?? null,
      publishedScoresUsed: c.publishedScoresUsed.join(", "),
      otherMemberships: c.memberships
        .slice(1)
        .map((m) => `${m.label} (${m.countries}): ${fixed(m.value, 2)}, ${m.agrees ? "also reproduces it" : "does not reproduce it"}`)
        .join("; "),
      status: c.agrees ? "match" : "differs",
      explanation: c.explanation,
      source: c.figure.source
    };
  });
  const averages = rows.filter((r) => r.medianOfChanges === null);
  const changes = rows.filter((r) => r.medianOfChanges !== null);
  const largest = [...averages].sort((a, b) => Math.abs(b.meanMinusReproduction) - Math.abs(a.meanMinusReproduction))[0];
  return {
    rows,
    figures: rows.length,
    reproduced: rows.filter((r) => r.status === "match").length,
    meanAgrees: rows.filter((r) => r.meanAgrees).length,
    changes: changes.length,
    medianOfChangesAgrees: checks.filter((c) => c.statistics.some((s) => s.statistic === "median of the changes" && s.agrees)).length,
    averageMeanDistance: averages.length > 0 ? mean(averages.map((r) => Math.abs(r.meanMinusReproduction))) : 0,
    largestMeanDistance: largest
      ? {id: largest.id, measure: largest.measure, group: largest.group, distance: largest.meanMinusReproduction}
      : {id: "", measure: "", group: "", distance: 0}
  };
}

/** The summary figures as the Overview, Strengths and weaknesses, Trends and Methods pages read them. */
export interface SummaryFiguresData extends SummaryFigureReport {
  /** Each group with its countries' names (alphabetically), and the other readings of its membership. */
  groups: {id: string; label: string; membership: string; countries: string[]; alternatives: {label: string; membership: string; countries: string[]}[]}[];
  basisMeaning: typeof BASIS_MEANING;
}

/**
 * The report on `checks` with each group's members by name, for the pages (data/summary-figures.json).
 *
 * @example (needs the workbooks)
 * summaryFiguresData(tables, summaryFigureChecks(tables, figures)).groups.map((g) => g.id) // ["all", "eu", "oecd", "launch_52", "eu15", "eu13", "traditional_destinations"]
 */
export function summaryFiguresData(tables: WorkspaceTables, checks: readonly SummaryFigureCheck[]): SummaryFiguresData {
  const names = new Map(tables.countries.map((c) => [c.iso3, c.name]));
  const membersOf = (member: (c: (typeof tables.countries)[number]) => boolean) =>
    tables.countries
      .filter(member)
      .map((c) => names.get(c.iso3)!)
      .sort();
  return {
    ...summaryFigureReport(checks),
    groups: SUMMARY_GROUPS.map((g) => ({
      id: g.id,
      label: g.label,
      membership: g.membership,
      countries: membersOf(g.member),
      alternatives: g.alternatives.map((a) => ({label: a.label, membership: a.membership, countries: membersOf(a.member)}))
    })),
    basisMeaning: BASIS_MEANING
  };
}
