// The overview page's findings: the 2019 ranking with health (MIPEX 2020's headline), score bands and
// group averages, computed from the tidy tables at build time.
import {groupAverages} from "../../lib/findings/group-averages.ts";
import {ranking} from "../../lib/findings/ranking.ts";
import {SCORE_BANDS} from "../../lib/mipex/score-bands.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";

const {tables, sources} = await cachedMipex();
const withHealth = ranking(tables.overall_scores, tables.countries, {edition: "2020", year: 2019, variant: "with_health"});
const withoutHealth = ranking(tables.overall_scores, tables.countries, {edition: "2020", year: 2019, variant: "without_health"});

process.stdout.write(
  JSON.stringify({
    year: 2019,
    edition: "2020",
    ranking: withHealth,
    rankingWithoutHealth: withoutHealth,
    groups: groupAverages(withHealth),
    bands: SCORE_BANDS.map((band) => ({...band, countries: withHealth.filter((c) => c.band === band.id).length})),
    sources: sources.map(({id, title, path, citation, download, knownVersion, actualSha256}) => ({id, title, path, citation, download, knownVersion, sha256: actualSha256}))
  })
);
