import type {WorkspaceTables} from "./load-mipex.ts";

export interface EditionSummary {
  edition: string;
  countries: number;
  years: number[];
  indicatorScores: number;
  areaScores: {published: number; recomputed: number; mismatches: number; notRecomputable: number};
  overallScores: {published: number; recomputed: number; mismatches: number; notRecomputable: number};
}

export interface CheckSummary {
  countries: number;
  indicators: {indicator: number; subIndicator: number; byArea: Record<string, number>};
  editions: EditionSummary[];
  warnings: Record<string, number>;
  approachGroups: number;
}

/**
 * What `mipex check` reports: counts by edition, published-vs-recomputed agreement and the workbooks'
 * inconsistencies by kind.
 */
export function checkSummary(tables: WorkspaceTables): CheckSummary {
  const editions = [...new Set(tables.indicator_scores.map((r) => r.edition))].sort();
  const count = <T>(rows: readonly T[], pred: (r: T) => boolean) => rows.filter(pred).length;
  const agreement = (rows: readonly {published: number | null; recomputed: number | null; mismatch: boolean | null}[]) => ({
    published: count(rows, (r) => r.published !== null),
    recomputed: count(rows, (r) => r.recomputed !== null),
    mismatches: count(rows, (r) => r.mismatch === true),
    notRecomputable: count(rows, (r) => r.published !== null && r.recomputed === null)
  });
  const byArea: Record<string, number> = {};
  for (const i of tables.indicators) if (i.level === "indicator") byArea[i.area] = (byArea[i.area] ?? 0) + 1;
  const warnings: Record<string, number> = {};
  for (const w of tables.load_warnings) warnings[w.kind] = (warnings[w.kind] ?? 0) + 1;
  return {
    countries: tables.countries.length,
    indicators: {
      indicator: count(tables.indicators, (i) => i.level === "indicator"),
      subIndicator: count(tables.indicators, (i) => i.level === "sub-indicator"),
      byArea
    },
    editions: editions.map((edition) => {
      const scores = tables.indicator_scores.filter((r) => r.edition === edition);
      return {
        edition,
        countries: new Set(scores.map((r) => r.iso3)).size,
        years: [...new Set(scores.map((r) => r.year))].sort(),
        indicatorScores: scores.length,
        areaScores: agreement(tables.area_scores.filter((r) => r.edition === edition)),
        overallScores: agreement(tables.overall_scores.filter((r) => r.edition === edition))
      };
    }),
    warnings,
    approachGroups: tables.approach_groups.length
  };
}
