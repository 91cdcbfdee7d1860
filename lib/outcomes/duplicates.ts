import {OutcomeFormatError, type Conflict, type Exclusion, type Observation} from "./observation.ts";

/**
 * How a file may treat two rows with the same geography, year, indicator and group:
 * - the same value (both null counts as the same) → the first row is kept and each later one is reported as a
 *   `duplicate` exclusion naming the row it repeats (tidy files quote one figure from several sources);
 * - different values → `"keep"`: both rows are kept, marked `conflict: true` and listed as a {@link Conflict}
 *   (tidy files transcribed from press reports record disagreeing quotes on purpose);
 *   `"error"`: an {@link OutcomeFormatError} (a native Eurostat export cannot hold two values for one key).
 */
export type ConflictPolicy = "keep" | "error";

/**
 * The key within one file: iso3 when known, else the geography as written.
 *
 * @example
 * observationKey({iso3: null, geo: "World", year: 2016, indicator: "mai", group: "adults"}) // "geo:World|2016|mai|adults"
 */
export function observationKey(o: Pick<Observation, "iso3" | "geo" | "year" | "indicator" | "group">): string {
  return `${o.iso3 ?? `geo:${o.geo}`}|${o.year}|${o.indicator}|${o.group}`;
}

/**
 * Applies the duplicate rules of {@link ConflictPolicy} to one file's observations (mutates `conflict` flags).
 *
 * @example
 * import {parseTidyCsv} from "./tidy.ts";
 * // parseTidyCsv applies it with policy "keep": a repeated row with the same value is left out, and said so.
 * const row = "Sweden,SWE,2016,mai,adults,7.92,index,Gallup\n";
 * const {observations, exclusions} = parseTidyCsv("country,iso3,year,indicator,group,value,unit,source\n" + row + row, {file: "tidy/x.csv"});
 * observations.length // 1
 * exclusions[0].message // 'tidy/x.csv, row 3, column "value": same SWE 2016 mai [adults] and value 7.92 as row 2; kept row 2'
 */
export function resolveDuplicates(
  rows: Observation[],
  file: string,
  policy: ConflictPolicy,
  valueColumn: string
): {observations: Observation[]; exclusions: Exclusion[]; conflicts: Conflict[]} {
  const byKey = new Map<string, Observation[]>();
  const observations: Observation[] = [];
  const exclusions: Exclusion[] = [];
  const conflicted = new Map<string, Observation[]>();
  for (const o of rows) {
    const key = observationKey(o);
    const kept = byKey.get(key);
    if (!kept) {
      byKey.set(key, [o]);
      observations.push(o);
      continue;
    }
    const same = kept.find((k) => k.value === o.value);
    if (same) {
      exclusions.push({
        file,
        row: o.row,
        column: valueColumn,
        code: `${o.geo} ${o.year} ${o.indicator} ${o.group}`,
        reason: "duplicate",
        message: `${file}, row ${o.row}, column "${valueColumn}": same ${o.geo} ${o.year} ${o.indicator} [${o.group}] and value ${o.value} as row ${same.row}; kept row ${same.row}`
      });
      continue;
    }
    if (policy === "error") {
      throw new OutcomeFormatError(
        file,
        o.row,
        valueColumn,
        `duplicate of row ${kept[0].row} (${o.geo} ${o.year} ${o.indicator} [${o.group}]) with a different value: ${o.value} vs ${kept[0].value}`
      );
    }
    kept.push(o);
    observations.push(o);
    conflicted.set(key, kept);
  }
  const conflicts: Conflict[] = [];
  for (const list of conflicted.values()) {
    for (const o of list) o.conflict = true;
    const first = list[0];
    conflicts.push({
      file,
      files: list.map(() => file),
      geo: first.geo,
      iso3: first.iso3,
      year: first.year,
      indicator: first.indicator,
      group: first.group,
      rows: list.map((o) => o.row),
      columns: list.map(() => valueColumn),
      values: list.map((o) => o.value)
    });
  }
  return {observations, exclusions, conflicts};
}
