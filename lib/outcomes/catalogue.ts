import {SHEET_TO_ISO3} from "../countries/index.ts";
import {seriesId, type DerivedDefinition} from "./derived.ts";
import type {Observation} from "./observation.ts";
import {readableIndicatorLabel} from "./readable-label.ts";

/**
 * The 56 MIPEX 2020 countries (iso3), from the workbook's sheet codes.
 *
 * @example
 * MIPEX_COUNTRIES.has("GBR") // true
 * MIPEX_COUNTRIES.size // 56
 */
export const MIPEX_COUNTRIES: ReadonlySet<string> = new Set(SHEET_TO_ISO3.values());

/** One outcome series: an indicator for one population group. */
export interface CatalogueEntry {
  /** `indicator|group` */
  id: string;
  indicator: string;
  group: string;
  label: string;
  groupLabel: string;
  /** What the number measures: the Eurostat dataset title and key labels, a tidy file's first note, or the derivation. */
  definition: string;
  unit: string;
  /** Years with at least one non-null value, ascending. */
  years: number[];
  /** The first source (Eurostat dataflow, tidy `source` column, or "derived: ..."); all of them in `sources`. */
  source: string;
  sources: string[];
  sourceFiles: string[];
  observations: number;
  /** Observations with value null (Eurostat `:`/empty, empty tidy value). */
  missing: number;
  /** Observations marked `conflict`. */
  conflicts: number;
  /** Per year with any observation: how many of the 56 MIPEX countries have a non-null value. */
  coverage: {year: number; countries: number}[];
  /** MIPEX countries with a value in at least one year. */
  mipexCountries: number;
  derivedFrom?: string[];
  derivation?: string;
}

/**
 * One entry per indicator × group, in first-seen order. Derived definitions add `derivedFrom` (series ids) and
 * `derivation` to their entries.
 *
 * @example (needs the workbooks)
 * // Employment rate of non-EU citizens aged 20–64: 32 MIPEX countries have a 2019 value.
 * const entry = buildCatalogue(observations).find((e) => e.id === "lfsa_ergan.Y20-64|citizen=NEU27_2020_FOR;sex=T")!;
 * entry.coverage.find((c) => c.year === 2019) // {year: 2019, countries: 32}
 */
export function buildCatalogue(observations: Observation[], derived: DerivedDefinition[] = []): CatalogueEntry[] {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const id = seriesId(o);
    const list = groups.get(id);
    if (list) list.push(o);
    else groups.set(id, [o]);
  }
  const definitions = new Map(derived.map((d) => [seriesId(d), d]));
  const entries: CatalogueEntry[] = [];
  for (const [id, list] of groups) {
    const first = list[0];
    const allYears = new Set<number>();
    const valueYears = new Set<number>();
    const perYear = new Map<number, Set<string>>();
    const everywhere = new Set<string>();
    for (const o of list) {
      allYears.add(o.year);
      if (o.value === null) continue;
      valueYears.add(o.year);
      if (o.iso3 && MIPEX_COUNTRIES.has(o.iso3)) {
        const set = perYear.get(o.year) ?? new Set<string>();
        set.add(o.iso3);
        perYear.set(o.year, set);
        everywhere.add(o.iso3);
      }
    }
    const def = definitions.get(id);
    const sources = [...new Set(list.map((o) => o.source))];
    const entry: CatalogueEntry = {
      id,
      indicator: first.indicator,
      group: first.group,
      // A tidy file names a series by its column only: give it words (the code stays in id and indicator).
      label:
        def?.label ??
        (first.indicatorLabel === first.indicator ? readableIndicatorLabel(first.indicator, list.find((o) => o.note)?.note ?? null) : first.indicatorLabel),
      groupLabel: first.groupLabel,
      definition: def?.derivation ?? (first.note === null ? `${first.indicatorLabel} — ${first.groupLabel}` : (list.find((o) => o.note)?.note ?? "")),
      unit: [...new Set(list.map((o) => o.unit))].join(" / "),
      years: [...valueYears].sort((a, b) => a - b),
      source: sources[0],
      sources,
      sourceFiles: [...new Set(list.flatMap((o) => o.sourceFile.split("; ")))],
      observations: list.length,
      missing: list.filter((o) => o.value === null).length,
      conflicts: list.filter((o) => o.conflict).length,
      coverage: [...allYears].sort((a, b) => a - b).map((year) => ({year, countries: perYear.get(year)?.size ?? 0})),
      mipexCountries: everywhere.size
    };
    if (def) {
      entry.derivedFrom = def.derivedFrom.map(seriesId);
      entry.derivation = def.derivation;
    }
    entries.push(entry);
  }
  return entries;
}
