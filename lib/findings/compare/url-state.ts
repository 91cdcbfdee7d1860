/**
 * The compare page's selection as it lives in the URL (`?c=SWE,FIN&g=eu27`): restored on load, written
 * back on every change, in the browser (lib/browser/compare.ts).
 */

/** The compare page's selection as it lives in the URL: `?c=SWE,FIN&g=eu27`. */
export interface CompareSelection {
  countries: string[];
  groups: string[];
}

/**
 * Reads the selection from a query string, keeping only ids in `known` (when given), in URL order,
 * without duplicates.
 *
 * @example
 * parseCompareQuery("?c=swe,FIN,XXX&g=eu27", {countries: ["SWE", "FIN"], groups: ["eu27"]}) // {countries: ["SWE", "FIN"], groups: ["eu27"]}
 */
export function parseCompareQuery(search: string, known?: {countries: readonly string[]; groups: readonly string[]}): CompareSelection {
  const params = new URLSearchParams(search);
  const list = (name: string, normalize: (s: string) => string, allowed?: readonly string[]) => [
    ...new Set(
      (params.get(name) ?? "")
        .split(",")
        .map((s) => normalize(s.trim()))
        .filter((s) => s !== "" && (!allowed || allowed.includes(s)))
    )
  ];
  return {countries: list("c", (s) => s.toUpperCase(), known?.countries), groups: list("g", (s) => s.toLowerCase(), known?.groups)};
}

/**
 * The codes a query string names that are not in `known`, as written, so that the page can say which
 * ones it left out rather than drop them silently.
 *
 * @example
 * unknownCompareIds("?c=swe,XXX&g=eu27,nope", {countries: ["SWE"], groups: ["eu27"]}) // ["XXX", "nope"]
 */
export function unknownCompareIds(search: string, known: {countries: readonly string[]; groups: readonly string[]}): string[] {
  const params = new URLSearchParams(search);
  const unknown = (name: string, normalize: (s: string) => string, allowed: readonly string[]) =>
    (params.get(name) ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "" && !allowed.includes(normalize(s)));
  return [...new Set([...unknown("c", (s) => s.toUpperCase(), known.countries), ...unknown("g", (s) => s.toLowerCase(), known.groups)])];
}

/**
 * The selection to show on load: the one in the query string when it names one (`?c=…` or `?g=…`, even
 * empty: `?c=&g=` is an explicitly empty selection), else `fallback` (a bare `/compare`).
 *
 * @example
 * restoreCompareSelection("", {countries: ["SWE"], groups: []}) // {countries: ["SWE"], groups: []}
 * restoreCompareSelection("?c=&g=", {countries: ["SWE"], groups: []}) // {countries: [], groups: []}
 */
export function restoreCompareSelection(
  search: string,
  fallback: CompareSelection,
  known?: {countries: readonly string[]; groups: readonly string[]}
): CompareSelection {
  const params = new URLSearchParams(search);
  return params.has("c") || params.has("g") ? parseCompareQuery(search, known) : {countries: [...fallback.countries], groups: [...fallback.groups]};
}

/**
 * The query string of a selection; an empty selection is `?c=&g=`, so that it survives a reload
 * (a bare `/compare` shows the default selection).
 *
 * @example
 * compareQuery({countries: ["SWE", "FIN"], groups: ["eu27"]}) // "?c=SWE,FIN&g=eu27"
 * compareQuery({countries: [], groups: []}) // "?c=&g="
 */
export function compareQuery({countries, groups}: CompareSelection): string {
  const parts = [
    ...(countries.length ? [`c=${countries.map(encodeURIComponent).join(",")}`] : []),
    ...(groups.length ? [`g=${groups.map(encodeURIComponent).join(",")}`] : [])
  ];
  return parts.length ? `?${parts.join("&")}` : "?c=&g=";
}
