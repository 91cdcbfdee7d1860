import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {dataCitations, SourcesList, TableDetails, TablesSummary, type DataPackage} from "../../src/components/data-package.ts";

const {document} = new JSDOM("<!doctype html><body></body>").window;

const mipex = {
  title: "MIPEX 2020 core dataset",
  path: "https://www.mipex.eu/download",
  "mipex:file": "MIPEX2020.xlsx",
  "mipex:sha256": "ab".repeat(32),
  "mipex:citation": "Solano, G. and Huddleston, T. (2020). Migrant Integration Policy Index 2020. Barcelona/Brussels: CIDOB and MPG."
};
const eu = {title: "MIPEX 2025 EU update", "mipex:file": "MIPEX_EU.xlsx", "mipex:sha256": "cd".repeat(32), "mipex:citation": "MPG (2025). MIPEX EU update."};
const pkg: DataPackage = {
  licenses: [{title: "MIT License"}],
  sources: [mipex, eu],
  resources: [
    {
      name: "area_scores",
      description: "Scores per country, year and policy area",
      bytes: 1536,
      hash: `sha256:${"ef".repeat(32)}`,
      schema: {
        fields: [
          {name: "iso3", type: "string", description: "Country", constraints: {required: true}},
          {name: "score", type: "number", description: "Score 0–100"}
        ],
        primaryKey: ["iso3", "year", "area"]
      },
      sources: [mipex],
      licenses: [{title: "CIDOB and MPG, free with citation"}],
      "mipex:rows": 12345,
      "mipex:formats": {csv: "mipex/area_scores.csv", parquet: "mipex/area_scores.parquet", arrow: "mipex/area_scores.arrow"}
    }
  ]
};

describe("data package components", () => {
  it("summarises each table with its rows, key and three downloads", () => {
    const box = TablesSummary(pkg, {document});
    const table = box.querySelector('[data-testid="tables-summary"]')!;
    expect(table.querySelector("caption")!.textContent).toBe("The 1 tables, their row counts and downloads");
    const cells = [...table.querySelectorAll("tbody td")].map((td) => td.textContent);
    expect(cells).toEqual(["12,345", "2", "iso3, year, area", "CSV · Parquet · Arrow"]);
    expect([...table.querySelectorAll("a[download]")].map((a) => a.getAttribute("href"))).toEqual([
      "./data/mipex/area_scores.csv",
      "./data/mipex/area_scores.parquet",
      "./data/mipex/area_scores.arrow"
    ]);
    expect(box.getAttribute("tabindex")).toBe("0");
  });
  it("details each table's columns, size, hash and provenance", () => {
    const section = TableDetails(pkg, {document}).querySelector('section[data-table="area_scores"]')!;
    expect(section.id).toBe("table-area_scores");
    expect(section.querySelector("p")!.textContent).toContain(
      "12,345 rows; one row per iso3, year, area. Download: CSV · Parquet · Arrow (CSV 1.5 KB, sha256:efefefefefef…)."
    );
    expect([...section.querySelectorAll("tbody td:nth-child(3)")].map((td) => td.textContent)).toEqual(["yes", "no (may be empty)"]);
    expect(section.querySelector("small")!.textContent).toContain("Licence: CIDOB and MPG, free with citation.");
  });
  it("lists the sources and cites all but the MIPEX 2020 book, which CiteBlock always cites", () => {
    const items = [...SourcesList(pkg, {document}).querySelectorAll("li")].map((li) => li.textContent);
    expect(items[0]).toContain("Obtained from https://www.mipex.eu/download. Cite as: Solano");
    expect(items[1]).not.toContain("Obtained from");
    expect(dataCitations(pkg)).toEqual([{title: eu.title, citation: eu["mipex:citation"], url: undefined}]);
  });
});
