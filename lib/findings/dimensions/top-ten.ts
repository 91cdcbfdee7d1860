import type {Edition} from "../../mipex/editions.ts";
import type {WorkspaceTables} from "../../mipex/workspace-tables.ts";
import {ranking} from "../ranking.ts";

/** A country among the ten highest overall scores. */
export interface TopTenMember {
  iso3: string;
  rank: number;
  score: number;
}

/**
 * The Top Ten: countries ranked 1–10 by the recomputed 2019 overall score with health (competition
 * ranks, so a tie at 10th makes the list longer).
 *
 * @example (needs the workbooks)
 * topTen(tables).map((c) => c.iso3) // ["SWE", "FIN", "PRT", "CAN", "NZL", "USA", "NOR", "BEL", "AUS", "BRA"]
 */
export function topTen(
  tables: Pick<WorkspaceTables, "overall_scores" | "countries">,
  {edition = "2020", year = 2019}: {edition?: Edition; year?: number} = {}
): TopTenMember[] {
  return ranking(tables.overall_scores, tables.countries, {edition, year, variant: "with_health"})
    .filter((c) => c.rank <= 10)
    .map(({iso3, rank, score}) => ({iso3, rank, score}));
}
