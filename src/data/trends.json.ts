// The trends page's data: every country's series per measure (2020 edition 2007–2019 and the 2025 EU
// update 2020–2024, never joined), balanced-panel averages, the changes between waves with their
// intervals, indicator changes 2014→2019, the edition check and the findings
// (lib/findings/trend-findings.ts), computed from the tidy tables at build time.
import {
  ANNUAL_MINIMUM,
  BOOTSTRAP_REPLICATES,
  CHANGE_THRESHOLD,
  MEASURES,
  SENSITIVITY_THRESHOLDS,
  editionCheck,
  indicatorChanges,
  panelAverages,
  seriesPoints,
  trendAnalyses,
  trendFindings
} from "../../lib/findings/trend-findings.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {tables} = await cachedMipex();
  const points = seriesPoints(tables);
  const analyses = trendAnalyses(tables);
  const names = new Map(tables.countries.map((c) => [c.iso3, c.name]));
  // Series are sent compactly, one object per (edition, measure, country) with parallel arrays, values to
  // 6 decimals (the chart and its table; every finding keeps full precision); the page expands them.
  const round6 = (v: number | null) => (v === null ? null : Number(v.toFixed(6)));
  const series = new Map<string, {edition: string; measure: string; iso3: string; years: number[]; values: (number | null)[]; published: (number | null)[]}>();
  for (const p of points) {
    const key = `${p.edition} ${p.measure} ${p.iso3}`;
    const s = series.get(key) ?? {edition: p.edition, measure: p.measure, iso3: p.iso3, years: [], values: [], published: []};
    s.years.push(p.year);
    s.values.push(round6(p.value));
    s.published.push(round6(p.published));
    series.set(key, s);
  }

  return JSON.stringify({
    measures: MEASURES.map(({id, label}) => ({id, label})),
    countries: tables.countries.filter((c) => points.some((p) => p.iso3 === c.iso3)).map(({iso3, name, eu27}) => ({iso3, name, eu27})),
    names: Object.fromEntries([...new Set(points.map((p) => p.iso3))].map((iso3) => [iso3, names.get(iso3) ?? iso3])),
    series: [...series.values()],
    averages: panelAverages(points, tables.countries),
    // Scores in the series that are the workbook's published value because they cannot be recomputed.
    publishedScoresUsed: [...new Set(points.filter((p) => p.usesPublished).map((p) => `${p.name} ${p.year}`))].sort(),
    threshold: CHANGE_THRESHOLD,
    sensitivityThresholds: SENSITIVITY_THRESHOLDS,
    bootstrapReplicates: BOOTSTRAP_REPLICATES,
    annualMinimum: ANNUAL_MINIMUM,
    analyses,
    indicatorChanges: indicatorChanges(tables, 2014, 2019),
    editionCheck: editionCheck(tables),
    // Why the comparison since 2007 leaves out education too: how many countries each variant covers in 2007.
    coverage2007: Object.fromEntries(
      (["without_health", "without_health_education"] as const).map((variant) => [variant, tables.overall_scores.filter((r) => r.edition === "2020" && r.year === 2007 && r.variant === variant && r.recomputed !== null).length])
    ),
    findings: trendFindings(tables)
  });
});
