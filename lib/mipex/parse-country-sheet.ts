import {AREAS, areaForStrand, type AreaId, type OverallVariant} from "./areas.ts";
import {erratumFor} from "./errata.ts";
import {cellAddress, cellText, type SheetGrid} from "./sheet-grid.ts";
import {WorkbookError, warning, type WorkbookWarning} from "./workbook-error.ts";

/** A score read from one cell, with the cell it came from. */
export interface CellScore {
  year: number;
  score: number | null;
  row: number;
  column: number;
}

export interface ParsedItem {
  /** The code as normalised: trimmed, and cut at the first space ("gc_new (128, 129)" → "gc_new"). */
  code: string;
  /** The code exactly as written in the sheet. */
  rawCode: string;
  /** Which header row the code stands in: the sheet's own claim, harmonised later across sheets. */
  level: "indicator" | "sub-indicator";
  /** 0-based position of the item in its area block, left to right. */
  position: number;
  scoreColumn: number;
  title: string;
  description: string;
  answerOptions: string;
  scores: CellScore[];
  comments: {year: number; text: string}[];
}

export interface ParsedArea {
  area: AreaId;
  strandRow: number;
  /** The area average the workbook publishes, by year. */
  published: CellScore[];
  /** The formula of the published average in each year row that has one (without "="). */
  formulas: {year: number; row: number; formula: string}[];
  items: ParsedItem[];
}

export interface ParsedSheet {
  file: string;
  sheet: string;
  /** The last row the sheet holds: a sheet cut short (damaged XML) ends early. */
  lastRow: number;
  overall: (CellScore & {variant: OverallVariant})[];
  areas: ParsedArea[];
  /** Rows that name a strand in column B without "Policy strand" in column A: their block is not read. */
  unlabelledStrands: {row: number; area: AreaId; label: string; title: string}[];
  warnings: WorkbookWarning[];
}

const OVERALL_LABELS: [RegExp, OverallVariant][] = [
  [/with\/?out health and education/i, "without_health_education"],
  [/with\/?out health/i, "without_health"],
  [/with health/i, "with_health"]
];

/**
 * Reads one country sheet of an official MIPEX workbook: the "Overall Scores" block, then one block per
 * policy strand with the area average and each indicator's and sub-indicator's score by year.
 * Blocks are found by their labels in column A, never by fixed row numbers, because sheets differ in
 * how many years and rows they hold.
 *
 * @example (not run: reads the official workbook with exceljs, ≈ 2 s of CPU per example; test/loaders/mipex/read-workbook.test.ts parses its sheets)
 * const grid = (await readWorkbook(locateSource("mipex_core").file)).find((g) => g.sheet === "SE")!;
 * const parsed = parseCountrySheet(grid);
 * parsed.areas.find((a) => a.area === "education")?.items.length // 12
 * @throws WorkbookError naming file, sheet, row and column for a non-numeric or out-of-range score,
 *   an unknown strand, a strand given twice or a block without its Year row.
 */
export function parseCountrySheet(grid: SheetGrid): ParsedSheet {
  const warnings: WorkbookWarning[] = [];
  const strandRows: number[] = [];
  const unlabelledStrands: ParsedSheet["unlabelledStrands"] = [];
  for (let row = 1; row <= grid.rowCount; row++) {
    const label = cellText(grid, row, 1);
    if (/^policy strand$/i.test(label)) strandRows.push(row);
    else {
      const title = cellText(grid, row, 2);
      const named = /strand/i.test(title) ? areaForStrand(title) : undefined;
      if (named) unlabelledStrands.push({row, area: named.id, label, title});
    }
  }
  if (strandRows.length === 0) {
    throw new WorkbookError({file: grid.file, sheet: grid.sheet, column: 1}, `no "Policy strand" row in column A; is this a MIPEX country sheet?`);
  }
  const overall = parseOverall(grid, strandRows[0], warnings);
  const areas: ParsedArea[] = [];
  strandRows.forEach((row, i) => {
    const parsed = parseArea(grid, row, strandRows[i + 1] ?? grid.rowCount + 1, warnings);
    const duplicate = areas.find((a) => a.area === parsed.area);
    if (duplicate) {
      throw new WorkbookError(
        {file: grid.file, sheet: grid.sheet, row, column: 2},
        `the ${parsed.area} strand appears twice (rows ${duplicate.strandRow} and ${row})`
      );
    }
    areas.push(parsed);
  });
  return {file: grid.file, sheet: grid.sheet, lastRow: grid.rowCount, overall, areas, unlabelledStrands, warnings};
}

function parseOverall(grid: SheetGrid, endRow: number, warnings: WorkbookWarning[]): ParsedSheet["overall"] {
  const headerRow = findRow(grid, 1, endRow, /^year$/i);
  if (headerRow === undefined) {
    throw new WorkbookError({file: grid.file, sheet: grid.sheet, column: 1}, `no "Year" header in the Overall Scores block above row ${endRow}`);
  }
  const columns: [number, OverallVariant][] = [];
  for (let column = 2; column <= grid.columnCount; column++) {
    const label = cellText(grid, headerRow, column);
    if (!label) continue;
    const variant = OVERALL_LABELS.find(([pattern]) => pattern.test(label))?.[1];
    if (!variant) throw new WorkbookError({file: grid.file, sheet: grid.sheet, row: headerRow, column}, `unknown overall-score column "${label}"`);
    columns.push([column, variant]);
  }
  const scores: ParsedSheet["overall"] = [];
  for (const row of yearRows(grid, headerRow + 1, endRow, 1)) {
    for (const [column, variant] of columns) scores.push({...readScore(grid, row.row, column, row.year, warnings), variant});
  }
  return scores;
}

function parseArea(grid: SheetGrid, strandRow: number, endRow: number, warnings: WorkbookWarning[]): ParsedArea {
  const strand = cellText(grid, strandRow, 2);
  const area = areaForStrand(strand);
  if (!area) {
    throw new WorkbookError(
      {file: grid.file, sheet: grid.sheet, row: strandRow, column: 2},
      `unknown policy area "${strand}"; expected one of ${AREAS.map((a) => `"${a.strand}"`).join(", ")}`
    );
  }
  const labelRow = (pattern: RegExp) => findRow(grid, strandRow + 1, endRow, pattern);
  const indicatorRow = labelRow(/^indicator$/i);
  const subIndicatorRow = labelRow(/^sub-?indicator$/i);
  const titleRow = labelRow(/^title$/i);
  const descriptionRow = labelRow(/^description$/i);
  const answersRow = labelRow(/^answer options$/i);
  const yearHeaderRow = labelRow(/^year$/i);
  if (indicatorRow === undefined || yearHeaderRow === undefined) {
    throw new WorkbookError(
      {file: grid.file, sheet: grid.sheet, row: strandRow, column: 1},
      `the ${area.id} block has no ${indicatorRow === undefined ? '"Indicator"' : '"Year"'} row in column A before row ${endRow}`
    );
  }
  const years = [...yearRows(grid, yearHeaderRow + 1, endRow, 1)];
  const where = {file: grid.file, sheet: grid.sheet};

  // Column A holds the area average (score in B); each item then takes three columns: its own label
  // column (which repeats "Indicator", "Year", ... and the years), its score and its comments.
  const letter = cellText(grid, indicatorRow, 2);
  if (letter.toLowerCase() !== area.letter) {
    warnings.push(warning("area-code", {...where, row: indicatorRow, column: 2}, `the ${area.id} block's code is "${letter}", expected "${area.letter}"`));
  }
  const published = years.map(({row, year}) => readScore(grid, row, 2, year, warnings));
  const formulas = years.flatMap(({row, year}) => {
    const formula = grid.cell(row, 2)?.formula;
    return formula ? [{year, row, formula}] : [];
  });

  const items: ParsedItem[] = [];
  for (let labelColumn = 4; labelColumn <= grid.columnCount; labelColumn += 3) {
    if (!/^indicator$/i.test(cellText(grid, indicatorRow, labelColumn))) {
      // The block ends where the repeated "Indicator" label stops; anything further right is stray.
      const stray = cellText(grid, indicatorRow, labelColumn + 1) || cellText(grid, yearHeaderRow, labelColumn + 1);
      if (stray)
        warnings.push(
          warning(
            "stray-column",
            {...where, row: indicatorRow, column: labelColumn},
            `content "${stray}" after the last item of the ${area.id} block is ignored`
          )
        );
      break;
    }
    const scoreColumn = labelColumn + 1;
    const indicatorCode = cellText(grid, indicatorRow, scoreColumn);
    const subCode = subIndicatorRow === undefined ? "" : cellText(grid, subIndicatorRow, scoreColumn);
    const rawCode = indicatorCode || subCode;
    if (!rawCode) {
      throw new WorkbookError(
        {...where, row: indicatorRow, column: scoreColumn},
        `item ${items.length + 1} of the ${area.id} block has no code in the Indicator or Sub-indicator row`
      );
    }
    if (indicatorCode && subCode && subCode !== "null") {
      warnings.push(
        warning(
          "two-codes",
          {...where, row: subIndicatorRow, column: scoreColumn},
          `both an indicator code "${indicatorCode}" and a sub-indicator code "${subCode}"; the indicator code is used`
        )
      );
    }
    const text = (row: number | undefined) => (row === undefined ? "" : cellText(grid, row, scoreColumn));
    items.push({
      code: normalizeCode(rawCode),
      rawCode,
      level: indicatorCode ? "indicator" : "sub-indicator",
      position: items.length,
      scoreColumn,
      title: text(titleRow),
      description: text(descriptionRow),
      answerOptions: text(answersRow),
      scores: years.map(({row, year}) => readScore(grid, row, scoreColumn, year, warnings)),
      comments: years.flatMap(({row, year}) => {
        const comment = cellText(grid, row, scoreColumn + 1);
        return comment ? [{year, text: comment}] : [];
      })
    });
  }
  return {area: area.id, strandRow, published, formulas, items};
}

/**
 * The canonical form of an indicator code: trimmed, lower case, cut at the first space.
 *
 * @example
 * normalizeCode(" gc_new (128, 129, 133, 135)") // "gc_new"
 */
export function normalizeCode(raw: string): string {
  return raw.trim().split(/\s+/)[0].toLowerCase();
}

function findRow(grid: SheetGrid, from: number, to: number, pattern: RegExp): number | undefined {
  for (let row = from; row < to; row++) if (pattern.test(cellText(grid, row, 1))) return row;
  return undefined;
}

/** The consecutive rows below a header whose label column holds a year. */
function* yearRows(grid: SheetGrid, from: number, to: number, column: number): Generator<{row: number; year: number}> {
  for (let row = from; row < to; row++) {
    const text = cellText(grid, row, column);
    if (!/^\d{4}$/.test(text)) return;
    yield {row, year: Number(text)};
  }
}

/**
 * Text the official workbooks put in score cells to mean "not scored this year". Such a cell is read as
 * missing and counted as a warning; any other text in a score cell is an error.
 */
export const NOT_SCORED_NOTES: readonly RegExp[] = [
  /^don'?t fill these years/i,
  // Excel errors pasted as text (a copied #DIV/0! from an average over unscored years).
  /^#(DIV\/0!|N\/A|VALUE!)$/i
];

/**
 * A score cell: a number from 0 to 100 (typed or the cached result of a formula), or empty. A formula
 * that evaluates to an Excel error (the workbooks' AVERAGE over years nobody scored gives #DIV/0!) and a
 * "don't fill" note are read as missing with a counted warning. Anything else is an error, because a
 * score that cannot be read must never turn silently into a missing one.
 */
function readScore(grid: SheetGrid, row: number, column: number, year: number, warnings: WorkbookWarning[]): CellScore {
  const where = {file: grid.file, sheet: grid.sheet, row, column};
  const missing = {year, score: null, row, column};
  const cell = grid.cell(row, column);
  if (cell?.error) {
    if (cell.formula) {
      warnings.push(warning("formula-error", where, `=${cell.formula} gives ${cell.error} for ${year}; read as not scored`));
      return missing;
    }
    throw new WorkbookError(where, `the score for ${year} is the Excel error ${cell.error}`);
  }
  const value = cell?.value;
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return missing;
  if (typeof value === "string" && NOT_SCORED_NOTES.some((note) => note.test(value.trim()))) {
    warnings.push(warning("not-scored-note", where, `the note "${value.trim()}" stands in the score cell for ${year}; read as not scored`));
    return missing;
  }
  const erratum = typeof value === "string" ? erratumFor(grid.file, grid.sheet, cellAddress(row, column)) : undefined;
  if (erratum) {
    warnings.push(warning("erratum", where, `${erratum.found}; ${erratum.treatment}`));
    return missing;
  }
  // A number cell can hold a value no score can be (1e999 reads as Infinity): refused, never clamped.
  if (typeof value === "number" && !Number.isFinite(value)) throw new WorkbookError(where, `the score for ${year} is ${value}, not a finite number`);
  const score = typeof value === "number" ? value : typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(score)) throw new WorkbookError(where, `the score for ${year} is not a number: "${String(value)}"`);
  if (score < 0 || score > 100) throw new WorkbookError(where, `the score for ${year} is ${score}, outside 0–100`);
  return {year, score, row, column};
}
