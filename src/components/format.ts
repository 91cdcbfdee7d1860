/**
 * Number and text formatting for the pages' prose and tables.
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

type Maybe = number | null | undefined;

const DASH = "—";

function missing(value: Maybe): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

/** `value` with noise around zero (and -0) snapped to 0. */
export function snapZero(value: number): number {
  return Math.abs(value) <= ZERO_TOLERANCE ? 0 : value;
}

/**
 * Fixed decimals: `fixed(58.333, 1)` → "58.3", `fixed(25, 2)` → "25.00"; "—" for a missing value.
 * Noise around zero prints as "0.00", never "-0.00".
 */
export function fixed(value: Maybe, digits = 1): string {
  if (missing(value)) return DASH;
  const text = snapZero(value).toFixed(digits);
  // A negative value that rounds to zero ("-0.00") reads as a sign error; show the zero plainly.
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * A change or difference with its sign: `signed(2.1234, 2)` → "+2.12", `signed(-0.0673, 2)` → "-0.07";
 * noise around zero → "0.00" (no sign). A non-zero value too small for the decimals keeps its sign
 * and says so: `signed(0.0004, 2)` → "+<0.01".
 */
export function signed(value: Maybe, digits = 1): string {
  if (missing(value)) return DASH;
  const v = snapZero(value);
  if (v === 0) return (0).toFixed(digits);
  const text = Math.abs(v).toFixed(digits);
  const sign = v > 0 ? "+" : "-";
  if (Number(text) === 0) return `${sign}<${(10 ** -digits).toFixed(digits)}`;
  return `${sign}${text}`;
}

/** A year (or any integer code) as plain digits, no thousands separator: 2016 → "2016". */
export function plainInteger(value: Maybe | string): string {
  if (value === null || value === undefined) return DASH;
  if (typeof value === "string") return value;
  return Number.isNaN(value) ? DASH : String(Math.round(value));
}

/** `n` with the noun in the right number: `plural(1, "country", "countries")` → "1 country". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** The noun alone, in the right number for `n`. */
export function noun(n: number, singular: string, pluralForm = `${singular}s`): string {
  return n === 1 ? singular : pluralForm;
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
 * Join sentence fragments into one text: empty parts are dropped, each part ends with a full stop
 * (unless it already ends with . ! ? or …), separated by one space.
 * `sentences(["a definition", "Source: x"])` → "a definition. Source: x."
 */
export function sentences(parts: readonly (string | null | undefined | false)[]): string {
  return parts
    .filter((p): p is string => typeof p === "string" && p.trim() !== "")
    .map((p) => p.trim())
    .map((p) => (/[.!?…]$/.test(p) ? p : `${p}.`))
    .join(" ");
}

/**
 * A list with its repeated items counted rather than listed twice: ["A", "B", "B"] →
 * [{item: "A", n: 1}, {item: "B", n: 2}], in first-seen order.
 */
export function countRepeats<T>(items: readonly T[]): {item: T; n: number}[] {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, n]) => ({item, n}));
}

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
    if (Number.isInteger(value)) return Math.abs(value) >= 10000 ? value.toLocaleString("en-US") : String(value);
    return fixed(value, 2);
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(cellText).join(", ");
  return String(value);
}
