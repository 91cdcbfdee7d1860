// The strengths-and-weaknesses page's data (2019, MIPEX 2020 edition): every country's area scores,
// each area's distribution overall and by group, the indicator means in the weakest areas, and the
// findings, computed from the tidy tables at build time (lib/findings/area-findings.ts).
import {AREA_GROUPS, PUBLISHED_WEAKNESSES, areaFindings, areaPoints, areaSummaries, indicatorMeans, weaknessAreas, weakestAreas} from "../../lib/findings/area-findings.ts";
import {AREAS} from "../../lib/mipex/areas.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {tables} = await cachedMipex();
  const year = 2019;
  const points = areaPoints(tables, {edition: "2020", year});
  const summaries = areaSummaries(points);
  // The table behind the strip chart: one row per country, one column per area.
  const wide = [...new Set(points.map((p) => p.iso3))].map((iso3) => {
    const mine = points.filter((p) => p.iso3 === iso3);
    return {iso3, name: mine[0].name, ...Object.fromEntries(AREAS.map((a) => [a.id, mine.find((p) => p.area === a.id)?.score ?? null]))};
  }).sort((a, b) => a.name.localeCompare(b.name));

  return JSON.stringify({
    year,
    edition: "2020",
    areas: AREAS.map(({id, name}) => ({id, name})),
    groups: AREA_GROUPS.map(({group, label}) => ({group, label, weakest: weakestAreas(summaries, group, 2), strongest: summaries.filter((s) => s.group === group && s.rank === 1).map((s) => s.area)})),
    points,
    wide,
    summaries,
    weaknessAreas: weaknessAreas(summaries),
    publishedWeaknesses: PUBLISHED_WEAKNESSES,
    indicatorMeans: indicatorMeans(tables, weaknessAreas(summaries), {edition: "2020", year}),
    findings: areaFindings(tables, {edition: "2020", year})
  });
});
