import type {OverallVariant} from "../mipex/areas.ts";
import type {OverallScoreRow} from "../mipex/build-tables.ts";
import type {Edition} from "../mipex/editions.ts";
import {scoreBand} from "../mipex/score-bands.ts";
import type {CountryRow} from "../mipex/workspace-tables.ts";
import {competitionRanks} from "../stats/rank.ts";

export interface RankedCountry {
  rank: number;
  iso3: string;
  name: string;
  /** Recomputed from the indicators. */
  score: number;
  /** As the workbook publishes it. */
  published: number | null;
  publishedRank: number | null;
  band: string;
  bandLabel: string;
  bandColor: string;
  sourceCell: string | null;
  eu27: boolean;
  oecd: boolean;
  traditionalDestination: boolean;
}

export interface RankingOptions {
  edition: Edition;
  year: number;
  variant: OverallVariant;
}

/**
 * Countries ranked by their recomputed overall score for one edition, year and variant, with the
 * published score and rank beside each. A country without a recomputed score is an error, not a gap at
 * the bottom of the list.
 *
 * @example (needs the workbooks)
 * ranking(tables.overall_scores, tables.countries, {edition: "2020", year: 2019, variant: "with_health"})[0].iso3 // "SWE"
 */
export function ranking(overall: readonly OverallScoreRow[], countries: readonly CountryRow[], {edition, year, variant}: RankingOptions): RankedCountry[] {
  const rows = overall.filter((r) => r.edition === edition && r.year === year && r.variant === variant);
  if (rows.length === 0) throw new Error(`No ${variant} overall scores for ${year} in the ${edition} edition`);
  const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
  const scored = rows.map((r) => {
    if (r.recomputed === null) throw new Error(`${r.iso3} has no recomputed ${variant} score for ${year}: ${r.note ?? "unknown reason"}`);
    const country = byIso3.get(r.iso3);
    if (!country) throw new Error(`${r.iso3} is not in the countries table`);
    return {row: r, country, score: r.recomputed};
  });
  const ranks = competitionRanks(scored.map((s) => s.score));
  const withPublished = scored.filter((s) => s.row.published !== null);
  const publishedRanks = new Map(withPublished.map((s, i) => [s.row.iso3, competitionRanks(withPublished.map((w) => w.row.published!))[i]]));
  return scored
    .map(({row, country, score}, i) => {
      const band = scoreBand(score);
      return {
        rank: ranks[i],
        iso3: row.iso3,
        name: country.name,
        score,
        published: row.published,
        publishedRank: publishedRanks.get(row.iso3) ?? null,
        band: band.id,
        bandLabel: band.label,
        bandColor: band.color,
        sourceCell: row.source_cell,
        eu27: country.eu27,
        oecd: country.oecd,
        traditionalDestination: country.traditional_destination
      };
    })
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
}
