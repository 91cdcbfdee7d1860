import {describe, expect, it} from "vitest";
import {CsvFormatError} from "../../../lib/mipex/approach-groups.ts";
import {parsePublishedSummaryFigures} from "../../../lib/mipex/published-summary-figures.ts";
import {loadPublishedSummaryFigures} from "../../../loaders/mipex/published-summary-figures.ts";
import {haveSources, needing} from "../../have-sources.ts";

const header = "figure,measure,countries,year,value,source";
const parse =
  (...lines: string[]) =>
  () =>
    parsePublishedSummaryFigures(`${header}\n${lines.join("\n")}\n`, "figures.csv");

describe("parsePublishedSummaryFigures", () => {
  it("reads a figure with its measure, group, years and page", () => {
    expect(parse("area_change,permanent residence,all,2014-2019,-2,mipex.eu policy area page")()).toEqual([
      {
        figure: "area_change",
        measure: "permanent_residence",
        group: "all",
        groupWording: "all",
        from: 2014,
        to: 2019,
        value: -2,
        source: "mipex.eu policy area page",
        row: 2
      }
    ]);
    expect(parse("overall_average,overall score with health,old EU member states (EU15),2019,58,p")()[0].group).toBe("eu15");
  });

  it("names file, row and column for a bad row", () => {
    const ok = "overall_average,overall score with health,OECD countries,2019,56,p";
    expect(parse(ok, "overall_mean,overall score with health,OECD countries,2019,56,p")).toThrow(
      /^figures\.csv, row 3, column figure: unknown figure "overall_mean"/
    );
    expect(parse("area_average,nationality,all 56,2019,40,p")).toThrow(/^figures\.csv, row 2, column measure: unknown policy area "nationality"/);
    expect(parse("overall_average,overall score without health,all,2019,40,p")).toThrow(
      /^figures\.csv, row 2, column measure: unknown measure "overall score without health"/
    );
    expect(parse("overall_average,overall score with health,G20,2019,40,p")).toThrow(/^figures\.csv, row 2, column countries: unknown country group "G20"/);
    expect(parse("overall_average,overall score with health,all,2019,49.5,p")).toThrow(/^figures\.csv, row 2, column value: "49\.5" is not an integer/);
    expect(parse("overall_average,overall score with health,all,2019,,p")).toThrow(/column value: "" is not an integer/);
    expect(parse("overall_average,overall score with health,all,2014-2019,49,p")).toThrow(/column year: "2014-2019" is not a year/);
    expect(parse("overall_change,overall score with health,all,2019,2,p")).toThrow(/column year: "2019" is not a span of years/);
    expect(parse("overall_change,overall score with health,all,2019-2014,2,p")).toThrow(/column year: "2019-2014" does not run forward/);
    expect(parse("overall_average,overall score with health,all,2019,49,")).toThrow(/column source: no page named/);
    expect(() => parsePublishedSummaryFigures("figure,measure,year,value,source\n", "figures.csv")).toThrow(CsvFormatError);
    expect(() => parsePublishedSummaryFigures("figure,measure,year,value,source\n", "figures.csv")).toThrow(/row 1, column countries: missing column/);
  });

  it("rejects a figure stated twice, even in other words for the same group", () => {
    expect(parse("overall_average,overall score with health,all,2019,49,p", "overall_average,overall score with health,all 56,2019,50,q")).toThrow(
      /^figures\.csv, row 3, column figure: overall_average of overall_with_health for all 2019 is stated twice \(also row 2\)$/
    );
  });
});

describe.skipIf(!haveSources("published_summary_figures"))(needing("the published summary figures file", "published_summary_figures"), () => {
  it("holds MIPEX 2020's 20 summary figures", () => {
    const figures = loadPublishedSummaryFigures({warn: () => {}});
    expect(figures).toHaveLength(20);
    expect(figures.filter((f) => f.figure === "overall_average").map((f) => f.group)).toEqual([
      "all",
      "eu",
      "oecd",
      "launch_52",
      "eu15",
      "eu13",
      "traditional_destinations"
    ]);
    expect(figures.filter((f) => f.figure === "area_average")).toHaveLength(7);
    expect(figures.filter((f) => f.figure === "area_change")).toHaveLength(5);
  });
});
