import {observationKey} from "./duplicates.ts";
import type {Conflict, Exclusion, Observation} from "./observation.ts";

/** One outcome file's observations, in the order the loader read the files. */
export interface FileObservations {
  /** The file as messages name it (its path inside its outcome folder). */
  file: string;
  /** The column the file's values stand in, for an observation ("value", "OBS_VALUE", a TSV year column). */
  valueColumn: (o: Observation) => string;
  observations: Observation[];
}

const describe = (o: Observation) => `${o.geo} ${o.year} ${o.indicator} [${o.group}]`;

/**
 * Applies the rules of one file's duplicates (lib/outcomes/duplicates.ts) across files, so that a file
 * added to a user folder never silently outweighs another:
 * - a row repeating another file's geography, year, indicator and group with the same value is a
 *   `duplicate` exclusion naming both files and rows (the earlier file's row is kept);
 * - a different value (a missing value counts as a value) marks every row of that key `conflict`, which
 *   every statistic and derived indicator leaves out, and is listed as a {@link Conflict} with each row's
 *   file, line and column, until the user removes one of them.
 * Mutates the `conflict` flags of the observations it is given.
 *
 * @example
 * import {parseTidyCsv} from "./tidy.ts";
 * const head = "country,iso3,year,indicator,group,value,unit,source\n";
 * const read = (file: string, row: string) => ({file, valueColumn: () => "value", observations: parseTidyCsv(head + row, {file}).observations});
 * const shared = read("tidy/naturalisation.csv", "Sweden,SWE,2019,naturalisation_rate,all,8.1,%,Eurostat\n");
 * const mine = read("mine.csv", "Sweden,SWE,2019,naturalisation_rate,all,9,%,my notes\n");
 * const {observations, conflicts} = resolveAcrossFiles([shared, mine]);
 * observations.map((o) => o.conflict) // [true, true]
 * const {files, rows, values} = conflicts[0];
 * ({files, rows, values}) // {files: ["tidy/naturalisation.csv", "mine.csv"], rows: [2, 2], values: [8.1, 9]}
 */
export function resolveAcrossFiles(files: readonly FileObservations[]): {observations: Observation[]; exclusions: Exclusion[]; conflicts: Conflict[]} {
  const kept = new Map<string, {file: FileObservations; o: Observation}[]>();
  const conflicted = new Set<string>();
  const observations: Observation[] = [];
  const exclusions: Exclusion[] = [];
  for (const file of files) {
    for (const o of file.observations) {
      const key = observationKey(o);
      const earlier = kept.get(key);
      const others = earlier?.filter((e) => e.file !== file) ?? [];
      if (others.length > 0 && !conflicted.has(key)) {
        const same = others.find((e) => e.o.value === o.value);
        if (same && others.every((e) => e.o.value === o.value)) {
          const column = file.valueColumn(o);
          exclusions.push({
            file: file.file,
            row: o.row,
            column,
            code: `${o.geo} ${o.year} ${o.indicator} ${o.group}`,
            reason: "duplicate",
            message: `${file.file}, row ${o.row}, column "${column}": same ${describe(o)} and value ${o.value} as ${same.file.file}, row ${same.o.row}; kept ${same.file.file} row ${same.o.row}`
          });
          continue;
        }
      }
      if (others.length > 0) conflicted.add(key);
      if (earlier) earlier.push({file, o});
      else kept.set(key, [{file, o}]);
      observations.push(o);
    }
  }
  const conflicts: Conflict[] = [];
  for (const key of conflicted) {
    const list = kept.get(key)!;
    for (const {o} of list) o.conflict = true;
    const first = list[0].o;
    const names = list.map((e) => e.file.file);
    conflicts.push({
      file: [...new Set(names)].join("; "),
      files: names,
      geo: first.geo,
      iso3: first.iso3,
      year: first.year,
      indicator: first.indicator,
      group: first.group,
      rows: list.map((e) => e.o.row),
      columns: list.map((e) => e.file.valueColumn(e.o)),
      values: list.map((e) => e.o.value)
    });
  }
  return {observations, exclusions, conflicts};
}
