import type {RankedCountry} from "../../lib/findings/ranking.ts";
import {scoreBand} from "../../lib/mipex/score-bands.ts";

/** A ranked country for chart tests: the band from the score, the published figures equal to the computed ones. */
export function country(rank: number, name: string, score: number): RankedCountry {
  const band = scoreBand(score);
  return {
    rank,
    iso3: name.slice(0, 3).toUpperCase(),
    name,
    score,
    published: score,
    publishedRank: rank,
    band: band.id,
    bandLabel: band.label,
    bandColor: band.color,
    sourceCell: "X!B15",
    eu27: true,
    oecd: true,
    traditionalDestination: false
  };
}
