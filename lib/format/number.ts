/**
 * Number formatting for display text: the pages' prose and tables, the components' chart titles and
 * descriptions, and the findings' prose. The one place in lib/ and src/components/ that turns a number
 * into text (test/lib/format/one-formatter.test.ts keeps it so). Components reach it through
 * lib/browser/format.ts, bundled to src/components/lib/format.js.
 *
 * Display text writes a negative number with the minus sign U+2212 ("−0.07"), not the hyphen-minus: it
 * is the typographic minus, the same width as "+", and screen readers say "minus". Data written for
 * machines (CSV, JSON, Parquet, ids, URL state) keeps ASCII numbers: use `round` there and let the
 * serialiser write the number.
 *
 * Every helper that a page passes to Inputs.table's `format` option takes the cell value only.
 * Inputs.table calls a format function as `(value, rowIndex, rows)`, so a helper with a second
 * parameter (`(d, digits = 1) => …`) passed directly would receive the row index as `digits`: row 8
 * would show 8 decimals. Use the factories (`fixedFormat(2)`, `signedFormat(2)`, …) in tables; they
 * return one-argument functions.
 *
 * Numbers are never shown in exponent notation: floating-point noise (|x| ≤ 1e-9, e.g. 1.4e-14 left by
 * subtracting two equal means) shows as zero, and a small real value keeps its fixed decimals.
 */

/** Values this close to zero are floating-point noise and shown as 0. */
export const ZERO_TOLERANCE = 1e-9;

/** The minus sign of display text (U+2212). */
export const MINUS = "\u2212";

/** What a missing value shows as. */
export const DASH = "—";

type Maybe = number | null | undefined;

function missing(value: Maybe): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

/** `value` with noise around zero (and -0) snapped to 0. */
export function snapZero(value: number): number {
  return Math.abs(value) <= ZERO_TOLERANCE ? 0 : value;
}

/**
 * `value` rounded to `digits` decimals as a number, for data and comparisons, not display:
 * `round(0.1 + 0.2, 9)` → 0.3. Rounds exactly as the text `value.toFixed(digits)` reads, so a value
 * written with `fixed` and one compared after `round` agree.
 */
export function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

/** `round(value, digits)` as ASCII text without trailing zeros, for ids, URLs and machine-read labels: 0.25 → "0.25". */
export function plainNumber(value: number, digits: number): string {
  return String(round(value, digits));
}

/** Display text of a finite number's digits with the minus sign U+2212. */
function withMinus(text: string): string {
  return text.startsWith("-") ? `${MINUS}${text.slice(1)}` : text;
}

/**
 * Fixed decimals: `fixed(58.333, 1)` → "58.3", `fixed(25, 2)` → "25.00", `fixed(-0.07, 2)` → "−0.07";
 * "—" for a missing value. Noise around zero prints as "0.00", never "−0.00".
 */
export function fixed(value: Maybe, digits = 1): string {
  if (missing(value)) return DASH;
  const text = snapZero(value).toFixed(digits);
  // A negative value that rounds to zero ("-0.00") reads as a sign error; show the zero plainly.
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : withMinus(text);
}

/**
 * A change or difference with its sign: `signed(2.1234, 2)` → "+2.12", `signed(-0.0673, 2)` → "−0.07";
 * noise around zero → "0.00" (no sign). A non-zero value too small for the decimals keeps its sign
 * and says so: `signed(0.0004, 2)` → "+<0.01".
 */
export function signed(value: Maybe, digits = 1): string {
  if (missing(value)) return DASH;
  const v = snapZero(value);
  if (v === 0) return (0).toFixed(digits);
  const text = Math.abs(v).toFixed(digits);
  const sign = v > 0 ? "+" : MINUS;
  if (Number(text) === 0) return `${sign}<${(10 ** -digits).toFixed(digits)}`;
  return `${sign}${text}`;
}

/** A year (or any integer code) as plain digits, no thousands separator: 2016 → "2016". */
export function plainInteger(value: Maybe | string): string {
  if (value === null || value === undefined) return DASH;
  if (typeof value === "string") return value;
  return Number.isNaN(value) ? DASH : withMinus(String(Math.round(value)));
}

const GROUPED = new Intl.NumberFormat("en-US", {maximumFractionDigits: 0, useGrouping: true});

/** A count with thousands separators: 49258 → "49,258", 999 → "999". */
export function integer(value: Maybe): string {
  if (missing(value)) return DASH;
  return withMinus(GROUPED.format(Math.round(value)));
}

/** A share (0–1) as a percentage with a space before the sign: `percent(0.375, 1)` → "37.5 %". */
export function percent(share: Maybe, digits = 0): string {
  if (missing(share)) return DASH;
  return `${fixed(100 * share, digits)} %`;
}

/** A p-value: "< 0.001" below 0.001, else three decimals: `pValue(0.0234)` → "0.023". */
export function pValue(p: Maybe, digits = 3): string {
  if (missing(p)) return DASH;
  const floor = 10 ** -digits;
  return p < floor ? `< ${floor.toFixed(digits)}` : p.toFixed(digits);
}

/** A p-value after "p": "< 0.001" or "= 0.023", so "p ${pClause(p)}" reads either way. */
export function pClause(p: number, digits = 3): string {
  const text = pValue(p, digits);
  return text.startsWith("<") ? text : `= ${text}`;
}

/** A number with up to `digits` decimals and no trailing zeros, for display: 0.5 → "0.5", 2 → "2", −1.25 → "−1.25". */
export function compact(value: Maybe, digits = 1): string {
  if (missing(value)) return DASH;
  return withMinus(String(round(snapZero(value), digits) || 0));
}

/**
 * A measured value to three significant digits, whole from 100 up: `significant(71.26)` → "71.3",
 * `significant(1234.5)` → "1235", `significant(-0.01234)` → "−0.0123".
 */
export function significant(value: Maybe, digits = 3): string {
  if (missing(value)) return DASH;
  return withMinus(Math.abs(value) >= 10 ** (digits - 1) ? value.toFixed(0) : value.toPrecision(digits));
}

/** A file size in KB or MB (1 KB = 1024 bytes), one decimal: `bytes(1536)` → "1.5 KB", `bytes(3_500_000)` → "3.3 MB". */
export function bytes(n: Maybe): string {
  if (missing(n)) return DASH;
  return n >= 1024 * 1024 ? `${fixed(n / 1024 / 1024, 1)} MB` : `${fixed(n / 1024, 1)} KB`;
}

/** One-argument formatter for Inputs.table: fixed decimals. */
export function fixedFormat(digits: number): (value: Maybe) => string {
  return (value) => fixed(value, digits);
}

/** One-argument formatter for Inputs.table: signed fixed decimals. */
export function signedFormat(digits: number): (value: Maybe) => string {
  return (value) => signed(value, digits);
}

/** One-argument formatter for Inputs.table: a number, or any other value as text ("—" if missing). */
export function numberOrTextFormat(digits: number): (value: unknown) => string {
  return (value) => (typeof value === "number" ? fixed(value, digits) : value === null || value === undefined ? DASH : String(value));
}

/** One-argument formatter for Inputs.table: a year column. */
export const yearFormat = (value: Maybe | string): string => plainInteger(value);

/**
 * A table cell's text when the page gives no formatter (src/components/data-table.ts): whole numbers as
 * digits (years stay "2019", counts from 10,000 get separators), other numbers with two decimals, dates
 * as YYYY-MM-DD, booleans as yes/no, "—" for a missing value.
 *
 * @example
 * [cellText(2019), cellText(49258), cellText(0.12345), cellText(null), cellText(true)] // ["2019", "49,258", "0.12", "—", "yes"]
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return DASH;
  if (typeof value === "number") {
    if (Number.isNaN(value)) return DASH;
    if (Number.isInteger(value)) return Math.abs(value) >= 10000 ? integer(value) : withMinus(String(value));
    return fixed(value, 2);
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(cellText).join(", ");
  return String(value);
}
