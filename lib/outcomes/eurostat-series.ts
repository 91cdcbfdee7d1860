import {EUROSTAT_DATASET_TITLES} from "./eurostat-codelists.ts";

/**
 * Dimensions that describe the population group rather than the measure: citizenship, country of birth and sex.
 * They form an observation's `group`; the other key dimensions (age, ISCED level, health level, income
 * indicator, ...) join the dataset code in its `indicator`.
 *
 * @example
 * GROUP_DIMENSIONS.has("age") // false: age is part of the indicator (lfsa_ergan.Y20-64)
 */
export const GROUP_DIMENSIONS: ReadonlySet<string> = new Set(["citizen", "c_birth", "sex"]);

/** Dimensions that never enter the indicator id: frequency (always annual here), geography and time. */
const NOT_IN_ID: ReadonlySet<string> = new Set(["freq", "geo", "unit", "time", "TIME_PERIOD"]);

/** One key dimension of a Eurostat row. */
export interface KeyDimension {
  dimension: string;
  code: string;
  label: string;
}

/** The indicator and group a Eurostat row belongs to. */
export interface EurostatSeries {
  indicator: string;
  indicatorLabel: string;
  group: string;
  groupLabel: string;
}

/**
 * Builds the indicator id (dataset + non-group key codes in file order; `unit` too when `unitInId`) and the
 * group (group dimensions sorted by name, `dim=code` joined with `;`, or `all` when there are none).
 *
 * @example
 * const {indicator, group, indicatorLabel, groupLabel} = eurostatSeries("lfsa_ergan", "Employment rates", [
 *   {dimension: "sex", code: "T", label: "Total"}, {dimension: "age", code: "Y20-64", label: "From 20 to 64 years"},
 *   {dimension: "citizen", code: "NEU27_2020_FOR", label: "Non-EU27 countries (from 2020) nor reporting country"}]);
 * [indicator, group] // ["lfsa_ergan.Y20-64", "citizen=NEU27_2020_FOR;sex=T"]
 * indicatorLabel // "Employment rates: From 20 to 64 years"
 * groupLabel // "citizen: Non-EU27 countries (from 2020) nor reporting country; sex: Total"
 */
export function eurostatSeries(dataset: string, title: string, key: KeyDimension[], unitInId = false): EurostatSeries {
  const measure = key.filter((k) => !GROUP_DIMENSIONS.has(k.dimension) && (!NOT_IN_ID.has(k.dimension) || (unitInId && k.dimension === "unit")));
  const group = key.filter((k) => GROUP_DIMENSIONS.has(k.dimension)).sort((a, b) => (a.dimension < b.dimension ? -1 : a.dimension > b.dimension ? 1 : 0));
  return {
    indicator: [dataset, ...measure.map((k) => k.code)].join("."),
    indicatorLabel: measure.length ? `${title}: ${measure.map((k) => k.label).join(", ")}` : title,
    group: group.length ? group.map((k) => `${k.dimension}=${k.code}`).join(";") : "all",
    groupLabel: group.length ? group.map((k) => `${k.dimension}: ${k.label}`).join("; ") : "all"
  };
}

/**
 * The Eurostat dataset code in a DATAFLOW / STRUCTURE_ID cell, lower-cased as Eurostat writes it in URLs.
 *
 * @example
 * datasetFromDataflow("ESTAT:ILC_DI15$DEFAULTVIEW(1.0)") // "ilc_di15"
 */
export function datasetFromDataflow(cell: string): string | undefined {
  const match = /^(?:[A-Za-z]+:)?([A-Za-z0-9_]+)(?:\$[^(]*)?(?:\(.*\))?$/.exec(cell.trim());
  return match ? match[1].toLowerCase() : undefined;
}

/**
 * The dataset code in a Eurostat download's file name: an optional `estat_` prefix, then the lower-case
 * `_`-separated words before the first word with a capital or `by` (`lfsa_ergan_Y20-64_by_citizenship.tsv` →
 * `lfsa_ergan`; `estat_lfsa_ergan.tsv` → `lfsa_ergan`).
 *
 * @example
 * datasetFromFileName("data/edat_lfs_9912_by_country_of_birth.tsv") // "edat_lfs_9912"
 */
export function datasetFromFileName(file: string): string | undefined {
  const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.(sdmx\.)?(csv|tsv)(\.gz)?$/i, "").replace(/^estat_/i, "");
  const words: string[] = [];
  for (const word of base.split(/_/)) {
    if (!/^[a-z0-9]+$/.test(word) || word === "by") break;
    words.push(word);
  }
  return words.length ? words.join("_") : undefined;
}

/**
 * The dataset's title: from the export when it has one, else from the known list, else the code.
 *
 * @example
 * datasetTitle("lfsa_urgan") // "Unemployment rates by sex, age and citizenship (%)"
 */
export function datasetTitle(dataset: string, fromExport?: string): string {
  return fromExport || EUROSTAT_DATASET_TITLES.get(dataset) || dataset;
}
