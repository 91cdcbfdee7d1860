/**
 * Arrays of records stored by column, each column as a dictionary of its distinct values and one index per
 * record, for the caches in data/.cache/. The outcome observations as plain JSON are 85 MB (the same labels,
 * units and dimension objects repeated on 100,000 rows) and take longer to parse than the files take to read;
 * by column they are a few MB of small integers. Decoding gives records equal to the encoded ones, with
 * their keys in the same order (the order pages and downloads write them in): each record keeps the index
 * of its key list ("shape"). Equal object values (a series' `dimensions`) decode to one shared object, so the
 * decoded rows are meant to be frozen (deepFreeze), as every cache's are.
 */

/**
 * Rows by column: `shapes` are the distinct key lists, `shape` row i's index in them; each column holds the
 * distinct values of the rows that have the key and, in row order, each row's index into them. Index lists
 * are packed little-endian integers in base64 (one, two or four bytes each): JSON.parse reads one string
 * instead of two million numbers.
 */
export interface CompactRows {
  compactRows: 2;
  shapes: string[][];
  shape: PackedIndex;
  columns: Record<string, {values: unknown[]; index: PackedIndex}>;
}

/** Integers packed as `bytes`-wide unsigned little-endian numbers, base64. */
export interface PackedIndex {
  bytes: 1 | 2 | 4;
  base64: string;
}

function pack(numbers: number[], distinct: number): PackedIndex {
  const bytes = distinct <= 0x100 ? 1 : distinct <= 0x10000 ? 2 : 4;
  const array = bytes === 1 ? Uint8Array.from(numbers) : bytes === 2 ? Uint16Array.from(numbers) : Uint32Array.from(numbers);
  const view = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  if (bytes > 1 && !littleEndian) view[bytes === 2 ? "swap16" : "swap32"]();
  return {bytes, base64: view.toString("base64")};
}

function unpack({bytes, base64}: PackedIndex): ArrayLike<number> {
  // Copied into a buffer of its own: Buffer.from may return a slice of a shared pool at an odd offset.
  const copy = new Uint8Array(Buffer.from(base64, "base64"));
  const view = Buffer.from(copy.buffer);
  if (bytes > 1 && !littleEndian) view[bytes === 2 ? "swap16" : "swap32"]();
  return bytes === 1 ? copy : bytes === 2 ? new Uint16Array(copy.buffer) : new Uint32Array(copy.buffer);
}

const littleEndian = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * Encodes rows of plain JSON values (no undefined, NaN or Infinity: what JSON.stringify keeps of them is all
 * that is kept).
 *
 * @example
 * encodeRows([{a: "x", b: 1}, {a: "x"}]).shapes // [["a", "b"], ["a"]]
 * encodeRows([{a: "x", b: 1}, {a: "x"}]).columns.a.values // ["x"]
 */
export function encodeRows(rows: readonly object[]): CompactRows {
  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const shape: number[] = [];
  // No prototype: a column may be named "__proto__".
  const columns: Record<string, {values: unknown[]; index: number[]}> = Object.create(null) as Record<string, never>;
  const lookups = new Map<string, {primitives: Map<unknown, number>; objects: Map<string, number>}>();
  for (const row of rows) {
    const keys = Object.keys(row);
    const id = keys.join("\0");
    let s = shapeIndex.get(id);
    if (s === undefined) {
      s = shapes.push(keys) - 1;
      shapeIndex.set(id, s);
    }
    shape.push(s);
    for (const key of keys) {
      let column = columns[key];
      let lookup = lookups.get(key);
      if (!column || !lookup) {
        column = columns[key] = {values: [], index: []};
        lookup = {primitives: new Map(), objects: new Map()};
        lookups.set(key, lookup);
      }
      const value = (row as Record<string, unknown>)[key];
      const isObject = value !== null && typeof value === "object";
      const map = isObject ? lookup.objects : lookup.primitives;
      const mapKey = isObject ? JSON.stringify(value) : value;
      let v = (map as Map<unknown, number>).get(mapKey);
      if (v === undefined) {
        v = column.values.push(value) - 1;
        (map as Map<unknown, number>).set(mapKey, v);
      }
      column.index.push(v);
    }
  }
  const packed: CompactRows["columns"] = Object.create(null) as Record<string, never>;
  for (const [key, {values, index}] of Object.entries(columns)) packed[key] = {values, index: pack(index, values.length)};
  return {compactRows: 2, shapes, shape: pack(shape, shapes.length), columns: packed};
}

/**
 * The rows `encodeRows` was given.
 *
 * @example
 * decodeRows(encodeRows([{a: "x", b: 1}, {a: "x"}])) // [{a: "x", b: 1}, {a: "x"}]
 */
export function decodeRows<T = Record<string, unknown>>(compact: CompactRows): T[] {
  const names = Object.keys(compact.columns);
  const values = names.map((name) => compact.columns[name].values);
  const indexes = names.map((name) => unpack(compact.columns[name].index));
  const shape = unpack(compact.shape);
  const cursors = new Int32Array(names.length);
  // One object literal per shape, built by a function made for it: assigning 20 keys one by one through a
  // variable key is ten times slower for 100,000 rows than a literal V8 sees with its keys fixed.
  const makers = compact.shapes.map(
    (keys) =>
      new Function(
        "V",
        "X",
        "C",
        `return {${keys.map((key) => {
          const j = names.indexOf(key);
          // A computed key for "__proto__", which as a plain literal key would set the prototype.
          return `${key === "__proto__" ? '["__proto__"]' : JSON.stringify(key)}: V[${j}][X[${j}][C[${j}]++]]`;
        })}};`
      ) as (v: unknown[][], x: ArrayLike<number>[], c: Int32Array) => T
  );
  const rows = new Array<T>(shape.length);
  for (let i = 0; i < shape.length; i++) rows[i] = makers[shape[i]](values, indexes, cursors);
  return rows;
}

/**
 * Whether a parsed value is what `encodeRows` writes (a cache file's sanity check).
 *
 * @example
 * isCompactRows(encodeRows([])) // true
 * isCompactRows([]) // false
 */
export function isCompactRows(value: unknown): value is CompactRows {
  const v = value as CompactRows | null;
  return Boolean(v && v.compactRows === 2 && Array.isArray(v.shapes) && v.shape && v.columns && typeof v.columns === "object");
}
