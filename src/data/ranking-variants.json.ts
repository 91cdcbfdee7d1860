// The 2019 MIPEX ranking in each of the three overall-score variants, for the embeddable ranking
// chart (src/embed/ranking.md and the exported module src/embed/ranking-chart.ts).
import {ranking} from "../../lib/findings/ranking.ts";
import {SCORE_BANDS} from "../../lib/mipex/score-bands.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {tables} = await cachedMipex();
  const VARIANTS = [
    {id: "with_health", label: "Overall score with health (MIPEX 2020's headline)"},
    {id: "without_health", label: "Overall score without health"},
    {id: "without_health_education", label: "Overall score without health and education"}
  ] as const;

  return JSON.stringify({
    year: 2019,
    edition: "2020",
    bands: SCORE_BANDS,
    variants: VARIANTS.map(({id, label}) => ({id, label, ranking: ranking(tables.overall_scores, tables.countries, {edition: "2020", year: 2019, variant: id})}))
  });
});
