import {checkFlag} from "./flags.ts";
import {eurostatLabelForCode} from "./eurostat-codelists.ts";
import {datasetFromFileName, datasetTitle, eurostatSeries, type KeyDimension} from "./eurostat-series.ts";
import {mapEurostatGeo} from "./geography.ts";
import {resolveDuplicates} from "./duplicates.ts";
import {OutcomeFormatError, type Exclusion, type Observation, type ParseOptions, type ParseResult} from "./observation.ts";
import {parseValue, parseYear} from "./values.ts";

export interface TsvOptions extends ParseOptions {
  /** The dataset code (default: from the file name, see datasetFromFileName). */
  dataset?: string;
}

/**
 * Parses a Eurostat TSV export: the first column is the comma-joined key (`freq,unit,sex,age,citizen,geo\TIME_PERIOD`
 * in the header), then one column per year; a cell is a value and an optional flag (`70.4 b`, `: u`, `:`).
 *
 * Missing cells (`:` with or without a flag, or an empty cell) are kept as observations with value null and the
 * flag as given (null when there is none), so every key × year of the file is accounted for. Unknown geography →
 * one exclusion per row (all its year cells). Codes only; labels come from lib/outcomes/eurostat-codelists.ts where listed.
 *
 * @example
 * const text = "freq,unit,sex,age,citizen,geo\\TIME_PERIOD\t2020 \t2021 \nA,PC,F,Y20-64,EU27_2020_FOR,AT\t72.1 \t70.4 b\n";
 * const {iso3, geo, year, indicator, group, value, flag} = parseEurostatTsv(text, {file: "eurostat/lfsa_ergan_Y20-64_by_citizenship.tsv"}).observations[1];
 * ({iso3, geo, year, indicator, group, value, flag}) // {iso3: "AUT", geo: "AT", year: 2021, indicator: "lfsa_ergan.Y20-64", group: "citizen=EU27_2020_FOR;sex=F", value: 70.4, flag: "b"}
 * @throws OutcomeFormatError naming file, row and column for a bad header, value, flag or field count.
 */
export function parseEurostatTsv(text: string, options: TsvOptions): ParseResult {
  const {file} = options;
  const lines = text
    .replace(/^\ufeff/, "")
    .split("\n")
    .map((l) => l.replace(/\r$/, ""));
  const header = (lines[0] ?? "").split("\t");
  const first = header[0] ?? "";
  const slash = first.indexOf("\\");
  if (slash < 0) throw new OutcomeFormatError(file, 1, first, `first header cell must be "dim1,dim2,...,geo\\TIME_PERIOD", found "${first}"`);
  const dimNames = first
    .slice(0, slash)
    .split(",")
    .map((d) => d.trim());
  const geoIndex = dimNames.indexOf("geo");
  if (geoIndex < 0) throw new OutcomeFormatError(file, 1, first, `missing required dimension "geo" in "${first}"`);
  if (header.length < 2) throw new OutcomeFormatError(file, 1, first, "no year columns");
  const years = header.slice(1).map((h) => parseYear(h, file, 1, h.trim()));
  const dataset = options.dataset ?? datasetFromFileName(file);
  if (!dataset) throw new OutcomeFormatError(file, 1, first, `cannot tell the dataset code from the file name "${file}"; pass {dataset}`);
  const title = datasetTitle(dataset);
  const unitIndex = dimNames.indexOf("unit");

  const parsed: {line: number; codes: string[]; cells: string[]}[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === "") continue;
    const cells = lines[i].split("\t");
    if (cells.length !== header.length) {
      throw new OutcomeFormatError(
        file,
        i + 1,
        header[Math.min(cells.length, header.length - 1)].trim(),
        `expected ${header.length} tab-separated fields, found ${cells.length}`
      );
    }
    const codes = cells[0].split(",").map((c) => c.trim());
    if (codes.length !== dimNames.length)
      throw new OutcomeFormatError(file, i + 1, first, `key "${cells[0]}" has ${codes.length} parts, the header names ${dimNames.length}`);
    parsed.push({line: i + 1, codes, cells});
  }
  const unitInId = unitIndex >= 0 && new Set(parsed.map((p) => p.codes[unitIndex])).size > 1;

  const rows: Observation[] = [];
  const exclusions: Exclusion[] = [];
  for (const {line, codes, cells} of parsed) {
    const key: KeyDimension[] = dimNames.map((dimension, j) => ({dimension, code: codes[j], label: eurostatLabelForCode(dimension, codes[j]) ?? codes[j]}));
    const geo = key[geoIndex];
    const mapping = mapEurostatGeo(geo.code);
    const series = eurostatSeries(dataset, title, key, unitInId);
    const unit = unitIndex >= 0 ? key[unitIndex].label : "";
    // One dimensions object per row, shared by its year cells (60 000 cells in edat_lfs_9912).
    const dimensions = Object.fromEntries(key.map((k) => [k.dimension, k.code]));
    const dimensionLabels = Object.fromEntries(key.map((k) => [k.dimension, k.label]));
    if (!mapping) {
      exclusions.push({
        file,
        row: line,
        column: first,
        code: geo.code,
        reason: "unknown-geography",
        message: `${file}, row ${line}, column "${first}": unknown Eurostat geography "${geo.code}" (${years.length} year cells not read)`
      });
      continue;
    }
    for (let y = 0; y < years.length; y++) {
      const column = header[y + 1].trim();
      const cell = cells[y + 1].trim();
      const match = /^(\S+)(?:\s+(\S+))?$/.exec(cell);
      if (cell !== "" && !match) throw new OutcomeFormatError(file, line, column, `cell is not "value [flag]": "${cells[y + 1]}"`);
      const valueText = match?.[1] ?? "";
      const value = valueText === ":" ? null : parseValue(valueText, file, line, column);
      const checked = checkFlag(match?.[2] ?? "");
      if (checked.error !== undefined) throw new OutcomeFormatError(file, line, column, checked.error);
      rows.push({
        iso3: mapping.iso3,
        geo: geo.code,
        geoLabel: geo.label,
        isAggregate: mapping.isAggregate,
        year: years[y],
        ...series,
        value,
        flag: checked.flag,
        unit,
        source: `Eurostat ${dataset} (TSV)`,
        sourceFile: file,
        row: line,
        note: null,
        conflict: false,
        derived: false,
        dimensions,
        dimensionLabels
      });
    }
  }
  const resolved = resolveDuplicates(rows, file, "error", first);
  return {observations: resolved.observations, exclusions: [...exclusions, ...resolved.exclusions], conflicts: resolved.conflicts, rows: parsed.length};
}
