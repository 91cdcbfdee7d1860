import {AREAS} from "../../mipex/areas.ts";
import type {WorkspaceTables} from "../../mipex/workspace-tables.ts";
import {changeAnalysis, type ChangeAnalysis} from "./change.ts";

/** The comparisons between waves the trends page shows and its findings report. */
export interface TrendAnalyses {
  main: ChangeAnalysis;
  withoutHealth: ChangeAnalysis;
  since2007: ChangeAnalysis;
  update: ChangeAnalysis;
  areas: ChangeAnalysis[];
}

/**
 * The change analyses the page and the findings use: 2014 → 2019 with and without health, 2007 → 2019
 * without health and education, the 2025 update's 2020 → 2024 (EU), and each area 2014 → 2019.
 *
 * @example (needs the workbooks)
 * trendAnalyses(tables).main.key // "2014_2019"
 */
export function trendAnalyses(tables: WorkspaceTables): TrendAnalyses {
  return {
    main: changeAnalysis(tables, {
      edition: "2020",
      measure: "overall_with_health",
      from: 2014,
      to: 2019,
      key: "2014_2019",
      label: "Overall score with health, 2014 → 2019 (MIPEX 2020 edition, all countries)"
    }),
    withoutHealth: changeAnalysis(tables, {
      edition: "2020",
      measure: "overall_without_health",
      from: 2014,
      to: 2019,
      key: "2014_2019.without_health",
      label: "Overall score without health, 2014 → 2019 (MIPEX 2020 edition, all countries)"
    }),
    since2007: changeAnalysis(tables, {
      edition: "2020",
      measure: "overall_without_health_education",
      from: 2007,
      to: 2019,
      key: "2007_2019",
      label: "Overall score without health and education, 2007 → 2019 (MIPEX 2020 edition, the countries scored since 2007)"
    }),
    update: changeAnalysis(tables, {
      edition: "2025",
      measure: "overall_with_health",
      from: 2020,
      to: 2024,
      members: (c) => c.eu27,
      key: "2020_2024",
      label: "Overall score with health, 2020 → 2024 (2025 EU update, the EU countries scored in 2024)"
    }),
    areas: AREAS.map((a) =>
      changeAnalysis(tables, {
        edition: "2020",
        measure: a.id,
        from: 2014,
        to: 2019,
        key: `2014_2019.${a.id}`,
        label: `${a.name}, 2014 → 2019`,
        bootstrap: false
      })
    )
  };
}
