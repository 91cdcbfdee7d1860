import {deepFreeze} from "./deep-freeze.ts";

/**
 * `compute`, run once per frozen tables object and remembered for the rest of the process; the result is
 * frozen too, since every later caller shares it. The build's pre-build runner runs several data loaders
 * in one process on the same deep-frozen tables (loaders/mipex/cached-tables.ts), and frozen tables cannot
 * change, so the same tables always give the same result. Tables that are not frozen (a test's crafted
 * ones, which may be edited between calls) are computed every time. `keyOf` picks the object the result
 * depends on when that is one table.
 *
 * @example
 * const calls: number[] = [];
 * const countRows = oncePerTables((tables: {rows: number[]}) => (calls.push(1), tables.rows.length));
 * const tables = Object.freeze({rows: Object.freeze([1, 2, 3])});
 * [countRows(tables), countRows(tables), calls.length] // [3, 3, 1]
 * countRows({rows: [1]}) + countRows({rows: [1]}) + calls.length // 5 (not frozen: computed each time)
 */
export function oncePerTables<Tables extends object, Result>(
  compute: (tables: Tables) => Result,
  keyOf: (tables: Tables) => object = (tables) => tables
): (tables: Tables) => Result {
  const results = new WeakMap<object, Result>();
  return (tables) => {
    const key = keyOf(tables);
    if (!Object.isFrozen(key)) return compute(tables);
    if (!results.has(key)) results.set(key, deepFreeze(compute(tables)));
    return results.get(key)!;
  };
}
