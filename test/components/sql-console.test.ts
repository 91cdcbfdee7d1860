import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {
  EXAMPLE_QUERIES,
  QuickChart,
  chooseChart,
  columnKinds,
  explainRefusal,
  queryFromUrl,
  referencedTables,
  refusedQuery,
  resultTableFormat,
  statementKeywords,
  urlWithQuery,
  yearColumns
} from "../../src/components/sql-console.ts";
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

  it("tells column kinds apart", () => {
    const rows = [
      {name: "Sweden", score: 86.4, rank: 1n, note: null},
      {name: "Finland", score: 84.6, rank: 2n, note: null}
    ];
    expect(columnKinds(rows, ["name", "score", "rank", "note"])).toEqual(["text", "number", "number", "other"]);
    expect(columnKinds([{x: 1}, {x: "a"}], ["x"])).toEqual(["other"]);
  });

  it("finds year columns: 'year' in the name and whole numbers 1000–9999", () => {
    const rows = [
      {iso3: "SWE", year: 2019, mipex_year: 2016n, Year_Label: "2019", years_covered: 5, n: 2019, outcome_year: null},
      {iso3: "FIN", year: 2014, mipex_year: 2016n, Year_Label: "2014", years_covered: 6, n: 2020, outcome_year: 2019}
    ];
    expect(yearColumns(rows, Object.keys(rows[0]))).toEqual(["year", "mipex_year", "outcome_year"]);
    expect(yearColumns([{year: 2019.5}], ["year"])).toEqual([]);
    expect(yearColumns([{year: null}], ["year"])).toEqual([]);
    const format = resultTableFormat(rows, Object.keys(rows[0]));
    expect(Object.keys(format)).toEqual(["year", "mipex_year", "outcome_year"]);
    expect(format.year(2019)).toBe("2019");
    expect(format.outcome_year(null)).toBe("");
  });

  it("chooses a chart: bars for unique labels × number, a scatter for two numbers or year × number", () => {
    const ranking = [
      {country: "Sweden", score: 86.4},
      {country: "Finland", score: 84.6}
    ];
    expect(chooseChart(ranking, ["country", "score"])).toEqual({kind: "bar", x: "country", y: "score", note: null});
    expect(
      chooseChart(
        ranking.map(({country, score}) => ({score, country})),
        ["score", "country"]
      )
    ).toEqual({kind: "bar", x: "country", y: "score", note: null});
    expect(
      chooseChart(
        [
          {a: 1, b: 2},
          {a: 3, b: 4}
        ],
        ["a", "b"]
      )
    ).toEqual({kind: "scatter", x: "a", y: "b", note: null});
    expect(
      chooseChart(
        [
          {score: 60, year: 2014},
          {score: 62, year: 2019}
        ],
        ["score", "year"]
      )
    ).toEqual({kind: "scatter", x: "year", y: "score", note: null});
  });

  it("draws no chart, with a note, for year-only measures, repeated labels, one row or another shape", () => {
    // SELECT iso3, year … LIMIT 3 once drew a stacked bar chart of years up to 6,000.
    const isoYear = [
      {iso3: "ALB", year: 2007},
      {iso3: "ALB", year: 2010},
      {iso3: "ALB", year: 2014}
    ];
    expect(chooseChart(isoYear, ["iso3", "year"])).toEqual({kind: null, note: expect.stringContaining("year holds years, not a measure")});
    expect(
      chooseChart(
        [
          {iso3: "ALB", score: 1},
          {iso3: "ALB", score: 2}
        ],
        ["iso3", "score"]
      )
    ).toEqual({kind: null, note: expect.stringContaining("values of iso3 repeat")});
    // SELECT count(*) … once drew a one-point scatter with ticks like 103,746.000000.
    expect(chooseChart([{n: 103746, m: 56}], ["n", "m"])).toEqual({kind: null, note: "No chart for a single row: the table below shows it."});
    expect(chooseChart([{n: 103746}], ["n"]).kind).toBeNull();
    expect(
      chooseChart(
        [
          {a: 1, b: 2, c: 3},
          {a: 1, b: 2, c: 3}
        ],
        ["a", "b", "c"]
      ).note
    ).toMatch(/two columns/);
    expect(chooseChart([], ["a", "b"])).toEqual({kind: null, note: null});
    expect(
      chooseChart(
        [
          {a: "x", b: "y"},
          {a: "z", b: "w"}
        ],
        ["a", "b"]
      ).kind
    ).toBeNull();
  });

  it("renders the chart as a figure and the note as a paragraph", () => {
    const {document} = new JSDOM("<!doctype html><body></body>").window;
    const figure = QuickChart(
      [
        {year: 2014, score: 60},
        {year: 2019, score: 62}
      ],
      ["year", "score"],
      {width: 640, document}
    )!;
    expect(figure.getAttribute("data-testid")).toBe("sql-chart");
    expect(figure.querySelectorAll("circle")).toHaveLength(2);
    const ticks = [...figure.querySelectorAll("g[aria-label='x-axis tick label'] text")].map((t) => t.textContent);
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.every((t) => /^\d{4}$/.test(t!))).toBe(true);
    const twoYears = QuickChart(
      [
        {year: 2018, score: 60},
        {year: 2019, score: 62}
      ],
      ["year", "score"],
      {width: 640, document}
    )!;
    expect([...twoYears.querySelectorAll("g[aria-label='x-axis tick label'] text")].map((t) => t.textContent)).toEqual(["2018", "2019"]);
    const note = QuickChart([{n: 79}], ["n"], {width: 640, document})!;
    expect(note.getAttribute("data-testid")).toBe("sql-chart-note");
    expect(note.querySelector("svg")).toBeNull();
    expect(QuickChart([], ["n"], {width: 640, document})).toBeNull();
  });

  it("has example queries that only read tables the console loads", () => {
    const known = new Set([...TABLE_SPECS.map((t) => t.name), "observations", "catalogue", "exclusions", "conflicts", "files"]);
    for (const example of EXAMPLE_QUERIES) {
      const words = new Set(example.sql.toLowerCase().match(/[a-z_]+/g));
      expect(
        [...known].some((t) => words.has(t)),
        example.sql
      ).toBe(true);
    }
  });
});

describe("queries that try to leave the site's tables", () => {
  it("reads the first keyword of each statement, past comments and string literals", () => {
    expect(statementKeywords("SELECT 1")).toEqual(["SELECT"]);
    expect(statementKeywords("/* ; */ set threads = 1; -- ; INSTALL x\n load 'a;b'; ")).toEqual(["SET", "LOAD"]);
    expect(statementKeywords("SELECT 'it''s; INSTALL x' AS a; FORCE INSTALL httpfs")).toEqual(["SELECT", "FORCE"]);
    expect(statementKeywords('SELECT "weird;name" FROM t')).toEqual(["SELECT"]);
  });

  it("refuses INSTALL (which DuckDB-WASM would accept silently) and nothing else", () => {
    for (const sql of ["INSTALL httpfs", "install json from 'https://example.com'", "SELECT 1; FORCE INSTALL httpfs", "-- note\nINSTALL spatial"]) {
      expect(refusedQuery(sql)).toBe("The console cannot install or load DuckDB extensions.");
    }
    for (const sql of ["SELECT 'INSTALL httpfs' AS advice", "SELECT * FROM countries -- INSTALL", "LOAD httpfs"]) expect(refusedQuery(sql)).toBeNull();
  });

  it("explains DuckDB's refusals (DuckDB-WASM 1.29.0's messages), and no other error", () => {
    const outside = "It cannot read files or URLs, attach databases, copy data in or out, or load extensions: only the tables listed below the editor.";
    for (const message of [
      "Permission Error: Scanning read_csv_auto files is disabled through configuration",
      "Permission Error: Loading external extensions is disabled through configuration",
      "Permission Error: COPY TO is disabled by configuration",
      "Permission Error: Import is disabled through configuration"
    ]) {
      expect(explainRefusal(message)).toBe(outside);
    }
    expect(
      explainRefusal('Invalid Input Error: Cannot change configuration option "autoinstall_known_extensions" - the configuration has been locked')
    ).toMatch(/settings are locked/);
    expect(explainRefusal("Missing Extension Error: Attaching path 'https://example.com/a.db' requires extension 'httpfs' to be loaded")).toMatch(
      /cannot install or load DuckDB extensions \(this query needs httpfs\)/
    );
    expect(explainRefusal('Catalog Error: Table Function with name "read_parquet" is not in the catalog, but it exists in the parquet extension.')).toMatch(
      /needs parquet/
    );
    expect(explainRefusal('Binder Error: Referenced column "nope" not found in FROM clause!')).toBeNull();
    expect(explainRefusal('Parser Error: syntax error at or near "SELEC"')).toBeNull();
  });
});
