import {describe, expect, it} from "vitest";
import {EXAMPLE_QUERIES, chartKind, columnKinds, queryFromUrl, referencedTables, urlWithQuery} from "../../src/components/sql-console.ts";
import {TABLE_SPECS} from "../../lib/mipex/table-specs.ts";

describe("SQL console helpers", () => {
  const names = ["countries", "comments", "area_scores"];

  it("finds the tables a query names as words, ignoring comments", () => {
    expect(referencedTables("SELECT * FROM area_scores JOIN countries USING (iso3)", names)).toEqual(["countries", "area_scores"]);
    expect(referencedTables("-- countries\nSELECT 1 FROM comments", names)).toEqual(["comments"]);
    expect(referencedTables("SELECT * FROM area_scores_2019", names)).toEqual(names); // no exact name: any table may be read
  });

  it("keeps the query in ?q= and reads it back, other parameters kept", () => {
    const search = urlWithQuery("?theme=dark", "SELECT iso3 FROM countries WHERE eu27");
    expect(new URLSearchParams(search).get("theme")).toBe("dark");
    expect(queryFromUrl(search)).toBe("SELECT iso3 FROM countries WHERE eu27");
    expect(queryFromUrl("?q=%20%20")).toBeUndefined();
  });

  it("picks a bar chart for text × number, a scatter for number × number, else none", () => {
    const rows = [{name: "Sweden", score: 86.4, rank: 1n, note: null}, {name: "Finland", score: 84.6, rank: 2n, note: null}];
    const kinds = columnKinds(rows, ["name", "score", "rank", "note"]);
    expect(kinds).toEqual(["text", "number", "number", "other"]);
    expect(chartKind([kinds[0], kinds[1]])).toBe("bar");
    expect(chartKind([kinds[1], kinds[2]])).toBe("scatter");
    expect(chartKind(kinds)).toBeNull();
    expect(columnKinds([{x: 1}, {x: "a"}], ["x"])).toEqual(["other"]);
  });

  it("has example queries that only read tables the console loads", () => {
    const known = new Set([...TABLE_SPECS.map((t) => t.name), "observations", "catalogue", "exclusions", "conflicts", "files"]);
    for (const example of EXAMPLE_QUERIES) {
      const words = new Set(example.sql.toLowerCase().match(/[a-z_]+/g));
      expect([...known].some((t) => words.has(t)), example.sql).toBe(true);
    }
  });
});
