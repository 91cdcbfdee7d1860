import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {buildTables} from "../../../lib/mipex/build-tables.ts";
import {parseCountrySheet} from "../../../lib/mipex/parse-country-sheet.ts";
import {WorkbookError} from "../../../lib/mipex/workbook-error.ts";
import {readWorkbook, shiftRows} from "../../../loaders/mipex/read-workbook.ts";
import {craftedSpec, rewriteSheetXml, writeCraftedWorkbook, type CraftedSheet} from "../../fixtures/mipex/craft-workbook.ts";

const dir = mkdtempSync(join(tmpdir(), "mipex-crafted-"));
const years = [2014, 2019];

async function load(name: string, sheets: CraftedSheet[], expected = sheets.map((s) => s.name), damage?: (file: string) => Promise<void>) {
  const file = join(dir, `${name}.xlsx`);
  await writeCraftedWorkbook(file, sheets);
  await damage?.(file);
  const grids = await readWorkbook(file);
  return buildTables([{spec: craftedSpec(expected, years), file: `${name}.xlsx`, sheets: grids.map(parseCountrySheet)}]);
}

async function loadError(name: string, sheets: CraftedSheet[], expected?: string[], damage?: (file: string) => Promise<void>): Promise<string> {
  try {
    await load(name, sheets, expected, damage);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookError);
    return (error as Error).message;
  }
  throw new Error("expected a WorkbookError");
}

describe("a crafted, valid workbook", () => {
  let tables: Awaited<ReturnType<typeof load>>;
  beforeAll(async () => {
    tables = await load("valid", [
      {
        name: "SE",
        years,
        areas: {
          education: [
            {code: "c1", scores: {2014: 0, 2019: 100}},
            {code: "c2", scores: {2014: 50, 2019: 50}}
          ]
        }
      },
      {name: "UK", years}
    ]);
  });

  it("maps sheet names to ISO3, including UK → GBR", () => {
    expect(new Set(tables.overall_scores.map((r) => r.iso3))).toEqual(new Set(["SWE", "GBR"]));
  });

  it("reads indicator scores with their cells and recomputes areas and overall scores", () => {
    const education = tables.area_scores.find((r) => r.iso3 === "SWE" && r.year === 2019 && r.area === "education")!;
    expect(education.recomputed).toBe(75);
    expect(education.published).toBe(75);
    expect(education.mismatch).toBe(false);
    const overall = tables.overall_scores.find((r) => r.iso3 === "SWE" && r.year === 2014 && r.variant === "with_health")!;
    expect(overall.recomputed).toBeCloseTo((7 * 50 + 25) / 8, 12);
    expect(overall.mismatch).toBe(false);
    expect(tables.indicator_scores.find((r) => r.iso3 === "SWE" && r.indicator === "c1" && r.year === 2019)?.source_cell).toMatch(/^SE!E\d+$/);
  });
});

describe("broken workbooks fail with file, sheet, row and column", () => {
  it("a non-numeric score", async () => {
    const message = await loadError("text-score", [{name: "SE", years, areas: {health: [{code: "h1", scores: {2014: "fifty", 2019: 50}}]}}]);
    expect(message).toBe('text-score.xlsx, sheet SE, row 83, column E (E83): the score for 2014 is not a number: "fifty"');
  });

  it("a score outside 0–100", async () => {
    // A second indicator keeps the area average (75) in range, so the indicator's own cell is the error.
    const items = [
      {code: "c1", scores: {2014: 50, 2019: 150}},
      {code: "c2", scores: {2014: 50, 2019: 0}}
    ];
    const message = await loadError("range", [{name: "SE", years, areas: {education: items}}]);
    expect(message).toBe("range.xlsx, sheet SE, row 34, column E (E34): the score for 2019 is 150, outside 0–100");
  });

  it("an unknown policy area", async () => {
    const message = await loadError("area", [{name: "SE", years, strandTitles: {education: "Housing Strand"}}]);
    expect(message).toMatch(
      /^area\.xlsx, sheet SE, row 26, column B \(B26\): unknown policy area "Housing Strand"; expected one of "Labour Market Mobility Strand", /
    );
  });

  it("a missing country sheet", async () => {
    const message = await loadError("missing", [{name: "SE", years}], ["SE", "FI"]);
    expect(message).toBe("missing.xlsx: missing country sheet FI (the 2020 edition has 2)");
  });

  it("an unknown sheet name", async () => {
    const message = await loadError("unknown", [{name: "XX", years}], []);
    expect(message).toBe('unknown.xlsx, sheet XX: unknown country sheet "XX"; known sheet names are listed in lib/countries/sheet-codes.ts');
  });

  it("duplicate (country, year, indicator) rows: two sheets for one country", async () => {
    const message = await loadError("duplicate", [
      {name: "UK", years},
      {name: "GB", years}
    ]);
    expect(message).toBe("duplicate.xlsx, sheet GB: sheets UK and GB are both GBR");
  });

  it("duplicate indicator codes within a sheet", async () => {
    const twice = [
      {code: "c1", scores: {2014: 0, 2019: 0}},
      {code: "c1", scores: {2014: 0, 2019: 0}}
    ];
    const message = await loadError("dup-code", [{name: "SE", years, areas: {education: twice}}]);
    expect(message).toBe("dup-code.xlsx, sheet SE, row 33, column H (H33): duplicate score for SWE, 2014, indicator c1 (also in SE!E33)");
  });

  it("a file that is not a workbook", async () => {
    const file = join(dir, "not.xlsx");
    writeFileSync(file, "not a zip");
    await expect(readWorkbook(file)).rejects.toThrow(/^not\.xlsx: not a readable xlsx workbook/);
  });
});

// The crafted layout: Overall Scores in rows 1–4, then one block of ten rows per area, strands in rows
// 6, 16, ..., 76 (labour market mobility first, health last); a block's year rows are its rows 7 and 8.
describe("damaged sheets fail with file, sheet and what is missing", () => {
  const complete = "not a complete 2020-edition country sheet";

  it("a sheet whose XML is cut in the middle of a row", async () => {
    const cut = (xml: string) => xml.slice(0, xml.indexOf('<row r="33"') + 20);
    const message = await loadError(
      "cut",
      [
        {name: "AT", years},
        {name: "SE", years}
      ],
      undefined,
      (file) => rewriteSheetXml(file, 1, cut)
    );
    expect(message).toBe(
      `cut.xlsx, sheet AT: ${complete}: no political_participation, permanent_residence, access_to_nationality, anti_discrimination, health block ` +
        "(the sheet ends at row 32); the education block has no row for 2014, 2019"
    );
  });

  it('a block whose "Policy strand" label was changed', async () => {
    const message = await loadError("relabelled", [{name: "SE", years, strandLabels: {health: "Policy area"}}]);
    expect(message).toBe(
      `relabelled.xlsx, sheet SE: ${complete}: no health block (row 76 names "Health Strand" in column B but column A reads "Policy area", not "Policy strand")`
    );
  });

  it("the first block relabelled: its rows are not read as the Overall Scores", async () => {
    const message = await loadError("relabelled-first", [{name: "SE", years, strandLabels: {labour_market_mobility: "Strand"}}]);
    expect(message).toBe(
      `relabelled-first.xlsx, sheet SE: ${complete}: no labour_market_mobility block (row 6 names "Labour Market Mobility Strand" in column B but column A reads "Strand", not "Policy strand")`
    );
  });

  it("a sheet without a year the edition scores", async () => {
    const file = join(dir, "short.xlsx");
    await writeCraftedWorkbook(file, [{name: "SE", years: [2014]}]);
    const sheets = (await readWorkbook(file)).map(parseCountrySheet);
    const blocks = [
      "labour_market_mobility",
      "family_reunification",
      "education",
      "political_participation",
      "permanent_residence",
      "access_to_nationality",
      "anti_discrimination",
      "health"
    ];
    expect(() => buildTables([{spec: craftedSpec(["SE"], years), file: "short.xlsx", sheets}])).toThrow(
      new WorkbookError(
        {file: "short.xlsx", sheet: "SE"},
        `${complete}: the Overall Scores block has no row for 2019; ${blocks.map((b) => `the ${b} block has no row for 2019`).join("; ")}`
      )
    );
  });

  it("a block with an item missing", async () => {
    const message = await loadError("item", [{name: "SE", years, areas: {education: [{code: "c1", scores: {2014: 0, 2019: 100}}]}}]);
    expect(message).toBe(`item.xlsx, sheet SE: ${complete}: the education block has 1 item where the edition has 2`);
  });

  it("a number cell holding 1e999 (Infinity)", async () => {
    const infinite = (xml: string) => xml.replace(/(<c r="E34"[^>]*>)<v>[^<]*<\/v>/, "$1<v>1e999</v>");
    const message = await loadError("infinite", [{name: "SE", years}], undefined, (file) => rewriteSheetXml(file, 1, infinite));
    expect(message).toBe("infinite.xlsx, sheet SE, row 34, column E (E34): the score for 2019 is Infinity, not a finite number");
  });
});

describe("shiftRows", () => {
  it("moves relative rows and keeps absolute ones, as Excel fills a shared formula down", () => {
    expect(shiftRows("AVERAGE(E24, H24,$K$24,K$3)", 2)).toBe("AVERAGE(E26, H26,$K$24,K$3)");
  });
});
