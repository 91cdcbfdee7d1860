import type {PublishedSummaryFigure} from "../mipex/published-summary-figures.ts";
import {SCORE_BANDS, type ScoreBand} from "../mipex/score-bands.ts";
import type {WorkspaceTables} from "../mipex/workspace-tables.ts";
import {finding, type Finding} from "./finding.ts";
import {findingsModule} from "./findings-module.ts";
import {groupAverages, type GroupAverage} from "./group-averages.ts";
import {topTen, topTenFinding, type TopTenComparison} from "./overview/top-ten.ts";
import {ranking, type RankedCountry} from "./ranking.ts";
import {
  checkedFigureFindings,
  summaryFigureChecks,
  summaryFiguresData,
  type SummaryFigureCheck,
  type SummaryFigureRow,
  type SummaryFiguresData
} from "./summary-figures.ts";

/** The overview's year and edition: MIPEX 2020's headline ranking. */
const YEAR = 2019;
const EDITION = "2020";

/** A country on the world map: its ISO numeric code is the world-atlas geometry id. */
export interface MapRow {
  iso3: string;
  isoNumeric: string | null;
  name: string;
  rank: number;
  score: number;
  published: number | null;
  bandLabel: string;
}

/** A score band with the number of countries in it. */
export interface BandCount extends ScoreBand {
  countries: number;
}

/** The ranking in one overall-score variant, with everything the overview shows of it. */
export interface OverviewVariant {
  ranking: RankedCountry[];
  groups: GroupAverage[];
  topTen: TopTenComparison;
  map: MapRow[];
  bands: BandCount[];
}

/** The overview's analysis: the 2019 ranking with and without health, and MIPEX's summary figures checked. */
export interface OverviewAnalysis {
  year: number;
  edition: string;
  withHealth: OverviewVariant;
  withoutHealth: OverviewVariant;
  summaryChecks: SummaryFigureCheck[];
  summaryFigures: SummaryFiguresData;
}

/**
 * One variant's ranking with its group averages, Top Ten comparison, map rows and band counts.
 *
 * @example (needs the workbooks)
 * const {rank, iso3} = overviewVariant(tables, "with_health").ranking[0];
 * [rank, iso3] // [1, "SWE"]
 */
export function overviewVariant(tables: WorkspaceTables, variant: "with_health" | "without_health"): OverviewVariant {
  const ranked = ranking(tables.overall_scores, tables.countries, {edition: EDITION, year: YEAR, variant});
  const isoNumeric = new Map(tables.countries.map((c) => [c.iso3, c.iso_numeric]));
  return {
    ranking: ranked,
    groups: groupAverages(ranked),
    topTen: topTen(ranked, tables.approach_groups, YEAR),
    map: ranked.map(({rank, iso3, name, score, published, bandLabel}) => ({
      iso3,
      isoNumeric: isoNumeric.get(iso3) ?? null,
      name,
      rank,
      score,
      published,
      bandLabel
    })),
    bands: SCORE_BANDS.map((band) => ({...band, countries: ranked.filter((c) => c.band === band.id).length}))
  };
}

/**
 * The overview's analysis, each ranking and the summary figures computed once.
 *
 * @example (needs the workbooks)
 * overviewAnalysis(tables, figures).withHealth.topTen.computed.length // 10
 */
export function overviewAnalysis(tables: WorkspaceTables, figures: readonly PublishedSummaryFigure[]): OverviewAnalysis {
  const summaryChecks = summaryFigureChecks(tables, figures);
  return {
    year: YEAR,
    edition: EDITION,
    withHealth: overviewVariant(tables, "with_health"),
    withoutHealth: overviewVariant(tables, "without_health"),
    summaryChecks,
    summaryFigures: summaryFiguresData(tables, summaryChecks)
  };
}

/**
 * The overview's findings: every country's 2019 overall score (with and without health) and rank, and
 * the group means, each recomputed from the indicators beside the number the workbook's cached cells
 * give (basis "workbook cell": a check of the recomputation). What MIPEX states as a group's "average"
 * is the median, compared in lib/findings/summary-figures.ts.
 *
 * @example (needs the workbooks)
 * overviewFindings(overviewAnalysis(tables, figures))[0].id // "overall.2019.SWE"
 */
export function overviewFindings(analysis: OverviewAnalysis): Finding[] {
  const findings: Finding[] = [];
  for (const variant of ["with_health", "without_health"] as const) {
    const suffix = variant === "with_health" ? "" : ".without_health";
    const label = variant === "with_health" ? "with health" : "without health";
    const {ranking: ranked, groups} = variant === "with_health" ? analysis.withHealth : analysis.withoutHealth;
    for (const c of ranked) {
      findings.push(
        finding(
          `overall.2019.${c.iso3}${suffix}`,
          `${c.name}: overall score 2019 (${label})`,
          c.score,
          c.published,
          `mipex_core_2007-2019.xlsx ${c.sourceCell}`,
          "workbook cell"
        )
      );
      findings.push(
        finding(
          `rank.2019.${c.iso3}${suffix}`,
          `${c.name}: rank 2019 (${label})`,
          c.rank,
          c.publishedRank,
          "rank of the workbook's cached overall scores (mipex_core_2007-2019.xlsx, Overall Scores block of each sheet)",
          "workbook cell"
        )
      );
    }
    for (const g of groups) {
      findings.push(
        finding(
          `overall_mean.2019.${g.group}${suffix}`,
          `${g.label}: mean overall score 2019 (${label}), ${g.countries} countries, beside the mean of the workbook's cached scores (MIPEX's stated "average" is the median: published_average.2019.*)`,
          g.mean,
          g.publishedMean,
          "mean of the workbook's cached overall scores, same countries",
          "workbook cell"
        )
      );
    }
  }
  return findings;
}

/** A variant's Top Ten comparison with the countries named (the page lists names, not codes). */
export interface NamedTopTen extends TopTenComparison {
  publishedNames: string[];
  onlyComputedNames: string[];
  onlyPublishedNames: string[];
}

/** What the overview page (src/index.md) reads from data/overview.json. */
export interface OverviewPage {
  year: number;
  edition: string;
  /** The leading country with health. */
  lead: RankedCountry;
  /** How many recomputed scores (with health) equal the workbook's published score. */
  matchesPublished: number;
  ranking: RankedCountry[];
  rankingWithoutHealth: RankedCountry[];
  groups: GroupAverage[];
  groupsWithoutHealth: GroupAverage[];
  topTen: NamedTopTen;
  topTenWithoutHealth: NamedTopTen;
  map: MapRow[];
  mapWithoutHealth: MapRow[];
  bands: BandCount[];
  bandsWithoutHealth: BandCount[];
  /** The bands (with health) that hold at least one country, for the cards. */
  occupiedBands: BandCount[];
  /** MIPEX's stated "average" of all countries in the year. */
  statedAverage: SummaryFigureRow;
  /** The stated averages and changes of the overall score. */
  overallFigures: SummaryFigureRow[];
  /** Those of them that count a published score where it cannot be recomputed. */
  overallFiguresUsingPublished: SummaryFigureRow[];
  /** How many figures the median reproduces, the mean, and how far the mean lies from the median. */
  figureCounts: {figures: number; reproduced: number; meanAgrees: number; averageMeanDistance: number};
  /** The largest distance of a mean from the median, as a size (its sign is in `distance`). */
  largestMeanDistance: SummaryFiguresData["largestMeanDistance"] & {size: number};
  /** Each group MIPEX states an average for, with its members and the other readings of its membership. */
  groupMemberships: {label: string; membership: string; countries: string[]; otherMemberships: string}[];
}

/**
 * The overview page's data: the rankings and what the page says about them, the Top Ten with names,
 * and the stated overall figures.
 *
 * @example (needs the workbooks)
 * overviewPage(overviewAnalysis(tables, figures)).lead.name // "Sweden"
 */
export function overviewPage(analysis: OverviewAnalysis): OverviewPage {
  const {withHealth, withoutHealth, summaryFigures, year} = analysis;
  const nameOf = new Map(withHealth.ranking.map((c) => [c.iso3, c.name]));
  const named = (t: TopTenComparison): NamedTopTen => ({
    ...t,
    publishedNames: t.published.map((iso3) => nameOf.get(iso3) ?? iso3),
    onlyComputedNames: t.onlyComputed.map((iso3) => nameOf.get(iso3) ?? iso3),
    onlyPublishedNames: t.onlyPublished.map((iso3) => nameOf.get(iso3) ?? iso3)
  });
  const rowOf = (id: string) => summaryFigures.rows.find((r) => r.id === id);
  const statedAverage = rowOf(`published_average.${year}.all`);
  if (!statedAverage) throw new Error(`No stated average published_average.${year}.all in published_summary_figures.csv`);
  const overallFigures = summaryFigures.rows.filter((r) => r.figure === "overall_average" || r.figure === "overall_change");
  const {figures, reproduced, meanAgrees, averageMeanDistance, largestMeanDistance} = summaryFigures;
  return {
    year,
    edition: analysis.edition,
    lead: withHealth.ranking[0],
    matchesPublished: withHealth.ranking.filter((c) => c.published !== null && Math.abs(c.published - c.score) < 1e-6).length,
    ranking: withHealth.ranking,
    rankingWithoutHealth: withoutHealth.ranking,
    groups: withHealth.groups,
    groupsWithoutHealth: withoutHealth.groups,
    topTen: named(withHealth.topTen),
    topTenWithoutHealth: named(withoutHealth.topTen),
    map: withHealth.map,
    mapWithoutHealth: withoutHealth.map,
    bands: withHealth.bands,
    bandsWithoutHealth: withoutHealth.bands,
    occupiedBands: withHealth.bands.filter((b) => b.countries > 0),
    statedAverage,
    overallFigures,
    overallFiguresUsingPublished: overallFigures.filter((r) => r.publishedScoresUsed),
    figureCounts: {figures, reproduced, meanAgrees, averageMeanDistance},
    largestMeanDistance: {...largestMeanDistance, size: Math.abs(largestMeanDistance.distance)},
    groupMemberships: summaryFigures.groups.map((g) => ({
      label: g.label,
      membership: g.membership,
      countries: g.countries,
      otherMemberships: rowOf(`published_average.${year}.${g.id}`)?.otherMemberships ?? ""
    }))
  };
}

/**
 * The Overview (src/index.md): the 2019 ranking with and without health, its findings, MIPEX's stated
 * summary figures (`published_*`, checked once here; other pages read them from data/summary-figures.json)
 * and the Top Ten beside mipex.eu's, in that order.
 *
 * @example (needs the workbooks)
 * // analyse reads inputs.summaryFigures() too.
 * overview.findings(overview.analyse(inputs))[0].id // "overall.2019.SWE"
 */
export const overview = findingsModule({
  stem: "overview",
  page: "index.md",
  title: "Overview",
  idPrefixes: ["overall", "rank", "overall_mean", "published_average", "published_change", "published_area_average", "top_ten"],
  analyse: ({tables, summaryFigures}) => overviewAnalysis(tables, summaryFigures()),
  findings: (analysis) => [
    ...overviewFindings(analysis),
    ...checkedFigureFindings(analysis.summaryChecks),
    topTenFinding(analysis.withHealth.topTen, "with_health"),
    topTenFinding(analysis.withoutHealth.topTen, "without_health")
  ],
  pageData: overviewPage
});
