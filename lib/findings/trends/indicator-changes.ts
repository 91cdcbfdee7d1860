import {AREAS, type AreaId} from "../../mipex/areas.ts";
import type {Edition} from "../../mipex/editions.ts";
import type {WorkspaceTables} from "../../mipex/workspace-tables.ts";
import {round9} from "./numbers.ts";

/** One indicator score that differs between two waves in one country. */
export interface IndicatorChange {
  iso3: string;
  name: string;
  area: AreaId;
  areaName: string;
  indicator: string;
  level: "indicator" | "sub-indicator";
  title: string;
  from: number;
  to: number;
  change: number;
}

/**
 * The indicator and sub-indicator scores that differ between `from` and `to` in each country (2020
 * edition), largest change first within a country.
 *
 * @example (needs the workbooks)
 * const turkey = indicatorChanges(tables, 2014, 2019).filter((c) => c.iso3 === "TUR");
 * turkey.length // 25
 * [turkey[0].indicator, turkey[0].from, turkey[0].to] // ["ab6", 0, 100]
 */
export function indicatorChanges(tables: WorkspaceTables, from: number, to: number, edition: Edition = "2020"): IndicatorChange[] {
  const names = new Map(tables.countries.map((c) => [c.iso3, c.name]));
  const titles = new Map(tables.indicators.map((i) => [i.code, i.title]));
  const areaNames = new Map(AREAS.map((a) => [a.id, a.name]));
  const before = new Map(tables.indicator_scores.filter((s) => s.edition === edition && s.year === from).map((s) => [`${s.iso3} ${s.indicator}`, s]));
  const out: IndicatorChange[] = [];
  for (const s of tables.indicator_scores) {
    if (s.edition !== edition || s.year !== to) continue;
    const b = before.get(`${s.iso3} ${s.indicator}`);
    if (!b) continue;
    const change = round9(s.score)! - round9(b.score)!;
    if (change === 0) continue;
    out.push({
      iso3: s.iso3,
      name: names.get(s.iso3) ?? s.iso3,
      area: s.area,
      areaName: areaNames.get(s.area)!,
      indicator: s.indicator,
      level: s.level,
      title: titles.get(s.indicator) ?? "",
      from: b.score,
      to: s.score,
      change
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || Math.abs(b.change) - Math.abs(a.change) || a.indicator.localeCompare(b.indicator));
}
