import {describe, expect, it} from "vitest";
import {resolveAcrossFiles} from "../../../lib/outcomes/cross-file.ts";
import {deriveIndicators} from "../../../lib/outcomes/derived.ts";
import {parseTidyCsv} from "../../../lib/outcomes/tidy.ts";

const HEADER = "country,iso3,year,indicator,group,value,unit,source,note";
const rate = (year: number, value: number | string, iso3 = "SWE", country = "Sweden") =>
  `${country},${iso3},${year},naturalisation_rate_nonEU_citizens,sex=T,${value},per 100,Eurostat migr_acqs,`;
const SHARED = [
  HEADER,
  rate(2014, 8.1),
  rate(2015, 8.57),
  rate(2016, 10.08),
  rate(2017, 10.51),
  rate(2018, 8.78),
  rate(2019, 8.38),
  rate(2016, 3.1, "DNK", "Denmark")
].join("\n");

function resolve(files: Record<string, string>) {
  return resolveAcrossFiles(
    Object.entries(files).map(([file, text]) => ({file, valueColumn: () => "value", observations: parseTidyCsv(text, {file}).observations}))
  );
}

describe("outcome files that disagree with each other", () => {
  it("a user row with a different value is a conflict naming both files and rows, and both rows are marked", () => {
    const {observations, conflicts, exclusions} = resolve({"tidy/naturalisation.csv": SHARED, "mine.csv": [HEADER, rate(2016, 12)].join("\n")});
    expect(exclusions).toEqual([]);
    expect(conflicts).toEqual([
      {
        file: "tidy/naturalisation.csv; mine.csv",
        files: ["tidy/naturalisation.csv", "mine.csv"],
        geo: "SWE",
        iso3: "SWE",
        year: 2016,
        indicator: "naturalisation_rate_nonEU_citizens",
        group: "sex=T",
        rows: [4, 2],
        columns: ["value", "value"],
        values: [10.08, 12]
      }
    ]);
    expect(observations.filter((o) => o.conflict).map((o) => `${o.sourceFile}:${o.row}`)).toEqual(["tidy/naturalisation.csv:4", "mine.csv:2"]);
    expect(observations).toHaveLength(8);
  });

  it("an identical row is a reported duplicate, not a conflict; the first file's row is kept", () => {
    const {observations, conflicts, exclusions} = resolve({"tidy/naturalisation.csv": SHARED, "mine.csv": [HEADER, rate(2016, "10.080")].join("\n")});
    expect(conflicts).toEqual([]);
    expect(exclusions).toEqual([
      {
        file: "mine.csv",
        row: 2,
        column: "value",
        code: "SWE 2016 naturalisation_rate_nonEU_citizens sex=T",
        reason: "duplicate",
        message:
          'mine.csv, row 2, column "value": same SWE 2016 naturalisation_rate_nonEU_citizens [sex=T] and value 10.08 as tidy/naturalisation.csv, row 4; kept tidy/naturalisation.csv row 4'
      }
    ]);
    expect(observations.some((o) => o.conflict || o.sourceFile === "mine.csv")).toBe(false);
  });

  it("a missing value in one file and a value in another disagree", () => {
    const {conflicts} = resolve({"a.csv": [HEADER, rate(2016, "")].join("\n"), "b.csv": [HEADER, rate(2016, 9)].join("\n")});
    expect(conflicts.map((c) => c.values)).toEqual([[null, 9]]);
  });

  it("leaves a conflicting year out of a derived mean by not computing the mean: no mean over the years left", () => {
    const {observations} = resolve({"tidy/naturalisation.csv": SHARED, "mine.csv": [HEADER, rate(2016, 12)].join("\n")});
    const derived = deriveIndicators(observations).observations.filter((o) => o.indicator === "derived.naturalisation_rate_nonEU_citizens.mean_2014_2019");
    expect(derived).toEqual([
      expect.objectContaining({
        iso3: "SWE",
        year: 2019,
        value: null,
        conflict: true,
        note: "not computed: SWE 2016 naturalisation_rate_nonEU_citizens [sex=T] is in conflict: 10.08 (tidy/naturalisation.csv row 4) vs 12 (mine.csv row 2)"
      })
    ]);
  });

  it("without the user's row the mean is computed as before", () => {
    const {observations} = resolve({"tidy/naturalisation.csv": SHARED});
    const sweden = deriveIndicators(observations).observations.find(
      (o) => o.iso3 === "SWE" && o.indicator === "derived.naturalisation_rate_nonEU_citizens.mean_2014_2019"
    );
    expect(sweden).toMatchObject({value: 9.07, conflict: false});
  });
});
