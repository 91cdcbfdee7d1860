/**
 * Country profiles (src/country/[iso3].md), computed at build time from the tidy tables. Each number
 * comes from a table row (recomputed beside published) or from a rule stated in the file that makes it:
 * series.ts (scores over the years), ranks.ts, approach.ts and dimensions.ts (the classifier beside the
 * published approach), indicators.ts (answers), changes.ts (2014 → 2019), neighbours.ts (most similar
 * countries) and outcomes.ts.
 */
import type {Edition} from "../../mipex/editions.ts";
import {scoreBand} from "../../mipex/score-bands.ts";
import type {WorkspaceTables} from "../../mipex/workspace-tables.ts";
import type {ApproachModel} from "../dimensions/classifier.ts";
import {classifyCountries, profileApproach, publishedProfileApproaches, type ProfileApproach} from "./approach.ts";
import {indicatorChanges, splitChanges, type ProfileChange} from "./changes.ts";
import {dimensionField, profileDimensions, type DimensionPoint, type ProfileDimension} from "./dimensions.ts";
import {indicatorScoreIndex, profileIndicators, type ProfileIndicator} from "./indicators.ts";
import {NEIGHBOURS_K, nearestNeighbours, type Neighbour} from "./neighbours.ts";
import {latestOutcomes, type OutcomeTables, type ProfileOutcome} from "./outcomes.ts";
import {CHANGE_FROM_YEAR, PROFILE_EDITION, PROFILE_YEAR} from "./profile-year.ts";
import {countryRanks, overallScores, type RankRow} from "./ranks.ts";
import {OVERALL_MEASURES, areaMeasures, scoreSeries, seriesHistory, type HistoryPoint, type SeriesRow} from "./series.ts";

export interface CountryProfile {
  iso3: string;
  name: string;
  region: string;
  subregion: string;
  groups: {eu27: boolean; oecd: boolean; traditionalDestination: boolean};
  /** The groups the country belongs to, as the page's lede names them. */
  groupNames: string[];
  editions: Edition[];
  overall2019: number | null;
  published2019: number | null;
  bandLabel: string | null;
  series: SeriesRow[];
  /** The overall chart's points: both overall variants, the years with a recomputed score. */
  overallHistory: HistoryPoint[];
  /** The area chart's points: every area, the years with a recomputed score. */
  areaHistory: HistoryPoint[];
  ranks: RankRow[];
  /** The rank among all 56 countries (the first of `ranks`), null when the country has no 2019 score. */
  rankAll: RankRow | null;
  approach: ProfileApproach;
  dimensions: ProfileDimension[];
  /** Every country's dimension scores, for the position chart. */
  dimensionField: DimensionPoint[];
  indicators: ProfileIndicator[];
  changes: ProfileChange[];
  /** The changes that rose and that fell, each in `changes` order. */
  improved: ProfileChange[];
  worsened: ProfileChange[];
  changeYears: [number, number];
  neighbours: Neighbour[];
  outcomes: ProfileOutcome[];
  method: {neighbours: string; ranks: string; approach: string};
}

export interface ProfileInputs {
  model: ApproachModel;
  /** Outcome observations and catalogue (loaders/outcomes loadOutcomes()); none when absent. */
  outcomes?: OutcomeTables;
}

/**
 * The groups a country belongs to, named as the profile's lede names them.
 *
 * @example
 * groupNames({eu27: true, oecd: true, traditionalDestination: false}) // ["EU27", "OECD (2019)"]
 */
export function groupNames(groups: CountryProfile["groups"]): string[] {
  return [groups.eu27 && "EU27", groups.oecd && "OECD (2019)", groups.traditionalDestination && "traditional destination"].filter(
    (name): name is string => typeof name === "string"
  );
}

/**
 * One profile per country of the countries table, in ISO3 order.
 *
 * @example (needs the workbooks)
 * import {trainedApproachModel} from "./approach.ts";
 * countryProfiles(tables, {model: trainedApproachModel(tables)}).find((p) => p.iso3 === "SWE")?.ranks[0].rank // 1
 */
export function countryProfiles(tables: WorkspaceTables, {model, outcomes}: ProfileInputs): CountryProfile[] {
  const countries = [...tables.countries].sort((a, b) => a.iso3.localeCompare(b.iso3));
  const names = new Map(countries.map((c) => [c.iso3, c.name]));
  const series = scoreSeries(tables);
  const ranksOf = countryRanks(tables, countries);
  const overall2019 = overallScores(tables, PROFILE_EDITION, PROFILE_YEAR);
  const published2019 = new Map(
    tables.overall_scores
      .filter((r) => r.edition === PROFILE_EDITION && r.year === PROFILE_YEAR && r.variant === "with_health")
      .map((r) => [r.iso3, r.published])
  );
  const {matrix, classified} = classifyCountries(tables, model);
  const published = publishedProfileApproaches(tables);
  const field = dimensionField(model, matrix.countries, classified, names);
  const index = indicatorScoreIndex(tables);
  const indicatorsOf = profileIndicators(tables, index);
  const outcomesOf = latestOutcomes(outcomes);

  return countries.map((c) => {
    const iso3 = c.iso3;
    const cls = classified.get(iso3);
    if (!cls) throw new Error(`${iso3} has no ${PROFILE_YEAR} indicator scores to classify`);
    const rows = series.get(iso3) ?? [];
    const ranks = ranksOf(c);
    const changes = indicatorChanges(tables, index, iso3);
    const groups = {eu27: c.eu27, oecd: c.oecd, traditionalDestination: c.traditional_destination};
    const score2019 = overall2019.get(iso3) ?? null;
    return {
      iso3,
      name: c.name,
      region: c.region,
      subregion: c.subregion,
      groups,
      groupNames: groupNames(groups),
      editions: [...(c.in_edition_2020 ? ["2020" as const] : []), ...(c.in_edition_2025 ? ["2025" as const] : [])],
      overall2019: score2019,
      published2019: published2019.get(iso3) ?? null,
      bandLabel: score2019 === null ? null : scoreBand(score2019).label,
      series: rows,
      overallHistory: seriesHistory(rows, OVERALL_MEASURES),
      areaHistory: seriesHistory(rows, areaMeasures(rows)),
      ranks,
      rankAll: ranks.find((r) => r.group === "all") ?? null,
      approach: profileApproach(cls, published.get(iso3)),
      dimensions: profileDimensions(model, matrix.countries, classified, iso3),
      dimensionField: field,
      indicators: indicatorsOf(iso3),
      changes,
      ...splitChanges(changes),
      changeYears: [CHANGE_FROM_YEAR, PROFILE_YEAR],
      neighbours: nearestNeighbours(matrix, iso3, names, overall2019),
      outcomes: outcomesOf(iso3),
      method: {
        neighbours: `Euclidean distance between ${PROFILE_YEAR} indicator vectors (${matrix.indicators.length} indicators with a weight, scores 0–100), k = ${NEIGHBOURS_K}; an indicator either country lacks is left out and the squared distance scaled to all ${matrix.indicators.length}.`,
        ranks: `Competition ranks ("1224") of the recomputed ${PROFILE_YEAR} overall score with health.`,
        approach: `${model.method} on the ${PROFILE_YEAR} indicators, varimax-rotated and named by the areas that load on each dimension; k-means (k = 4) on the three dimension scores; the nearest centroid gives the approach.`
      }
    };
  });
}
