/**
 * Eurostat code lists, label → code, for exports downloaded with labels only (the Data Browser's
 * "labels" option writes `Annual`, `Total`, `Albania` where the codes `A`, `T`, `AL` would be). The labels are
 * Eurostat's own (ESTAT code lists, English). Only labels seen in such exports, plus the other countries a
 * user is likely to download, are listed: a label that is not here keeps the label itself as its code for
 * ordinary dimensions, and is reported as an unknown geography for `geo`.
 *
 * @example
 * EUROSTAT_LABEL_TO_CODE.geo.get("Greece") // "EL"
 */
export const EUROSTAT_LABEL_TO_CODE: Readonly<Record<string, ReadonlyMap<string, string>>> = {
  freq: new Map([
    ["Annual", "A"],
    ["Quarterly", "Q"],
    ["Monthly", "M"]
  ]),
  unit: new Map([
    ["Percentage", "PC"],
    ["Euro", "EUR"],
    ["Purchasing power standard (PPS)", "PPS"],
    ["National currency", "NAC"],
    ["Thousand persons", "THS_PER"],
    ["Number", "NR"]
  ]),
  sex: new Map([
    ["Total", "T"],
    ["Males", "M"],
    ["Females", "F"]
  ]),
  age: new Map([
    ["Total", "TOTAL"],
    ["16 years or over", "Y_GE16"],
    ["18 years or over", "Y_GE18"],
    ["From 15 to 64 years", "Y15-64"],
    ["From 20 to 64 years", "Y20-64"],
    ["From 25 to 64 years", "Y25-64"],
    ["From 25 to 54 years", "Y25-54"],
    ["From 15 to 24 years", "Y15-24"],
    ["From 25 to 34 years", "Y25-34"],
    ["From 55 to 74 years", "Y55-74"]
  ]),
  citizen: new Map([
    ["Total", "TOTAL"],
    ["Foreign country", "FOR"],
    ["Reporting country", "NAT"],
    ["EU27 countries (from 2020) except reporting country", "EU27_2020_FOR"],
    ["Non-EU27 countries (from 2020) nor reporting country", "NEU27_2020_FOR"],
    ["EU28 countries (2013-2020) except reporting country", "EU28_FOR"],
    ["Non-EU28 countries (2013-2020) nor reporting country", "NEU28_FOR"],
    ["Stateless", "STLS"]
  ]),
  lev_perc: new Map([
    ["Very good", "VG"],
    ["Good", "G"],
    ["Fair", "FAIR"],
    ["Bad", "B"],
    ["Very bad", "VB"],
    ["Very good or good", "VG_G"],
    ["Bad or very bad", "B_VB"]
  ]),
  indic_il: new Map([
    ["Median equivalised net income", "MED_E"],
    ["Mean equivalised net income", "MEI_E"]
  ]),
  geo: new Map([
    // Aggregates.
    ["European Union - 27 countries (from 2020)", "EU27_2020"],
    ["European Union - 28 countries (2013-2020)", "EU28"],
    ["European Union - 27 countries (2007-2013)", "EU27_2007"],
    ["European Union (EU6-1958, EU9-1973, EU10-1981, EU12-1986, EU15-1995, EU25-2004, EU27-2007, EU28-2013, EU27-2020)", "EU"],
    ["Euro area (EA11-1999, EA12-2001, EA13-2007, EA15-2008, EA16-2009, EA17-2011, EA18-2014, EA19-2015, EA20-2023)", "EA"],
    ["Euro area - 18 countries (2014)", "EA18"],
    ["Euro area - 19 countries (2015-2022)", "EA19"],
    ["Euro area - 20 countries (from 2023)", "EA20"],
    // Countries (Eurostat geo codes: ISO 3166 alpha-2 except EL and UK).
    ["Albania", "AL"],
    ["Austria", "AT"],
    ["Belgium", "BE"],
    ["Bulgaria", "BG"],
    ["Bosnia and Herzegovina", "BA"],
    ["Switzerland", "CH"],
    ["Cyprus", "CY"],
    ["Czechia", "CZ"],
    ["Germany", "DE"],
    ["Denmark", "DK"],
    ["Estonia", "EE"],
    ["Greece", "EL"],
    ["Spain", "ES"],
    ["Finland", "FI"],
    ["France", "FR"],
    ["Croatia", "HR"],
    ["Hungary", "HU"],
    ["Ireland", "IE"],
    ["Iceland", "IS"],
    ["Italy", "IT"],
    ["Liechtenstein", "LI"],
    ["Lithuania", "LT"],
    ["Luxembourg", "LU"],
    ["Latvia", "LV"],
    ["Montenegro", "ME"],
    ["North Macedonia", "MK"],
    ["Malta", "MT"],
    ["Netherlands", "NL"],
    ["Norway", "NO"],
    ["Poland", "PL"],
    ["Portugal", "PT"],
    ["Romania", "RO"],
    ["Serbia", "RS"],
    ["Sweden", "SE"],
    ["Slovenia", "SI"],
    ["Slovakia", "SK"],
    ["Türkiye", "TR"],
    ["United Kingdom", "UK"],
    ["Kosovo*", "XK"],
    ["Moldova", "MD"],
    ["Ukraine", "UA"],
    ["Georgia", "GE"],
    ["Armenia", "AM"],
    ["Russia", "RU"],
    ["United States", "US"],
    ["Canada", "CA"],
    ["Japan", "JP"],
    ["Australia", "AU"],
    ["New Zealand", "NZ"],
    ["South Korea", "KR"],
    ["Mexico", "MX"],
    ["Israel", "IL"]
  ])
};

/**
 * Eurostat's labels differ in spacing and dash style between exports ("Euro area - 19 countries  (2015-2022)",
 * "Euro area – 20 countries"), so labels are compared after folding dashes and runs of spaces.
 *
 * @example
 * normaliseLabel("Euro area – 20 countries  (from 2023)") // "Euro area - 20 countries (from 2023)"
 */
export function normaliseLabel(label: string): string {
  return label
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const NORMALISED: Record<string, Map<string, string>> = {};
const CODE_TO_LABEL: Record<string, Map<string, string>> = {};
for (const [dimension, list] of Object.entries(EUROSTAT_LABEL_TO_CODE)) {
  NORMALISED[dimension] = new Map([...list].map(([label, code]) => [normaliseLabel(label), code]));
  CODE_TO_LABEL[dimension] = new Map([...list].map(([label, code]) => [code, label]));
}

/**
 * The code for a label of a dimension, or undefined when the list does not have it.
 *
 * @example
 * eurostatCodeForLabel("citizen", "Non-EU27 countries (from 2020) nor reporting country") // "NEU27_2020_FOR"
 */
export function eurostatCodeForLabel(dimension: string, label: string): string | undefined {
  return NORMALISED[dimension]?.get(normaliseLabel(label));
}

/**
 * The label for a code of a dimension (used to label code-only exports), or undefined.
 *
 * @example
 * eurostatLabelForCode("sex", "T") // "Total"
 */
export function eurostatLabelForCode(dimension: string, code: string): string | undefined {
  return CODE_TO_LABEL[dimension]?.get(code);
}

/**
 * Titles of the datasets in the shared folder, for exports that do not carry a title (TSV, code-only CSV).
 *
 * @example
 * EUROSTAT_DATASET_TITLES.get("lfsa_ergan") // "Employment rates by sex, age and citizenship (%)"
 */
export const EUROSTAT_DATASET_TITLES: ReadonlyMap<string, string> = new Map([
  ["lfsa_ergan", "Employment rates by sex, age and citizenship (%)"],
  ["lfsa_urgan", "Unemployment rates by sex, age and citizenship (%)"],
  ["hlth_silc_24", "Self-perceived health by sex, age and groups of country of citizenship"],
  ["ilc_di15", "Mean and median income by group of citizenship (population aged 18 and over)"],
  ["edat_lfs_9912", "Population by educational attainment level, sex, age and country of birth (%)"],
  ["migr_acqs", "Acquisition of citizenship by age group, sex and former citizenship"]
]);
