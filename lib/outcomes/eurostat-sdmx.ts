import {checkFlag} from "./flags.ts";
import {parseCsv} from "./csv.ts";
import {eurostatCodeForLabel, eurostatLabelForCode} from "./eurostat-codelists.ts";
import {datasetFromDataflow, datasetFromFileName, datasetTitle, eurostatSeries, type KeyDimension} from "./eurostat-series.ts";
import {mapEurostatGeo} from "./geography.ts";
import {resolveDuplicates} from "./duplicates.ts";
import {OutcomeFormatError, type Exclusion, type Observation, type ParseOptions, type ParseResult} from "./observation.ts";
import {parseValue, parseYear} from "./values.ts";

/** Columns of Eurostat SDMX-CSV that are not key dimensions. */
const STRUCTURAL = new Set([
  "STRUCTURE",
  "STRUCTURE_ID",
  "STRUCTURE_NAME",
  "ACTION",
  "DATAFLOW",
  "LAST UPDATE",
  "TIME_PERIOD",
  "OBS_VALUE",
  "OBS_FLAG",
  "OBS_STATUS",
  "CONF_STATUS"
]);
const DIMENSION_NAME = /^[a-z][a-z0-9_]*$/;
/** What a Eurostat code looks like (`A`, `PC`, `Y15-64`, `EU27_2020_FOR`); a cell that does not is a label. */
const CODE = /^[A-Z0-9][A-Z0-9_\-.]*$/;

export interface SdmxOptions extends ParseOptions {
  /** The dataset code when the export has no DATAFLOW/STRUCTURE_ID column (default: from the file name). */
  dataset?: string;
}

/**
 * Parses a Eurostat SDMX-CSV export in any of the three shapes the Data Browser writes:
 * - codes only: `DATAFLOW, LAST UPDATE, freq, unit, sex, ..., geo, TIME_PERIOD, OBS_VALUE, OBS_FLAG`;
 * - codes and labels (SDMX-CSV 2.0): `STRUCTURE, STRUCTURE_ID, STRUCTURE_NAME, freq, Time frequency, ...` where
 *   each code column is followed by a label column (a header that is not a lower-case dimension name);
 * - labels only: the code-only header but cells holding labels (`Annual`, `Albania`); labels are turned back into
 *   codes with lib/outcomes/eurostat-codelists.ts (a label not listed keeps the label as its code; an unknown
 *   geography is reported).
 * Required columns: `geo`, `TIME_PERIOD`, `OBS_VALUE`. Annual data only (TIME_PERIOD = YYYY).
 * Empty OBS_VALUE → an observation with value null (its flag kept). Unknown geography → an exclusion.
 * Two rows for one key → an exclusion when the values agree, an error when they differ.
 *
 * @example
 * const text = "DATAFLOW,LAST UPDATE,freq,unit,sex,age,citizen,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\nESTAT:LFSA_ERGAN(1.0),01/01/25,A,PC,F,Y15-64,FOR,AT,1995,59.3,\n";
 * const {iso3, geo, year, indicator, group, value, flag} = parseEurostatSdmxCsv(text, {file: "eurostat/lfsa_ergan_Y15-64_by_citizenship.sdmx.csv"}).observations[0];
 * ({iso3, geo, year, indicator, group, value, flag}) // {iso3: "AUT", geo: "AT", year: 1995, indicator: "lfsa_ergan.Y15-64", group: "citizen=FOR;sex=F", value: 59.3, flag: null}
 * @throws OutcomeFormatError naming file, row and column for a missing column, bad year, value or flag.
 */
export function parseEurostatSdmxCsv(text: string, options: SdmxOptions): ParseResult {
  const {file} = options;
  const records = parseCsv(text);
  if (records.length === 0) throw new OutcomeFormatError(file, 1, "(header)", "empty file");
  const header = records[0].fields.map((h) => h.trim());
  const index = (name: string) => header.indexOf(name);
  for (const required of ["geo", "TIME_PERIOD", "OBS_VALUE"]) {
    if (index(required) < 0)
      throw new OutcomeFormatError(file, records[0].line, required, `missing required column "${required}" (header: ${header.join(", ")})`);
  }

  // Key dimensions and the label column beside each, if any.
  const dims: {name: string; col: number; labelCol: number}[] = [];
  for (let c = 0; c < header.length; c++) {
    const name = header[c];
    if (STRUCTURAL.has(name) || !DIMENSION_NAME.test(name)) continue;
    const next = header[c + 1];
    const hasLabel = next !== undefined && !STRUCTURAL.has(next) && !DIMENSION_NAME.test(next);
    dims.push({name, col: c, labelCol: hasLabel ? c + 1 : -1});
  }
  const structureCol = index("STRUCTURE_ID") >= 0 ? index("STRUCTURE_ID") : index("DATAFLOW");
  const titleCol = index("STRUCTURE_NAME");
  const timeCol = index("TIME_PERIOD");
  const valueCol = index("OBS_VALUE");
  const flagCol = index("OBS_FLAG");
  const updateCol = index("LAST UPDATE");
  const body = records.slice(1);

  // A dimension column without a label column holds labels when any of its cells is not code-shaped.
  const labelValued = new Set(dims.filter((d) => d.labelCol < 0 && body.some((r) => !CODE.test(r.fields[d.col] ?? ""))).map((d) => d.name));
  const units = new Set(body.map((r) => r.fields[dims.find((d) => d.name === "unit")?.col ?? -1] ?? ""));

  const rows: Observation[] = [];
  const exclusions: Exclusion[] = [];
  // Label → code lookups and series ids repeat across rows; cache them (15 000 rows in hlth_silc_24).
  const codeCache = new Map<string, string | undefined>();
  const seriesCache = new Map<string, ReturnType<typeof eurostatSeries>>();
  const datasetCache = new Map<string, string | undefined>();
  const geoColumn = header[dims.find((d) => d.name === "geo")!.col];
  for (const {line, fields} of body) {
    if (fields.length !== header.length) {
      throw new OutcomeFormatError(file, line, header[Math.min(fields.length, header.length - 1)], `expected ${header.length} fields, found ${fields.length}`);
    }
    const dataflow = structureCol >= 0 ? fields[structureCol] : "";
    if (!datasetCache.has(dataflow)) datasetCache.set(dataflow, options.dataset ?? (dataflow ? datasetFromDataflow(dataflow) : datasetFromFileName(file)));
    const dataset = datasetCache.get(dataflow);
    if (!dataset)
      throw new OutcomeFormatError(
        file,
        line,
        structureCol >= 0 ? header[structureCol] : "DATAFLOW",
        `cannot tell the dataset code from "${dataflow || file}"`
      );
    const key: KeyDimension[] = [];
    let geo: KeyDimension | undefined;
    let unknownGeo = false;
    for (const d of dims) {
      const cell = fields[d.col].trim();
      let code = cell;
      let label = d.labelCol >= 0 ? fields[d.labelCol].trim() : "";
      if (labelValued.has(d.name)) {
        label = cell;
        const cacheKey = `${d.name}\u0000${cell}`;
        if (!codeCache.has(cacheKey)) codeCache.set(cacheKey, eurostatCodeForLabel(d.name, cell));
        const known = codeCache.get(cacheKey);
        if (known) code = known;
        else if (d.name === "geo") unknownGeo = true;
      }
      if (!label) label = eurostatLabelForCode(d.name, code) ?? code;
      const k = {dimension: d.name, code, label};
      if (d.name === "geo") geo = k;
      key.push(k);
    }
    const geoCol = geoColumn;
    const mapping = geo && !unknownGeo ? mapEurostatGeo(geo.code) : undefined;
    if (!geo || !mapping) {
      const code = geo?.code ?? "";
      exclusions.push({
        file,
        row: line,
        column: geoCol,
        code,
        reason: "unknown-geography",
        message: `${file}, row ${line}, column "${geoCol}": unknown Eurostat geography "${code}"`
      });
      continue;
    }
    const year = parseYear(fields[timeCol], file, line, "TIME_PERIOD");
    const value = parseValue(fields[valueCol], file, line, "OBS_VALUE");
    const checked = checkFlag(flagCol >= 0 ? fields[flagCol] : "");
    if (checked.error !== undefined) throw new OutcomeFormatError(file, line, "OBS_FLAG", checked.error);
    const title = datasetTitle(dataset, titleCol >= 0 ? fields[titleCol] : undefined);
    const seriesKey = `${dataset}\u0000${title}\u0000${key.map((k) => `${k.dimension}=${k.code}=${k.label}`).join("\u0000")}`;
    let series = seriesCache.get(seriesKey);
    if (!series) seriesCache.set(seriesKey, (series = eurostatSeries(dataset, title, key, units.size > 1)));
    const unit = key.find((k) => k.dimension === "unit");
    const update = updateCol >= 0 && fields[updateCol] ? `, last update ${fields[updateCol]}` : "";
    rows.push({
      iso3: mapping.iso3,
      geo: geo.code,
      geoLabel: geo.label,
      isAggregate: mapping.isAggregate,
      year,
      ...series,
      value,
      flag: checked.flag,
      unit: unit?.label ?? "",
      source: `Eurostat ${dataset}${dataflow ? ` (${dataflow}${update})` : ""}`,
      sourceFile: file,
      row: line,
      note: null,
      conflict: false,
      derived: false,
      dimensions: Object.fromEntries(key.map((k) => [k.dimension, k.code])),
      dimensionLabels: Object.fromEntries(key.map((k) => [k.dimension, k.label]))
    });
  }
  const resolved = resolveDuplicates(rows, file, "error", "OBS_VALUE");
  return {observations: resolved.observations, exclusions: [...exclusions, ...resolved.exclusions], conflicts: resolved.conflicts, rows: body.length};
}
