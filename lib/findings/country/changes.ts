/**
 * A profile's changed indicators: the indicator and sub-indicator scores that differ between
 * {@link CHANGE_FROM_YEAR} and {@link PROFILE_YEAR} in the {@link PROFILE_EDITION} edition, largest rise first.
 */
import {AREA_IDS, type AreaId} from "../../mipex/areas.ts";
import type {WorkspaceTables} from "../../mipex/workspace-tables.ts";
import {areaName, type IndicatorScoreIndex} from "./indicators.ts";
import {CHANGE_FROM_YEAR, PROFILE_EDITION, PROFILE_YEAR} from "./profile-year.ts";
import {round} from "../../format/number.ts";

export interface ProfileChange {
  code: string;
  area: AreaId;
  areaName: string;
  level: "indicator" | "sub-indicator";
  title: string;
  from: number;
  to: number;
  change: number;
}

/**
 * The indicators whose score changed, largest rise first (ties in area order); a change is rounded to
 * 9 decimals so that floating-point noise is no change.
 *
 * @example (needs the workbooks)
 * import {indicatorScoreIndex} from "./indicators.ts";
 * // Sweden 2014 → 2019: teacher-workforce measures (cc59) up from 50 to 100, family-reunion requirements down.
 * indicatorChanges(tables, indicatorScoreIndex(tables), "SWE").slice(0, 2).map((c) => [c.code, c.from, c.to]) // [["cc59", 50, 100], ["bb30bb31", 50, 16.5]]
 */
export function indicatorChanges(tables: Pick<WorkspaceTables, "indicators">, index: IndicatorScoreIndex, iso3: string): ProfileChange[] {
  const changes: ProfileChange[] = [];
  for (const ind of tables.indicators) {
    const from = index.scoreAt(iso3, PROFILE_EDITION, CHANGE_FROM_YEAR, ind.code);
    const to = index.scoreAt(iso3, PROFILE_EDITION, PROFILE_YEAR, ind.code);
    if (from === undefined || to === undefined) continue;
    const change = round(to - from, 9);
    if (change !== 0) changes.push({code: ind.code, area: ind.area, areaName: areaName(ind.area), level: ind.level, title: ind.title, from, to, change});
  }
  return changes.sort((a, b) => b.change - a.change || AREA_IDS.indexOf(a.area) - AREA_IDS.indexOf(b.area));
}

/**
 * The changes split into rises and falls, each in the given order.
 *
 * @example
 * splitChanges([{change: 5}, {change: -2}]) // {improved: [{change: 5}], worsened: [{change: -2}]}
 */
export function splitChanges<C extends {change: number}>(changes: readonly C[]): {improved: C[]; worsened: C[]} {
  return {improved: changes.filter((c) => c.change > 0), worsened: changes.filter((c) => c.change < 0)};
}
