import {SHEET_TO_ISO3} from "../countries/sheet-codes.ts";
import {AREA_IDS, OVERALL_VARIANTS, type AreaId, type OverallVariant} from "./areas.ts";
import type {Edition, EditionSpec} from "./editions.ts";
import type {ParsedArea, ParsedSheet} from "./parse-country-sheet.ts";
import {linearForm} from "./linear-formula.ts";
import {AGREEMENT_TOLERANCE, isMismatch, overallScore, weightedAreaScore} from "./recompute.ts";
import {cellAddress} from "./sheet-grid.ts";
import {checkSheetShape} from "./sheet-shape.ts";
import {WorkbookError, warning, type WorkbookWarning} from "./workbook-error.ts";
import {plainNumber} from "../format/number.ts";

export interface IndicatorRow {
  code: string;
  area: AreaId;
  level: "indicator" | "sub-indicator";
  /** For a sub-indicator, the indicator it details. */
  parent: string | null;
  position: number;
  /** The item's weight in its area score, read from the workbooks' area formulas (0 for sub-indicators). */
  weight: number;
  title: string;
  description: string;
  answer_options: string;
}

export interface IndicatorScoreRow {
  iso3: string;
  year: number;
  indicator: string;
  score: number;
  edition: Edition;
  level: "indicator" | "sub-indicator";
  area: AreaId;
  /** The cell the score was read from, e.g. "SE!E45". */
  source_cell: string;
}

export interface AreaScoreRow {
  iso3: string;
  year: number;
  edition: Edition;
  area: AreaId;
  published: number | null;
  recomputed: number | null;
  mismatch: boolean | null;
  /** Why published and recomputed differ, or why there is no recomputed value. */
  note: string | null;
  source_cell: string;
}

export interface OverallScoreRow {
  iso3: string;
  year: number;
  edition: Edition;
  variant: OverallVariant;
  published: number | null;
  recomputed: number | null;
  mismatch: boolean | null;
  note: string | null;
  source_cell: string | null;
}

export interface CommentRow {
  iso3: string;
  year: number;
  edition: Edition;
  indicator: string;
  comment: string;
}

export interface MipexTables {
  indicators: IndicatorRow[];
  indicator_scores: IndicatorScoreRow[];
  area_scores: AreaScoreRow[];
  overall_scores: OverallScoreRow[];
  comments: CommentRow[];
  warnings: WorkbookWarning[];
}

export interface EditionInput {
  spec: EditionSpec;
  file: string;
  sheets: ParsedSheet[];
}

/**
 * Turns the parsed country sheets of one or more editions into the workspace's tidy tables.
 *
 * Indicators are identified across sheets by their area and position in the block: the workbooks spell
 * a few codes differently from sheet to sheet (`fa102_new`/`fb102_new`, `gc`/`gc_new`), so the code
 * most sheets use names the indicator and every other spelling is reported. Whether an item is an
 * indicator or a sub-indicator is taken from the area average's own formula (the columns it
 * averages), because some sheets put indicator codes in the Sub-indicator row.
 *
 * @example (not run: reads the official workbook with exceljs, ≈ 2 s of CPU per example; loadMipex runs it on a cold cache and test/loaders/mipex/read-workbook.test.ts reads the workbook)
 * const sheets = (await readWorkbook(locateSource("mipex_core").file)).map(parseCountrySheet);
 * const tables = buildTables([{spec: EDITION_2020, file: "mipex_core_2007-2019.xlsx", sheets}]);
 * tables.overall_scores.filter((r) => r.year === 2019 && r.variant === "with_health").length // 56
 * @throws WorkbookError for a missing or unknown sheet, a sheet lacking an area block, items or year rows
 *   its edition must hold (checkSheetShape), a block whose items differ from the other sheets', or a
 *   duplicate (country, year, indicator).
 */
export function buildTables(inputs: readonly EditionInput[]): MipexTables {
  const warnings: WorkbookWarning[] = inputs.flatMap((i) => i.sheets.flatMap((s) => s.warnings));
  for (const input of inputs) checkSheets(input);
  const structure = canonicalStructure(inputs, warnings);
  const tables: MipexTables = {
    indicators: [...structure.values()].flatMap((s) => s.items),
    indicator_scores: [],
    area_scores: [],
    overall_scores: [],
    comments: [],
    warnings
  };
  for (const input of inputs) {
    for (const sheet of input.sheets) addSheet(tables, input.spec.edition, sheet, structure);
  }
  return tables;
}

function checkSheets({spec, file, sheets}: EditionInput): void {
  const names = new Set(sheets.map((s) => s.sheet));
  const missing = spec.sheets.filter((s) => !names.has(s));
  if (missing.length > 0) {
    throw new WorkbookError(
      {file},
      `missing country sheet${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (the ${spec.edition} edition has ${spec.sheets.length})`
    );
  }
  const seen = new Map<string, string>();
  for (const sheet of sheets) {
    const iso3 = SHEET_TO_ISO3.get(sheet.sheet);
    if (!iso3)
      throw new WorkbookError(
        {file, sheet: sheet.sheet},
        `unknown country sheet "${sheet.sheet}"; known sheet names are listed in lib/countries/sheet-codes.ts`
      );
    const other = seen.get(iso3);
    if (other) throw new WorkbookError({file, sheet: sheet.sheet}, `sheets ${other} and ${sheet.sheet} are both ${iso3}`);
    seen.set(iso3, sheet.sheet);
    checkSheetShape(sheet, spec);
  }
}

interface AreaStructure {
  items: IndicatorRow[];
  /** The weight of each item by position; sums to 1. */
  weights: number[];
  /** How many sheet-years' formulas gave these weights, out of how many formulas were read. */
  agreeing: number;
  formulas: number;
}

/**
 * Per area, the items in block order with the code most sheets give them and the weights most of the
 * workbooks' area formulas give them. Three areas are not a plain mean of their indicators: permanent
 * residence, anti-discrimination and health average sub-means of groups of indicators, and the weights
 * say so.
 */
function canonicalStructure(inputs: readonly EditionInput[], warnings: WorkbookWarning[]): Map<AreaId, AreaStructure> {
  const structure = new Map<AreaId, AreaStructure>();
  for (const area of AREA_IDS) {
    const blocks = inputs.flatMap((i) => i.sheets.flatMap((s) => s.areas.filter((a) => a.area === area).map((a) => ({sheet: s, block: a}))));
    if (blocks.length === 0) continue;
    const length = mostCommon(blocks.map((b) => b.block.items.length));
    for (const {sheet, block} of blocks) {
      if (block.items.length !== length) {
        throw new WorkbookError(
          {file: sheet.file, sheet: sheet.sheet, row: block.strandRow, column: 1},
          `the ${area} block has ${block.items.length} items where the other sheets have ${length}: ${block.items.map((i) => i.rawCode).join(", ")}`
        );
      }
    }
    const parsedWeights = blocks.flatMap(({block}) => block.formulas.map((f) => weightsOf(block, f.formula)).filter((w) => w !== null));
    const signatures = parsedWeights.map(signature);
    // The signature rounds weights to compare formulas; the weights used are an exact parse of one of them.
    const weights =
      signatures.length > 0
        ? parsedWeights[signatures.indexOf(mostCommon(signatures))]
        : equalWeights(blocks[0].block.items.map((item) => item.level === "indicator"));
    const canonical = signature(weights);
    for (const {sheet, block} of blocks) {
      const differing = block.formulas.filter((f) => {
        const w = weightsOf(block, f.formula);
        return w === null || signature(w) !== canonical;
      });
      if (differing.length > 0) {
        const f = differing[0];
        warnings.push(
          warning(
            "area-formula",
            {file: sheet.file, sheet: sheet.sheet, row: f.row, column: 2},
            `the ${area} average =${f.formula} (${differing.map((d) => d.year).join(", ")}) weighs items differently from the formula most sheets use (${describeWeights(block, weights)}); recomputed with the common weights`
          )
        );
      }
    }
    const rows: IndicatorRow[] = [];
    let parent: string | null = null;
    for (let position = 0; position < length; position++) {
      const items = blocks.map((b) => ({...b, item: b.block.items[position]}));
      const code = mostCommon(items.map((i) => i.item.code));
      const level = weights[position] > 0 ? "indicator" : "sub-indicator";
      for (const {sheet, block, item} of items) {
        const where = {file: sheet.file, sheet: sheet.sheet, row: block.strandRow + 1, column: item.scoreColumn};
        if (item.code !== code) warnings.push(warning("code-variant", where, `code "${item.rawCode}" where most sheets have "${code}"; read as ${code}`));
        if (item.level !== level)
          warnings.push(
            warning(
              "level-row",
              where,
              `"${item.rawCode}" stands in the ${item.level} row but the area formula ${level === "indicator" ? "averages" : "does not average"} it; read as ${level}`
            )
          );
      }
      if (level === "indicator") parent = code;
      const first = items.find((i) => i.item.code === code)!.item;
      rows.push({
        code,
        area,
        level,
        parent: level === "indicator" ? null : parent,
        position,
        weight: weights[position],
        title: first.title,
        description: first.description,
        answer_options: first.answerOptions
      });
    }
    structure.set(area, {items: rows, weights, agreeing: signatures.filter((s) => s === canonical).length, formulas: signatures.length});
  }
  return structure;
}

/** An area formula's weight for each item of the block, or null when it is not a linear form of them. */
function weightsOf(block: ParsedArea, formula: string): number[] | null {
  const form = linearForm(formula);
  if (!form || form.constant !== 0) return null;
  const weights = block.items.map(() => 0);
  for (const [column, coefficient] of form.coefficients) {
    const position = block.items.findIndex((item) => item.scoreColumn === column);
    if (position < 0) return null;
    weights[position] = coefficient;
  }
  return weights;
}

function equalWeights(included: boolean[]): number[] {
  const n = included.filter(Boolean).length;
  return included.map((x) => (x ? 1 / n : 0));
}

function signature(weights: readonly number[]): string {
  return weights.map((w) => Number(w.toPrecision(12))).join(" ");
}

function describeWeights(block: ParsedArea, weights: readonly number[]): string {
  return block.items.flatMap((item, i) => (weights[i] > 0 ? [`${item.code} ${plainNumber(weights[i], 4)}`] : [])).join(", ");
}

function addSheet(tables: MipexTables, edition: Edition, sheet: ParsedSheet, structure: Map<AreaId, AreaStructure>): void {
  const iso3 = SHEET_TO_ISO3.get(sheet.sheet)!;
  const seen = new Map<string, string>();
  const areaByYear = new Map<number, Map<AreaId, number | null>>();
  for (const block of sheet.areas) {
    const {items, weights} = structure.get(block.area)!;
    block.items.forEach((item, position) => {
      const meta = items[position];
      for (const {year, score, row, column} of item.scores) {
        if (score === null) continue;
        const key = `${year} ${meta.code}`;
        const cell = `${sheet.sheet}!${cellAddress(row, column)}`;
        const earlier = seen.get(key);
        if (earlier)
          throw new WorkbookError(
            {file: sheet.file, sheet: sheet.sheet, row, column},
            `duplicate score for ${iso3}, ${year}, indicator ${meta.code} (also in ${earlier})`
          );
        seen.set(key, cell);
        tables.indicator_scores.push({iso3, year, indicator: meta.code, score, edition, level: meta.level, area: block.area, source_cell: cell});
      }
      for (const {year, text} of item.comments) tables.comments.push({iso3, year, edition, indicator: meta.code, comment: text});
    });
    for (const published of block.published) {
      const scores = block.items.map((item) => item.scores.find((s) => s.year === published.year)?.score ?? null);
      const weighted = scores.filter((_, i) => weights[i] > 0);
      if (published.score === null && weighted.every((s) => s === null)) continue;
      const recomputed = weightedAreaScore(scores, weights);
      const byArea = areaByYear.get(published.year) ?? new Map<AreaId, number | null>();
      byArea.set(block.area, recomputed);
      areaByYear.set(published.year, byArea);
      const mismatch = isMismatch(published.score, recomputed);
      const unscored = items.filter((it, i) => weights[i] > 0 && scores[i] === null).map((it) => it.code);
      const formula = block.formulas.find((f) => f.year === published.year)?.formula;
      tables.area_scores.push({
        iso3,
        year: published.year,
        edition,
        area: block.area,
        published: published.score,
        recomputed,
        mismatch,
        note:
          recomputed === null
            ? `not recomputable: ${unscored.join(", ")} unscored in ${published.year}`
            : published.score === null
              ? "the workbook publishes no area score for this year"
              : mismatch
                ? formula
                  ? `the workbook's =${formula} differs from the common weights (see the area-formula warning)`
                  : "the published area score is a typed number, not a formula over the indicators"
                : null,
        source_cell: `${sheet.sheet}!${cellAddress(published.row, published.column)}`
      });
    }
  }
  const years = new Set([...sheet.overall.map((o) => o.year), ...areaByYear.keys()]);
  for (const year of [...years].sort()) {
    for (const variant of Object.keys(OVERALL_VARIANTS) as OverallVariant[]) {
      const published = sheet.overall.find((o) => o.year === year && o.variant === variant);
      const areas = areaByYear.get(year) ?? new Map();
      const recomputed = overallScore(areas, variant);
      if ((published?.score ?? null) === null && recomputed === null) continue;
      tables.overall_scores.push({
        iso3,
        year,
        edition,
        variant,
        published: published?.score ?? null,
        recomputed,
        mismatch: isMismatch(published?.score ?? null, recomputed),
        note: overallNote(areas, variant, published?.score ?? null, recomputed),
        source_cell: published ? `${sheet.sheet}!${cellAddress(published.row, published.column)}` : null
      });
    }
  }
}

function overallNote(areas: ReadonlyMap<AreaId, number | null>, variant: OverallVariant, published: number | null, recomputed: number | null): string | null {
  if (recomputed === null) {
    const missing = OVERALL_VARIANTS[variant].filter((a) => (areas.get(a) ?? null) === null);
    return `not recomputable: no recomputed ${missing.join(", ")} score this year`;
  }
  if (published === null) return "the workbook publishes no overall score of this variant for this year";
  if (isMismatch(published, recomputed)) return "follows from the area mismatch this year (see area_scores)";
  return null;
}

function mostCommon<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  // Ties go to the first value seen, which keeps the choice deterministic for the same input order.
  let best = values[0];
  for (const [value, count] of counts) if (count > counts.get(best)!) best = value;
  return best;
}

export {AGREEMENT_TOLERANCE};
