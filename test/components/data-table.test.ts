import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {DataTable, compareCells, isNumericColumn} from "../../src/components/data-table.ts";
import {cellText, fixedFormat} from "../../lib/format/number.ts";

const {window} = new JSDOM("<!doctype html><body></body>");
const {document} = window;

const texts = (table: HTMLElement, selector: string): string[] => [...table.querySelectorAll(selector)].map((e) => e.textContent ?? "");

describe("DataTable", () => {
  const rows = [
    {name: "Sweden", score: 85.66, year: 2019, note: null},
    {name: "Turkey", score: 43.1, year: 2019, note: "a note"},
    {name: "Finland", score: null, year: 2018, note: null}
  ];

  it("shows the named columns with their headers and formats numbers once", () => {
    const table = DataTable(rows, {columns: ["name", "score", "year"], header: {name: "Country", score: "Overall score"}, document});
    expect(texts(table, "thead th")).toEqual(["Country", "Overall score", "year"]);
    expect(texts(table, "tbody tr:first-child td")).toEqual(["Sweden", "85.66", "2019"]);
    expect(texts(table, "tbody tr:last-child td")).toEqual(["Finland", "—", "2018"]);
  });

  it("right-aligns numeric columns only", () => {
    const table = DataTable(rows, {columns: ["name", "score"], document});
    const [name, score] = [...table.querySelectorAll<HTMLElement>("tbody tr:first-child td")];
    expect(name.style.textAlign).toBe("");
    expect(score.style.textAlign).toBe("right");
    expect(table.querySelector<HTMLElement>("thead th:last-child")!.style.textAlign).toBe("right");
  });

  it("passes (value, index, rows) to a formatter and accepts elements", () => {
    const table = DataTable(rows, {
      columns: ["name", "score"],
      format: {name: (d, i, all) => Object.assign(document.createElement("a"), {href: `./country/${all[i].name}.html`, textContent: d}), score: fixedFormat(1)},
      document
    });
    expect(table.querySelector("tbody a")!.getAttribute("href")).toBe("./country/Sweden.html");
    expect(texts(table, "tbody td:nth-child(2)")).toEqual(["85.7", "43.1", "—"]);
  });

  it("sorts by the initial column, missing values last, and re-sorts on a header click", () => {
    const table = DataTable(rows, {columns: ["name", "score"], sort: "score", reverse: true, document});
    expect(texts(table, "tbody td:first-child")).toEqual(["Sweden", "Turkey", "Finland"]);
    expect(table.querySelector("thead th:last-child")!.getAttribute("aria-sort")).toBe("descending");
    table.querySelector<HTMLButtonElement>("thead th:last-child button")!.click();
    expect(texts(table, "tbody td:first-child")).toEqual(["Turkey", "Sweden", "Finland"]);
    table.querySelector<HTMLButtonElement>("thead th:first-child button")!.click();
    expect(texts(table, "tbody td:first-child")).toEqual(["Finland", "Sweden", "Turkey"]);
  });

  it("puts the downloads of every row beside the table", () => {
    const table = DataTable(rows, {download: {filename: "scores"}, document});
    const links = [...table.querySelectorAll("a[download]")].map((a) => a.getAttribute("download"));
    expect(links).toEqual(["scores.csv", "scores.json"]);
  });

  it("scrolls vertically only when there are more rows than asked for, and is focusable", () => {
    expect(DataTable(rows, {rows: 2, document}).querySelector(".mipex-table-tall")).not.toBeNull();
    const short = DataTable(rows, {rows: 10, label: "Scores", document});
    expect(short.querySelector(".mipex-table-tall")).toBeNull();
    const scroller = short.querySelector<HTMLElement>(".mipex-table-scroll")!;
    expect(scroller.tabIndex).toBe(0);
    expect(scroller.getAttribute("aria-label")).toBe("Scores");
  });

  it("says so when there are no rows", () => {
    expect(texts(DataTable([], {columns: ["a"], document}), "tbody td")).toEqual(["No rows."]);
  });
});

describe("compareCells, isNumericColumn, cellText", () => {
  it("orders numbers, text with numbers inside, and missing values", () => {
    expect([3, null, 1, 2].sort(compareCells)).toEqual([1, 2, 3, null]);
    expect(["Indicator 10", "Indicator 9"].sort(compareCells)).toEqual(["Indicator 9", "Indicator 10"]);
  });
  it("calls a column numeric when every present value is a number", () => {
    expect(isNumericColumn([{x: 1}, {x: null}], "x")).toBe(true);
    expect(isNumericColumn([{x: 1}, {x: "a"}], "x")).toBe(false);
    expect(isNumericColumn([{x: null}], "x")).toBe(false);
  });
  it("formats a cell once", () => {
    expect([cellText(2019), cellText(49258), cellText(0.12345), cellText(null), cellText(true)]).toEqual(["2019", "49,258", "0.12", "—", "yes"]);
    expect(cellText(-0.0000000001)).toBe("0.00");
    expect(cellText(["a", 1])).toBe("a, 1");
  });
});

describe("DataTable with many rows", () => {
  it("draws the rows a page at a time", () => {
    const many = Array.from({length: 1200}, (_, i) => ({i}));
    const table = DataTable(many, {document});
    expect(table.querySelectorAll("tbody tr")).toHaveLength(500);
    const more = table.querySelector<HTMLButtonElement>(".mipex-table-more")!;
    expect(more.hidden).toBe(false);
    more.click();
    more.click();
    expect(table.querySelectorAll("tbody tr")).toHaveLength(1200);
    expect(more.hidden).toBe(true);
  });
});
