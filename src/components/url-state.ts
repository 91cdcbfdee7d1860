/**
 * A page's controls in its address bar, so that a link reopens exactly what the reader saw: every page
 * with controls declares its parameters once (`{country: choice(codes, "SWE"), ...}`), reads its first
 * state with {@link readUrlState} and writes each new state with {@link writeUrlState}. A parameter that
 * names nothing the page knows falls back to its default and is reported in `corrections`, never
 * silently replaced. Every chosen value is written, defaults included, so a link keeps its meaning even
 * if a page's default changes.
 */

/** How one control's value is read from and written to the query string. */
export interface UrlParam<T> {
  /** The value when the URL has none, or one the page does not know. */
  fallback: T;
  /** The value `text` names, or undefined when it names none the page knows. */
  parse(text: string): T | undefined;
  /** The value as URL text; "" leaves the parameter out. */
  format(value: T): string;
}

/** The parameters of a page, one per key of its state. */
export type UrlParams<S> = {[K in keyof S]: UrlParam<S[K]>};

/**
 * One of a fixed set of texts (country codes, measure ids).
 *
 * @example
 * choice(["SWE", "DEU"], "SWE").parse("DEU") // "DEU"
 */
export function choice<T extends string>(allowed: readonly T[], fallback: T): UrlParam<T> {
  return {fallback, parse: (text) => allowed.find((a) => a === text), format: (value) => value};
}

/**
 * One of a fixed set of numbers (years), or `null` written as `nullText` (e.g. "closest").
 *
 * @example
 * numberChoice([2014, 2019], 2019).parse("2014") // 2014
 */
export function numberChoice(allowed: readonly number[], fallback: number | null, nullText = "none"): UrlParam<number | null> {
  return {
    fallback,
    parse: (text) => (text === nullText ? null : allowed.find((a) => String(a) === text)),
    format: (value) => (value === null ? nullText : String(value))
  };
}

/**
 * A comma-separated list of known texts, in the order given, each once; unknown items make the whole
 * list unknown (so the reader is told, rather than shown a shorter list).
 *
 * @example
 * listOf(["SWE", "DEU", "FRA"], ["SWE"]).parse("FRA,SWE") // ["FRA", "SWE"]
 */
export function listOf<T extends string>(allowed: readonly T[], fallback: T[]): UrlParam<T[]> {
  return {
    fallback,
    parse: (text) => {
      const items = [...new Set(text.split(",").filter((t) => t !== ""))];
      return items.every((t) => allowed.includes(t as T)) ? (items as T[]) : undefined;
    },
    format: (value) => value.join(",")
  };
}

/**
 * Free text (a search box); empty text is left out of the URL.
 *
 * @example
 * freeText().parse("employment") // "employment"
 */
export function freeText(fallback = ""): UrlParam<string> {
  return {fallback, parse: (text) => text, format: (value) => value};
}

/**
 * The state a query string names: each parameter parsed, or its fallback when absent or unknown, with
 * a sentence for each unknown one.
 *
 * @example
 * readUrlState("?country=XXX", {country: choice(["SWE"], "SWE")}) // {state: {country: "SWE"}, corrections: ['unknown country "XXX"']}
 */
export function readUrlState<S>(search: string, params: UrlParams<S>): {state: S; corrections: string[]} {
  const query = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  const state = {} as S;
  const corrections: string[] = [];
  for (const key of Object.keys(params) as (keyof S & string)[]) {
    const param = params[key];
    const text = query.get(key);
    const parsed = text === null ? undefined : param.parse(text);
    if (text !== null && parsed === undefined) corrections.push(`unknown ${key} "${text}"`);
    state[key] = parsed === undefined ? param.fallback : parsed;
  }
  return {state, corrections};
}

/**
 * `search` with the state's parameters set (in the order of `params`), any other parameter kept.
 *
 * @example
 * urlStateQuery({country: "DEU"}, {country: choice(["SWE", "DEU"], "SWE")}, "?x=1") // "?x=1&country=DEU"
 */
export function urlStateQuery<S>(state: S, params: UrlParams<S>, search = ""): string {
  const query = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  for (const key of Object.keys(params) as (keyof S & string)[]) {
    const text = params[key].format(state[key]);
    if (text === "") query.delete(key);
    else query.set(key, text);
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

/**
 * Put the state in the address bar without a new history entry; returns the page's new address.
 *
 * @example
 * writeUrlState({group: "eu27"}, {group: choice(["all", "eu27"], "all")}) // "https://…/strengths-weaknesses.html?group=eu27"
 */
export function writeUrlState<S>(state: S, params: UrlParams<S>, browser: Browser = globalThis as unknown as Browser): string {
  return replaceQuery(urlStateQuery(state, params, browser.location.search), browser);
}

/** The parts of `window` the address bar is written through (a stand-in in tests). */
export interface Browser {
  location: Location;
  history: History;
}

/**
 * Put a query string the page encoded itself (the explorer's, compare's and what-if's, whose
 * parameters depend on one another) in the address bar, without a new history entry.
 *
 * @example
 * replaceQuery("measure=health&mipexYear=closest") // "https://…/explorer.html?measure=health&mipexYear=closest"
 */
export function replaceQuery(query: string, {location, history}: Browser = globalThis as unknown as Browser): string {
  const search = query === "" || query === "?" ? "" : query.startsWith("?") ? query : `?${query}`;
  history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
  return location.href;
}
