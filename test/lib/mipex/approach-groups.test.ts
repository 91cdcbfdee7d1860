import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {CsvFormatError, parseApproachGroups} from "../../../lib/mipex/approach-groups.ts";
import {locateSource} from "../../../loaders/data-sources.ts";
import {haveSources, needing} from "../../have-sources.ts";

const SOURCES = ["approach_groups"];
const haveData = haveSources(...SOURCES);

const header = "iso3,country,reference_year,approach,top_ten,confidence,source_url,note";

describe("parseApproachGroups", () => {
  it.skipIf(!haveData)(needing("reads the published classification and keeps Ukraine's two contradicting rows as a conflict", ...SOURCES), () => {
    const rows = parseApproachGroups(readFileSync(locateSource("approach_groups").file, "utf8"), "approach_groups_published.csv");
    const y2019 = rows.filter((r) => r.reference_year === 2019);
    expect(new Set(y2019.map((r) => r.iso3)).size).toBe(56);
    expect(
      y2019
        .filter((r) => r.top_ten)
        .map((r) => r.iso3)
        .sort()
    ).toEqual(["AUS", "BEL", "BRA", "CAN", "FIN", "IRL", "NZL", "PRT", "SWE", "USA"]);
    expect(rows.filter((r) => r.conflict).map((r) => r.iso3)).toEqual(["UKR", "UKR"]);
  });

  it("names file, row and column for bad input", () => {
    const bad = (line: string) => () => parseApproachGroups(`${header}\n${line}\n`, "groups.csv");
    expect(bad("XXX,Nowhere,2019,Equality on paper,false,high,u,")).toThrow(/^groups\.csv, row 2, column iso3: unknown country code "XXX"$/);
    expect(bad("SWE,Sweden,2019,Open borders,false,high,u,")).toThrow(/^groups\.csv, row 2, column approach: unknown approach "Open borders"/);
    expect(bad("SWE,Sweden,2019,Equality on paper,yes,high,u,")).toThrow(/^groups\.csv, row 2, column top_ten: "yes" is not true or false$/);
    expect(() => parseApproachGroups("iso3,country\nSWE,Sweden\n", "groups.csv")).toThrow(CsvFormatError);
  });

  it("reads a file saved with a UTF-8 byte-order mark (Excel's CSV UTF-8)", () => {
    const rows = parseApproachGroups(`\ufeff${header}\nSWE,Sweden,2019,Comprehensive integration,true,high,u,\n`, "bom.csv");
    expect(rows.map((r) => [r.iso3, r.approach, r.top_ten])).toEqual([["SWE", "Comprehensive integration", true]]);
  });

  it("rejects a year written as 1e999", () => {
    expect(() => parseApproachGroups(`${header}\nSWE,Sweden,1e999,Equality on paper,false,high,u,\n`, "g.csv")).toThrow(
      new CsvFormatError("g.csv", 2, "reference_year", '"1e999" is not a MIPEX year')
    );
  });

  it("rejects a repeated row and an unmarked conflict", () => {
    const twice = `${header}\nSWE,Sweden,2019,Equality on paper,false,high,u,\nSWE,Sweden,2019,Equality on paper,false,high,u,\n`;
    expect(() => parseApproachGroups(twice, "g.csv")).toThrow(/row 3, column approach: SWE is classified as Equality on paper for 2019 twice \(also row 2\)/);
    const conflict = `${header}\nSWE,Sweden,2019,Equality on paper,false,high,u,\nSWE,Sweden,2019,Temporary integration,false,high,u,\n`;
    expect(() => parseApproachGroups(conflict, "g.csv")).toThrow(/mark both rows low confidence/);
  });
});
