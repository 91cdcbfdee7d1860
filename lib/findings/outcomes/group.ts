/**
 * Which group of an outcome series to correlate when a file gives several.
 */
import type {Observation} from "../../outcomes/observation.ts";

/** The group preferred when a file gives several (the first group label that starts with it counts). */
export const PREFERRED_GROUPS = ["all", "students with an immigrant background"] as const;

/**
 * The group to use for an indicator: `spec.group` when given, else the first {@link PREFERRED_GROUPS} match,
 * (an exact match first, then the label that starts with it and covers most MIPEX countries), else the group with
 * the most MIPEX countries; null when the indicator is absent.
 *
 * @example (needs the workbooks)
 * pickGroup(observations, "academic_resilience_baseline_all3_pct", null, [2015]) // "students with an immigrant background (press wording: 'mit ausländischen Wurzeln'/'mit Migrationshintergrund')"
 */
export function pickGroup(observations: readonly Observation[], indicator: string, group: string | null, years: readonly number[]): string | null {
  if (group !== null) return group;
  const counts = new Map<string, Set<string>>();
  for (const o of observations) {
    if (o.indicator !== indicator || !years.includes(o.year)) continue;
    const set = counts.get(o.group) ?? new Set<string>();
    if (o.iso3 && o.value !== null) set.add(o.iso3);
    counts.set(o.group, set);
  }
  if (counts.size === 0) return null;
  const most = (entries: [string, Set<string>][]) => entries.sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  for (const preferred of PREFERRED_GROUPS) {
    const exact = [...counts.keys()].find((g) => g.toLowerCase() === preferred);
    if (exact !== undefined) return exact;
    const prefixed = most([...counts].filter(([g]) => g.toLowerCase().startsWith(`${preferred} `)));
    if (prefixed !== null) return prefixed;
  }
  return most([...counts]);
}
