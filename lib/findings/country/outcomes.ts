/**
 * A profile's outcomes: every outcome series (catalogue entry) with a value for the country, at its
 * latest year with a value.
 */
import type {CatalogueEntry} from "../../outcomes/catalogue.ts";
import type {Observation} from "../../outcomes/observation.ts";

export interface ProfileOutcome {
  id: string;
  label: string;
  groupLabel: string;
  unit: string;
  year: number;
  value: number;
  source: string;
}

/** Outcome observations and catalogue (loaders/outcomes loadOutcomes()). */
export interface OutcomeTables {
  observations: readonly Observation[];
  catalogue: readonly CatalogueEntry[];
}

/**
 * A function giving each country its outcome rows, by label then group label; none for a country
 * without values (or when there are no outcome tables). Aggregates (EU averages) are left out.
 *
 * @example (needs the workbooks)
 * const sweden = latestOutcomes(outcomes)("SWE");
 * sweden.length // 272
 * const {label, groupLabel, year, value} = sweden[0];
 * ({label, groupLabel, year, value}) // {label: "Discrimination ground religion period unstated (%)", groupLabel: "immigrants and descendants from Turkey", year: 2016, value: 7}
 * latestOutcomes(undefined)("SWE") // []
 */
export function latestOutcomes(outcomes: OutcomeTables | undefined): (iso3: string) => ProfileOutcome[] {
  const rows = new Map<string, Map<string, Observation>>();
  for (const o of outcomes?.observations ?? []) {
    if (o.iso3 === null || o.value === null || o.isAggregate) continue;
    const id = `${o.indicator}|${o.group}`;
    const byId = rows.get(o.iso3) ?? rows.set(o.iso3, new Map()).get(o.iso3)!;
    const prev = byId.get(id);
    if (!prev || o.year > prev.year) byId.set(id, o);
  }
  const catalogue = new Map((outcomes?.catalogue ?? []).map((c) => [c.id, c]));
  return (iso3) =>
    [...(rows.get(iso3)?.values() ?? [])]
      .map((o) => {
        const entry = catalogue.get(`${o.indicator}|${o.group}`);
        return {
          id: `${o.indicator}|${o.group}`,
          label: entry?.label ?? o.indicatorLabel,
          groupLabel: entry?.groupLabel ?? o.groupLabel,
          unit: entry?.unit ?? o.unit,
          year: o.year,
          value: o.value as number,
          source: entry?.source ?? o.source
        };
      })
      .sort((a, b) => a.label.localeCompare(b.label) || a.groupLabel.localeCompare(b.groupLabel));
}
