import {AREA_IDS} from "./areas.ts";
import type {EditionSpec} from "./editions.ts";
import type {ParsedSheet} from "./parse-country-sheet.ts";
import {WorkbookError} from "./workbook-error.ts";

/**
 * What a parsed country sheet lacks against its edition's shape: area blocks, items in a block, year
 * rows in the Overall Scores block or an area block. Empty when the sheet is whole.
 *
 * @example
 * // A sheet cut short after its first three area blocks (one item each, both years scored).
 * const block = (area: string) => ({area, items: [{}], published: [{year: 2014}, {year: 2019}]});
 * const sheet = {file: "cut.xlsx", sheet: "AT", lastRow: 32, overall: [{year: 2014}, {year: 2019}], areas: ["labour_market_mobility", "family_reunification", "education"].map(block), unlabelledStrands: [], warnings: []};
 * const items = {labour_market_mobility: 1, family_reunification: 1, education: 1};
 * shapeProblems(sheet, {items, years: [2014, 2019]})
 * // ["no political_participation, permanent_residence, access_to_nationality, anti_discrimination, health block (the sheet ends at row 32)"]
 */
export function shapeProblems(sheet: ParsedSheet, shape: EditionSpec["shape"]): string[] {
  const problems: string[] = [];
  const present = new Set(sheet.areas.map((a) => a.area));
  const missing = AREA_IDS.filter((a) => !present.has(a));
  if (missing.length > 0) {
    const relabelled = sheet.unlabelledStrands.filter((s) => missing.includes(s.area));
    const why = relabelled.length
      ? relabelled.map((s) => `row ${s.row} names "${s.title}" in column B but column A reads "${s.label}", not "Policy strand"`).join("; ")
      : `the sheet ends at row ${sheet.lastRow}`;
    problems.push(`no ${missing.join(", ")} block (${why})`);
  }
  const lacking = (years: Iterable<number>) => {
    const have = new Set(years);
    return shape.years.filter((y) => !have.has(y));
  };
  const overallLacks = lacking(sheet.overall.map((o) => o.year));
  if (overallLacks.length > 0) problems.push(`the Overall Scores block has no row for ${overallLacks.join(", ")}`);
  for (const block of sheet.areas) {
    const expected = shape.items[block.area];
    if (block.items.length !== expected)
      problems.push(`the ${block.area} block has ${block.items.length} item${block.items.length === 1 ? "" : "s"} where the edition has ${expected}`);
    const blockLacks = lacking(block.published.map((p) => p.year));
    if (blockLacks.length > 0) problems.push(`the ${block.area} block has no row for ${blockLacks.join(", ")}`);
  }
  return problems;
}

/**
 * Refuses a country sheet that lacks part of what its edition must hold, naming the file, the sheet and
 * everything missing: a sheet whose XML was cut short or whose "Policy strand" label was changed would
 * otherwise load with some areas silently gone.
 *
 * @example
 * import {EDITION_2020} from "./editions.ts";
 * // shapeProblems' cut sheet.
 * const block = (area: string) => ({area, items: [{}], published: [{year: 2014}, {year: 2019}]});
 * const sheet = {file: "cut.xlsx", sheet: "AT", lastRow: 32, overall: [{year: 2014}, {year: 2019}], areas: ["labour_market_mobility", "family_reunification", "education"].map(block), unlabelledStrands: [], warnings: []};
 * checkSheetShape(sheet, EDITION_2020) // throws WorkbookError: "cut.xlsx, sheet AT: not a complete 2020-edition country sheet: no political_participation, … block (the sheet ends at row 32); …"
 * @throws WorkbookError naming file, sheet and what is missing.
 */
export function checkSheetShape(sheet: ParsedSheet, spec: EditionSpec): void {
  const problems = shapeProblems(sheet, spec.shape);
  if (problems.length > 0)
    throw new WorkbookError({file: sheet.file, sheet: sheet.sheet}, `not a complete ${spec.edition}-edition country sheet: ${problems.join("; ")}`);
}
