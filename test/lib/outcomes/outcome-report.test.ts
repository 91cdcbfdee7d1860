import {describe, expect, it} from "vitest";
import {resolveAcrossFiles} from "../../../lib/outcomes/cross-file.ts";
import {outcomeReport} from "../../../lib/outcomes/outcome-report.ts";
import {parseEurostatTsv} from "../../../lib/outcomes/eurostat-tsv.ts";
import {parseTidyCsv} from "../../../lib/outcomes/tidy.ts";

const HEADER = "country,iso3,year,indicator,group,value,unit,source,note";

describe("what mipex check says about outcome files", () => {
  it("a conflict across files is an error, one within a file a warning, exclusions warnings, flags notes", () => {
    const a = parseTidyCsv([HEADER, "Sweden,SWE,2016,q,all,1,%,s,", "Sweden,SWE,2017,q,all,2,%,s,", "Sweden,SWE,2017,q,all,3,%,s,"].join("\n"), {
      file: "a.csv"
    });
    const b = parseTidyCsv([HEADER, "Sweden,SWE,2016,q,all,4,%,s,"].join("\n"), {file: "b.csv"});
    const tsv = parseEurostatTsv(["freq,unit,sex,geo\\TIME_PERIOD\t2018 \t2019 ", "A,PC,T,SE\t1.0 u\t2.0 u", "A,PC,T,ZZ\t1.0 \t2.0 "].join("\n"), {
      file: "lfsa_ergan_x.tsv"
    });
    const across = resolveAcrossFiles([
      {file: "a.csv", valueColumn: () => "value", observations: a.observations},
      {file: "b.csv", valueColumn: () => "value", observations: b.observations},
      {file: "lfsa_ergan_x.tsv", valueColumn: (o) => String(o.year), observations: tsv.observations}
    ]);
    const reports = outcomeReport({
      observations: across.observations,
      exclusions: [...tsv.exclusions, ...across.exclusions],
      conflicts: [...a.conflicts, ...across.conflicts],
      files: [
        {label: "a.csv", format: "tidy"},
        {label: "b.csv", format: "tidy"},
        {label: "lfsa_ergan_x.tsv", format: "eurostat-tsv"}
      ]
    });
    expect(reports.map((r) => [r.severity, r.kind, r.message])).toEqual([
      [
        "warning",
        "conflict",
        'a.csv, row 3, column "value": SWE 2017 q [all] has different values in one file: 2 (a.csv, row 3, column "value") vs 3 (a.csv, row 4, column "value"); left out of every statistic'
      ],
      [
        "error",
        "conflict-across-files",
        'a.csv, row 2, column "value": SWE 2016 q [all] has different values in different files: 1 (a.csv, row 2, column "value") vs 4 (b.csv, row 2, column "value"); left out of every statistic until one of the rows is removed'
      ],
      [
        "warning",
        "unknown-geography",
        'lfsa_ergan_x.tsv, row 3, column "freq,unit,sex,geo\\TIME_PERIOD": unknown Eurostat geography "ZZ" (2 year cells not read)'
      ],
      ["note", "flag", 'lfsa_ergan_x.tsv: 2 values flagged "u" (low reliability), the first at row 2, column "2018"; kept with the flag']
    ]);
  });
});
