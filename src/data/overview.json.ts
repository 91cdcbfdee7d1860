// The overview page's findings: the 2019 ranking with health (MIPEX 2020's headline), score bands and
// group averages, the Top Ten beside mipex.eu's and the world map's rows (with and without health),
// computed from the tidy tables at build time.
import {groupAverages} from "../../lib/findings/group-averages.ts";
import {ranking} from "../../lib/findings/ranking.ts";
import {topTen} from "../../lib/findings/top-ten.ts";
import {SCORE_BANDS} from "../../lib/mipex/score-bands.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {tables, sources} = await cachedMipex();
  const withHealth = ranking(tables.overall_scores, tables.countries, {edition: "2020", year: 2019, variant: "with_health"});
  const withoutHealth = ranking(tables.overall_scores, tables.countries, {edition: "2020", year: 2019, variant: "without_health"});
  const isoNumeric = new Map(tables.countries.map((c) => [c.iso3, c.iso_numeric]));
  // The world map's rows: every scored country with its ISO numeric code (the world-atlas geometry id).
  const mapRows = (ranked: typeof withHealth) => ranked.map(({rank, iso3, name, score, published, bandLabel}) => ({iso3, isoNumeric: isoNumeric.get(iso3) ?? null, name, rank, score, published, bandLabel}));

  return JSON.stringify({
    year: 2019,
    edition: "2020",
    ranking: withHealth,
    rankingWithoutHealth: withoutHealth,
    groups: groupAverages(withHealth),
    groupsWithoutHealth: groupAverages(withoutHealth),
    topTen: topTen(withHealth, tables.approach_groups, 2019),
    topTenWithoutHealth: topTen(withoutHealth, tables.approach_groups, 2019),
    map: mapRows(withHealth),
    mapWithoutHealth: mapRows(withoutHealth),
    bands: SCORE_BANDS.map((band) => ({...band, countries: withHealth.filter((c) => c.band === band.id).length})),
    bandsWithoutHealth: SCORE_BANDS.map((band) => ({...band, countries: withoutHealth.filter((c) => c.band === band.id).length})),
    sources: sources.map(({id, title, path, citation, download, knownVersion, actualSha256}) => ({id, title, path, citation, download, knownVersion, sha256: actualSha256}))
  });
});
