import {waveChange, type Observation} from "../../stats/index.ts";
import type {Edition} from "../../mipex/editions.ts";
import type {CountryRow, WorkspaceTables} from "../../mipex/workspace-tables.ts";
import {scoreOfRecord} from "../score-of-record.ts";
import {MEASURES, measureRows} from "./measures.ts";
import {mean} from "../../stats/mean.ts";
import {round9} from "./numbers.ts";

/**
 * Improvement or decline smaller than this many points counts as no change (stated on the page).
 *
 * @example
 * categorize(CHANGE_THRESHOLD, CHANGE_THRESHOLD) // "no change"
 */
export const CHANGE_THRESHOLD = 1;
/**
 * Thresholds the page shows the counts for, to show how much the count depends on the choice.
 *
 * @example
 * SENSITIVITY_THRESHOLDS.includes(CHANGE_THRESHOLD) // true
 */
export const SENSITIVITY_THRESHOLDS = [0, 0.5, 1, 2, 5] as const;
/**
 * Bootstrap resamples for the interval of the mean change (seeded: lib/stats DEFAULT_SEED).
 *
 * @example
 * BOOTSTRAP_REPLICATES // 9999
 */
export const BOOTSTRAP_REPLICATES = 9999;

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
 * @example (needs the workbooks)
 * const c = changeAnalysis(tables, {edition: "2020", measure: "overall_with_health", from: 2014, to: 2019, key: "2014_2019", label: "…"});
 * // 56 countries (Argentina's 2014 score is the published one); the mean rose by 2.0 points.
 * [c.n, c.improved, c.undermined, c.unchanged] // [56, 30, 9, 17]
 * c.mean // ≈ 2.007
 * // Sweden: 86.39 in 2019 − 87.12 in 2014, within the ±1 threshold.
 * const sweden = c.countries.find((x) => x.iso3 === "SWE")!;
 * [sweden.change, sweden.category] // [-0.725694445000002, "no change"]
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

/**
 * A change's category at a threshold: improved above it, undermined below minus it, else no change.
 *
 * @example
 * categorize(1.5, 1) // "improved"
 * categorize(-1, 1) // "no change"
 */
export function categorize(change: number, threshold: number): CountryChange["category"] {
  return change > threshold ? "improved" : change < -threshold ? "undermined" : "no change";
}

/**
 * "file FROM-CELL → TO-CELL" for each country of a comparison: the workbook cells of its two scores.
 *
 * @example (needs the workbooks)
 * changeCells(tables, changeAnalysis(tables, {edition: "2020", measure: "overall_with_health", from: 2014, to: 2019, key: "k", label: "l"})).SWE
 * // "mipex_core_2007-2019.xlsx SE!B10 → SE!B15"
 */
export function changeCells(tables: WorkspaceTables, c: ChangeAnalysis): Record<string, string> {
  const measure = MEASURES.find((m) => m.id === c.measure)!;
  const rows = measureRows(tables, measure).filter((r) => r.edition === c.edition && (r.year === c.from || r.year === c.to));
  const file = c.edition === "2020" ? "mipex_core_2007-2019.xlsx" : "mipex_EU_2020-2024.xlsx";
  const out: Record<string, string> = {};
  for (const country of c.countries) {
    const cell = (year: number) => rows.find((r) => r.iso3 === country.iso3 && r.year === year)?.source_cell ?? "?";
    out[country.iso3] = `${file} ${cell(c.from)} → ${cell(c.to)}`;
  }
  return out;
}
