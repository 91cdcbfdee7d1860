/** Text helpers for display prose: nouns in the right number, sentences, repeated items counted. */

/** `n` with the noun in the right number: `plural(1, "country", "countries")` → "1 country". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** The noun alone, in the right number for `n`. */
export function noun(n: number, singular: string, pluralForm = `${singular}s`): string {
  return n === 1 ? singular : pluralForm;
}

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

const LIST = new Intl.ListFormat("en-GB", {style: "long", type: "conjunction"});

/**
 * Items as one phrase, in British style (no comma before "and").
 *
 * @example
 * listText(["health", "education"]) // "health and education"
 * listText(["a", "b", "c"]) // "a, b and c"
 */
export function listText(items: readonly string[]): string {
  return LIST.format(items);
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
