import {csvFormat, csvParse} from "d3-dsv";
import {describe, expect, it} from "vitest";
import type {TableSpec} from "../../../lib/mipex/table-specs.ts";
import {toCsv} from "../../../loaders/tables/to-csv.ts";

const spec: TableSpec = {
  name: "example",
  description: "A table for the CSV writer's tests",
  key: ["iso3"],
  columns: [
    {name: "iso3", type: "string", description: "Country"},
    {name: "score", type: "float", description: "Score", nullable: true},
    {name: "scored", type: "bool", description: "Whether scored"},
    {name: "note", type: "string", description: "Free text", nullable: true}
  ]
};

describe("toCsv", () => {
  it("writes the header in the spec's order, nulls as empty cells, numbers at full precision", () => {
    expect(
      toCsv(spec, [
        {note: null, scored: true, score: 58.333333333333336, iso3: "SWE"},
        {iso3: "FIN", score: null, scored: false}
      ])
    ).toBe("iso3,score,scored,note\nSWE,58.333333333333336,true,\nFIN,,false,\n");
  });

  it("quotes cells with commas, quotes or line breaks, and reads back the same", () => {
    const rows = [{iso3: "ABC", score: 50, scored: true, note: 'says "yes", then\nno\r'}];
    const text = toCsv(spec, rows);
    expect(text).toBe('iso3,score,scored,note\nABC,50,true,"says ""yes"", then\nno\r"\n');
    expect(csvParse(text)[0].note).toBe(rows[0].note);
  });

  it("writes the same bytes as d3-dsv's csvFormat over the spec's columns", () => {
    const rows = Array.from({length: 50}, (_, i) => ({
      iso3: `C${i}`,
      score: i % 7 === 0 ? null : i / 3,
      scored: i % 2 === 0,
      note: i % 5 === 0 ? `a, "b"` : "plain"
    }));
    const names = spec.columns.map((c) => c.name);
    const d3 = csvFormat(
      rows.map((r) => Object.fromEntries(names.map((n) => [n, r[n as keyof typeof r] ?? ""]))),
      names
    );
    expect(toCsv(spec, rows)).toBe(`${d3}\n`);
  });

  it("writes only the header for an empty table", () => {
    expect(toCsv(spec, [])).toBe("iso3,score,scored,note\n");
  });
});
