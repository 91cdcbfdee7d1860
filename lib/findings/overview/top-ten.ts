import type {ApproachGroupRow} from "../../mipex/approach-groups.ts";
import {finding, type Finding} from "../finding.ts";
import type {RankedCountry} from "../ranking.ts";

/**
 * The Top Ten on the overview: the ten highest recomputed 2019 scores beside the countries mipex.eu
 * names among the Top Ten (`top_ten` in approach_groups). MIPEX's Top Ten are the most comprehensive
 * approaches, so the two lists need not coincide; the page states whether they do.
 */
export interface TopTenComparison {
  /** The ten best-ranked countries (more if a tie straddles rank 10). */
  computed: RankedCountry[];
  /** ISO3 codes flagged top_ten for the year in approach_groups. */
  published: string[];
  inBoth: string[];
  onlyComputed: string[];
  onlyPublished: string[];
  agree: boolean;
}

/**
 * @example (needs the workbooks)
 * import {ranking} from "../ranking.ts";
 * const ranked = ranking(tables.overall_scores, tables.countries, {edition: "2020", year: 2019, variant: "without_health"});
 * const t = topTen(ranked, tables.approach_groups, 2019);
 * // Without health, Luxembourg and Norway are in the recomputed ten; mipex.eu names Australia and Ireland.
 * [t.agree, t.onlyComputed, t.onlyPublished] // [false, ["LUX", "NOR"], ["AUS", "IRL"]]
 */
export function topTen(ranked: readonly RankedCountry[], approachGroups: readonly ApproachGroupRow[], year: number): TopTenComparison {
  const computed = ranked.filter((c) => c.rank <= 10);
  const published = [...new Set(approachGroups.filter((r) => r.reference_year === year && r.top_ten).map((r) => r.iso3))].sort();
  const mine = new Set(computed.map((c) => c.iso3));
  const theirs = new Set(published);
  const inBoth = [...mine].filter((c) => theirs.has(c)).sort();
  const onlyComputed = [...mine].filter((c) => !theirs.has(c)).sort();
  const onlyPublished = published.filter((c) => !mine.has(c));
  return {computed, published, inBoth, onlyComputed, onlyPublished, agree: onlyComputed.length === 0 && onlyPublished.length === 0};
}

/**
 * The finding `top_ten.2019` (with health) or `top_ten.2019.without_health`: the ten highest recomputed
 * scores as ISO3 codes alphabetically, beside mipex.eu's Top Ten.
 *
 * @example (needs the workbooks)
 * import {ranking} from "../ranking.ts";
 * const ranked = ranking(tables.overall_scores, tables.countries, {edition: "2020", year: 2019, variant: "without_health"});
 * const f = topTenFinding(topTen(ranked, tables.approach_groups, 2019), "without_health");
 * [f.id, f.status, f.basis] // ["top_ten.2019.without_health", "differs", "published statement"]
 */
export function topTenFinding(t: TopTenComparison, variant: "with_health" | "without_health"): Finding {
  return finding(
    `top_ten.2019${variant === "with_health" ? "" : ".without_health"}`,
    `The ten highest recomputed overall scores 2019 (${variant === "with_health" ? "with" : "without"} health), ISO3 alphabetically, beside the Top Ten mipex.eu names`,
    t.computed
      .map((c) => c.iso3)
      .sort()
      .join(", "),
    t.published.length > 0 ? t.published.join(", ") : null,
    "mipex.eu country pages (approach_groups_published.csv, top_ten flag)",
    "published statement"
  );
}
