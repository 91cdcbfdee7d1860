import {csvParse} from "d3-dsv";
import {CsvFormatError} from "./approach-groups.ts";
import {AREAS, type AreaId} from "./areas.ts";

/**
 * The summary figures MIPEX 2020 states in words (`published_summary_figures.csv`): the "average" overall
 * score of all countries and of groups, the "average" of policy areas, the "average" change 2014–2019.
 * The file does not say which statistic "average" is; lib/findings/summary-figures.ts tests that.
 */

export const SUMMARY_FIGURE_KINDS = ["overall_average", "overall_change", "area_average", "area_change"] as const;
export type SummaryFigureKind = (typeof SUMMARY_FIGURE_KINDS)[number];

/** The country groups the figures are stated for; their membership is defined in lib/findings/summary-groups.ts. */
export const SUMMARY_GROUP_IDS = ["all", "eu", "oecd", "launch_52", "eu15", "eu13", "traditional_destinations"] as const;
export type SummaryGroupId = (typeof SUMMARY_GROUP_IDS)[number];

/** The file's `countries` wording for each group (compared in lower case). */
const GROUP_WORDINGS: ReadonlyMap<string, SummaryGroupId> = new Map([
  ["all", "all"],
  ["all 56", "all"],
  ["all countries", "all"],
  ["all 56 mipex 2020 countries", "all"],
  ["eu (as stated on country pages)", "eu"],
  ["oecd countries", "oecd"],
  ["52 countries at launch (56 without are jor sau zaf)", "launch_52"],
  ["old eu member states (eu15)", "eu15"],
  ["new central and eastern eu member states (eu13)", "eu13"],
  ["traditional destinations (aus can nzl usa)", "traditional_destinations"]
]);

/** The one overall measure the figures use; areas are named as in lib/mipex/areas.ts. */
const OVERALL_MEASURE = "overall score with health";

export interface PublishedSummaryFigure {
  figure: SummaryFigureKind;
  /** `overall_with_health` or the area. */
  measure: "overall_with_health" | AreaId;
  group: SummaryGroupId;
  /** The `countries` cell as the file words it. */
  groupWording: string;
  /** First year of a change; null for an average. */
  from: number | null;
  to: number;
  /** The stated integer. */
  value: number;
  /** The page that states it. */
  source: string;
  /** The spreadsheet row (header = row 1). */
  row: number;
}

const COLUMNS = ["figure", "measure", "countries", "year", "value", "source"];

/**
 * Parses `published_summary_figures.csv`. Rows are numbered as a spreadsheet shows them (header = row 1).
 *
 * @example
 * parsePublishedSummaryFigures("figure,measure,countries,year,value,source\narea_average,political participation,all 56,2019,25,mipex.eu\n", "f.csv")[0]
 * // {figure: "area_average", measure: "political_participation", group: "all", groupWording: "all 56", from: null, to: 2019, value: 25, source: "mipex.eu", row: 2}
 * @throws CsvFormatError naming file, row and column for a missing column, an unknown figure, measure or
 *   group, a year that does not fit the figure, a value that is not an integer, a missing source or a
 *   figure stated twice.
 */
export function parsePublishedSummaryFigures(text: string, file: string): PublishedSummaryFigure[] {
  const rows = csvParse(text);
  for (const column of COLUMNS)
    if (!rows.columns.includes(column)) throw new CsvFormatError(file, 1, column, `missing column "${column}"; the header is ${rows.columns.join(",")}`);
  const seen = new Map<string, number>();
  return rows.map((raw, i): PublishedSummaryFigure => {
    const row = i + 2;
    const fail = (column: string, problem: string) => new CsvFormatError(file, row, column, problem);
    const figure = (raw.figure ?? "").trim() as SummaryFigureKind;
    if (!SUMMARY_FIGURE_KINDS.includes(figure)) throw fail("figure", `unknown figure "${figure}"; expected one of ${SUMMARY_FIGURE_KINDS.join(", ")}`);
    const measure = parseMeasure(figure, (raw.measure ?? "").trim(), fail);
    const groupWording = (raw.countries ?? "").trim();
    const group = GROUP_WORDINGS.get(groupWording.toLowerCase());
    if (!group)
      throw fail("countries", `unknown country group "${groupWording}"; expected one of ${[...GROUP_WORDINGS.keys()].map((w) => `"${w}"`).join(", ")}`);
    const {from, to} = parseYears(figure, (raw.year ?? "").trim(), fail);
    const valueText = (raw.value ?? "").trim();
    if (!/^-?\d+$/.test(valueText)) throw fail("value", `"${valueText}" is not an integer (the figures are stated as whole numbers)`);
    const source = (raw.source ?? "").trim();
    if (!source) throw fail("source", "no page named: every figure needs the page that states it");
    const key = `${figure} ${measure} ${group} ${from ?? ""}-${to}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      throw fail("figure", `${figure} of ${measure} for ${group} ${from === null ? to : `${from}-${to}`} is stated twice (also row ${earlier})`);
    seen.set(key, row);
    return {figure, measure, group, groupWording, from, to, value: Number(valueText), source, row};
  });
}

function parseMeasure(figure: SummaryFigureKind, text: string, fail: (column: string, problem: string) => Error): PublishedSummaryFigure["measure"] {
  if (figure.startsWith("overall_")) {
    if (text.toLowerCase() !== OVERALL_MEASURE) throw fail("measure", `unknown measure "${text}" for ${figure}; expected "${OVERALL_MEASURE}"`);
    return "overall_with_health";
  }
  const area = AREAS.find((a) => a.name.toLowerCase() === text.toLowerCase());
  if (!area) throw fail("measure", `unknown policy area "${text}" for ${figure}; expected one of ${AREAS.map((a) => a.name.toLowerCase()).join(", ")}`);
  return area.id;
}

function parseYears(figure: SummaryFigureKind, text: string, fail: (column: string, problem: string) => Error): {from: number | null; to: number} {
  const isChange = figure.endsWith("_change");
  const match = isChange ? /^(\d{4})-(\d{4})$/.exec(text) : /^(\d{4})$/.exec(text);
  if (!match) throw fail("year", `"${text}" is not ${isChange ? "a span of years such as 2014-2019" : "a year"} (${figure})`);
  const years = match.slice(1).map(Number);
  if (years.some((y) => y < 2007 || y > 2030)) throw fail("year", `"${text}" is outside the MIPEX years 2007–2030`);
  if (isChange && years[0] >= years[1]) throw fail("year", `"${text}" does not run forward in time`);
  return isChange ? {from: years[0], to: years[1]} : {from: null, to: years[0]};
}
