/** The published classification (approach_groups_published.csv) and a partition's agreement with it. */
import type {Approach, ApproachGroupRow} from "../../mipex/approach-groups.ts";
import {adjustedRandIndex} from "../../stats/adjusted-rand.ts";

export interface PublishedApproach {
  iso3: string;
  /** null where the source gives two approaches (a conflict). */
  approach: Approach | null;
  topTen: boolean;
  confidence: "high" | "low";
  conflict: boolean;
  /** Both approaches of a conflict. */
  alternatives: Approach[];
  note: string | null;
}

/**
 * The published classification for one reference year, one entry per country; a country the source
 * classifies twice (a conflict) gets approach null and both alternatives.
 *
 * @example (needs the workbooks)
 * // Ukraine's page says "Temporary" in one place and "equality on paper" in another.
 * const ukraine = publishedApproaches(tables.approach_groups).get("UKR")!;
 * [ukraine.conflict, ukraine.approach, ukraine.alternatives] // [true, null, ["Temporary integration", "Equality on paper"]]
 */
export function publishedApproaches(rows: readonly ApproachGroupRow[], referenceYear = 2019): Map<string, PublishedApproach> {
  const result = new Map<string, PublishedApproach>();
  for (const row of rows.filter((r) => r.reference_year === referenceYear)) {
    const earlier = result.get(row.iso3);
    if (earlier) {
      earlier.approach = null;
      earlier.conflict = true;
      earlier.alternatives.push(row.approach);
      earlier.topTen ||= row.top_ten;
      if (row.confidence === "low") earlier.confidence = "low";
      continue;
    }
    result.set(row.iso3, {
      iso3: row.iso3,
      approach: row.conflict ? null : row.approach,
      topTen: row.top_ten,
      confidence: row.confidence,
      conflict: row.conflict,
      alternatives: [row.approach],
      note: row.note
    });
  }
  return result;
}

/**
 * Adjusted Rand index between computed cluster labels and the published approaches, over the
 * countries with one published approach (conflicts left out).
 *
 * @example
 * const published = new Map([
 *   ["A", {approach: "Comprehensive integration"}], ["B", {approach: "Comprehensive integration"}],
 *   ["C", {approach: "Equality on paper"}], ["D", {approach: "Equality on paper"}], ["E", {approach: null}]
 * ]);
 * // Same partition on the four with one published approach (E's is a conflict): ARI 1.
 * agreementWithPublished(["A", "B", "C", "D", "E"], [2, 2, 1, 1, 1], published) // {ari: 1, countries: 4}
 */
export function agreementWithPublished(
  countries: readonly string[],
  labels: readonly (number | string)[],
  published: ReadonlyMap<string, PublishedApproach>
): {ari: number; countries: number} {
  const kept = countries.map((iso3, i) => ({label: labels[i], published: published.get(iso3)?.approach ?? null})).filter((c) => c.published !== null);
  return {
    ari: adjustedRandIndex(
      kept.map((c) => c.label),
      kept.map((c) => c.published as string)
    ),
    countries: kept.length
  };
}
