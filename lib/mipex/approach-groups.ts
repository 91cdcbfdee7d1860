import {csvParse} from "d3-dsv";
import {findCountry} from "../countries/countries.ts";

/** The five approaches of MIPEX 2020: the Top Ten and the four approaches all countries fall into. */
export const APPROACHES = ["Comprehensive integration", "Temporary integration", "Equality on paper", "Immigration without integration"] as const;
export type Approach = (typeof APPROACHES)[number];

export interface ApproachGroupRow {
  iso3: string;
  country: string;
  reference_year: number;
  approach: Approach;
  top_ten: boolean;
  confidence: "high" | "low";
  source_url: string;
  note: string | null;
  /** True when the source gives this country and year more than one approach (both rows are kept). */
  conflict: boolean;
}

export class CsvFormatError extends Error {
  constructor(file: string, row: number, column: string, problem: string) {
    super(`${file}, row ${row}, column ${column}: ${problem}`);
    this.name = "CsvFormatError";
  }
}

const REQUIRED = ["iso3", "country", "reference_year", "approach", "top_ten", "confidence", "source_url", "note"];

/**
 * Parses `approach_groups_published.csv`, the approach each mipex.eu country page states. Rows are
 * numbered as a spreadsheet shows them (the header is row 1).
 *
 * A country given two different approaches for the same year is a conflict in the source (mipex.eu's
 * Ukraine page contradicts itself): both rows are kept and marked, if both are marked low confidence.
 *
 * @example (needs the workbooks)
 * import {readFileSync} from "node:fs";
 * import {locateSource} from "../../loaders/data-sources.ts";
 * const text = readFileSync(locateSource("approach_groups").file, "utf8");
 * const rows = parseApproachGroups(text, "approach_groups_published.csv");
 * rows.find((r) => r.iso3 === "SWE")?.approach // "Comprehensive integration"
 * rows.filter((r) => r.iso3 === "UKR" && r.conflict).map((r) => r.approach) // ["Temporary integration", "Equality on paper"]
 * @throws CsvFormatError naming file, row and column for a missing column, an unknown country or
 *   approach, a value that is not true/false, a repeated row, or a conflict not marked low confidence.
 */
export function parseApproachGroups(text: string, file: string): ApproachGroupRow[] {
  // A UTF-8 byte-order mark (Excel's "CSV UTF-8") would otherwise stick to the first column's name.
  const rows = csvParse(text.replace(/^\ufeff/, ""));
  for (const column of REQUIRED)
    if (!rows.columns.includes(column)) throw new CsvFormatError(file, 1, column, `missing column "${column}"; the header is ${rows.columns.join(",")}`);
  const seen = new Map<string, {row: number; approach: string; confidence: string}>();
  const parsed = rows.map((raw, i): ApproachGroupRow => {
    const row = i + 2;
    const fail = (column: string, problem: string) => new CsvFormatError(file, row, column, problem);
    const iso3 = (raw.iso3 ?? "").trim();
    if (!findCountry(iso3) || iso3.length !== 3) throw fail("iso3", `unknown country code "${iso3}"`);
    const approach = (raw.approach ?? "").trim() as Approach;
    if (!APPROACHES.includes(approach)) throw fail("approach", `unknown approach "${approach}"; expected one of ${APPROACHES.join(", ")}`);
    const year = Number(raw.reference_year);
    if (!Number.isInteger(year) || year < 2007 || year > 2030) throw fail("reference_year", `"${raw.reference_year}" is not a MIPEX year`);
    const topTen = (raw.top_ten ?? "").trim().toLowerCase();
    if (topTen !== "true" && topTen !== "false") throw fail("top_ten", `"${raw.top_ten}" is not true or false`);
    const confidence = (raw.confidence ?? "").trim() as ApproachGroupRow["confidence"];
    if (confidence !== "high" && confidence !== "low") throw fail("confidence", `"${confidence}" is not high or low`);
    const key = `${iso3} ${year}`;
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.approach === approach) throw fail("approach", `${iso3} is classified as ${approach} for ${year} twice (also row ${earlier.row})`);
      if (earlier.confidence !== "low" || confidence !== "low") {
        throw fail(
          "confidence",
          `${iso3} has two approaches for ${year} (rows ${earlier.row} and ${row}); mark both rows low confidence to keep them as a conflict`
        );
      }
    }
    seen.set(key, {row, approach, confidence});
    return {
      iso3,
      country: raw.country ?? "",
      reference_year: year,
      approach,
      top_ten: topTen === "true",
      confidence,
      source_url: raw.source_url ?? "",
      note: raw.note ? raw.note : null,
      conflict: false
    };
  });
  const counts = new Map<string, number>();
  for (const r of parsed) counts.set(`${r.iso3} ${r.reference_year}`, (counts.get(`${r.iso3} ${r.reference_year}`) ?? 0) + 1);
  return parsed.map((r) => ({...r, conflict: counts.get(`${r.iso3} ${r.reference_year}`)! > 1}));
}
