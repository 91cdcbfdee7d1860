/**
 * Freezes a value and everything reachable from it, and returns it. Tables shared between data loaders
 * in one process are frozen so that a loader which sorts or edits them in place fails at once (a
 * TypeError in strict-mode code) instead of silently changing what the next loader computes.
 *
 * @example
 * const tables = deepFreeze({rows: [{score: 50}]});
 * Object.isFrozen(tables.rows[0]) // true
 * // In strict-mode code `tables.rows[0].score = 0` throws a TypeError; Reflect.set says the same without one.
 * Reflect.set(tables.rows[0], "score", 0) // false
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value) || ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
