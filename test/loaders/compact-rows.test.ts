import {describe, expect, it} from "vitest";
import {decodeRows, encodeRows, isCompactRows} from "../../loaders/compact-rows.ts";

describe("rows stored by column (the caches' format)", () => {
  it("decode to the rows encoded, with every key in its order, through JSON", () => {
    const rows = [
      {iso3: "SWE", year: 2019, value: 1.5, flag: null, dimensions: {sex: "T", age: "Y20-64"}, derived: false},
      {year: 2020, iso3: "SWE", value: null, flag: "b", dimensions: {sex: "T", age: "Y20-64"}, derived: true},
      {iso3: "FRA", year: 2019, value: -0.25, flag: null, dimensions: {age: "Y20-64", sex: "F"}, derived: false, note: "only here"},
      {["__proto__"]: "an own key, not a prototype", iso3: "DEU"}
    ];
    const decoded = decodeRows(JSON.parse(JSON.stringify(encodeRows(rows))));
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(rows));
    expect(decoded).toEqual(rows);
    expect(decoded.map((row) => Object.keys(row))).toEqual(rows.map((row) => Object.keys(row)));
    expect(Object.getPrototypeOf(decoded[3])).toBe(Object.prototype);
    expect(Object.keys(decoded[2].dimensions as object)).toEqual(["age", "sex"]);
  });

  it("keep distinct values apart that a loose comparison would merge, and index more than 65,536 of them", () => {
    const rows = [{v: 1}, {v: "1"}, {v: true}, {v: null}, {v: [1]}, {v: {a: 1}}, ...Array.from({length: 70_000}, (_, i) => ({v: i + 0.5}))];
    const compact = encodeRows(rows);
    expect(compact.columns.v.index.bytes).toBe(4);
    expect(decodeRows(JSON.parse(JSON.stringify(compact)))).toEqual(rows);
  });

  it("tell a compact table from anything else a cache file might hold", () => {
    expect(isCompactRows(encodeRows([]))).toBe(true);
    expect(decodeRows(encodeRows([]))).toEqual([]);
    expect(isCompactRows([{a: 1}])).toBe(false);
    expect(isCompactRows(null)).toBe(false);
  });
});
