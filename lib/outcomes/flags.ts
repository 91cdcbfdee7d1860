/**
 * Eurostat observation flags (https://ec.europa.eu/eurostat/data/database/information, "Flags and special
 * values"): b break in time series, c confidential, d definition differs, e estimated, f forecast,
 * n not significant, p provisional, r revised, s Eurostat estimate, u low reliability, z not applicable.
 * `m` (missing value, from the SDMX OBS_STATUS code list) also occurs in the real exports (hlth_silc_24,
 * Romania 2021), so it is accepted. A flag is one or more of these letters, each at most once (`bu`, `bd`).
 *
 * @example
 * EUROSTAT_FLAGS.get("u") // "low reliability"
 */
export const EUROSTAT_FLAGS: ReadonlyMap<string, string> = new Map([
  ["b", "break in time series"],
  ["c", "confidential"],
  ["d", "definition differs"],
  ["e", "estimated"],
  ["f", "forecast"],
  ["m", "missing value"],
  ["n", "not significant"],
  ["p", "provisional"],
  ["r", "revised"],
  ["s", "Eurostat estimate"],
  ["u", "low reliability"],
  ["z", "not applicable"]
]);

/**
 * Checks a flag string; returns it (or null when empty), or a description of what is wrong.
 *
 * @example
 * checkFlag("bu") // {flag: "bu"}
 * checkFlag("x")  // {error: 'unknown flag letter "x" in "x" (Eurostat flags: b, c, d, e, f, m, n, p, r, s, u, z)'}
 */
export function checkFlag(raw: string): {flag: string | null; error?: undefined} | {error: string; flag?: undefined} {
  const flag = raw.trim();
  if (flag === "") return {flag: null};
  const seen = new Set<string>();
  for (const letter of flag) {
    if (!EUROSTAT_FLAGS.has(letter)) {
      return {error: `unknown flag letter "${letter}" in "${flag}" (Eurostat flags: ${[...EUROSTAT_FLAGS.keys()].join(", ")})`};
    }
    if (seen.has(letter)) return {error: `flag letter "${letter}" repeated in "${flag}"`};
    seen.add(letter);
  }
  return {flag};
}

/**
 * Describes a flag in words.
 *
 * @example
 * describeFlag("bu") // "break in time series, low reliability"
 */
export function describeFlag(flag: string | null): string {
  if (!flag) return "";
  return [...flag].map((letter) => EUROSTAT_FLAGS.get(letter) ?? letter).join(", ");
}

/**
 * Joins the flags of the values a derived value was computed from (letters in order, each once).
 *
 * @example
 * combineFlags(["b", "u", null]) // "bu"
 */
export function combineFlags(flags: (string | null)[]): string | null {
  const letters = new Set<string>();
  for (const f of flags) for (const letter of f ?? "") letters.add(letter);
  return letters.size ? [...letters].sort().join("") : null;
}
