import {describe, expect, it} from "vitest";
import {finding} from "../../../lib/findings/finding.ts";
import {basisCounts, findingsCountLine, findingsSummaryMarkdown, findingsTable} from "../../../lib/findings/findings-summary.ts";

const findings = [
  finding("a", "", 25, 25, "mipex.eu", "published statement"),
  finding("b", "", 1, 2, "mipex.eu", "published statement"),
  finding("c", "", 3, 3, "SE!B3"),
  finding("d", "", null, 3, "AR!B10"),
  finding("e", "", 4, null)
];

describe("findings summary", () => {
  it("counts findings by basis, then by status", () => {
    expect(basisCounts(findings)).toEqual([
      {
        basis: "published statement",
        total: 2,
        statuses: [
          {status: "match", count: 1},
          {status: "differs", count: 1}
        ]
      },
      {
        basis: "workbook cell",
        total: 2,
        statuses: [
          {status: "match", count: 1},
          {status: "not_computable", count: 1}
        ]
      },
      {basis: "none", total: 1, statuses: [{status: "computed", count: 1}]}
    ]);
    expect(findingsCountLine(findings)).toBe(
      "5 findings — published statement: 1 match, 1 differs; workbook cell: 1 match, 1 not_computable; none: 1 computed"
    );
  });

  it("prints the table mipex reproduce shows, with basis and source columns and the counts by basis", () => {
    const lines = findingsTable(findings).split("\n");
    expect(lines[0]).toMatch(/^id +description +computed +published +difference +status +basis +source$/);
    expect(lines[2]).toBe("a                25        25         0.00e+0     match           published statement  mipex.eu");
    expect(lines[5]).toMatch(/^d .* not_computable +workbook cell +AR!B10$/);
    expect(lines.at(-1)).toBe(findingsCountLine(findings));
  });

  it("writes the README paragraph from the counts", () => {
    expect(findingsSummaryMarkdown(findings)).toBe(
      "`npm run mipex -- reproduce` prints 5 findings, each naming what it is compared with and where that value comes from. " +
        "Against a figure MIPEX states in words (on mipex.eu, in its report or its launch news): 2 (1 match, 1 differ). " +
        "Against the official workbook's own cached value, a check of the recomputation rather than a reproduction of a published finding: 2 (1 match, 1 cannot be computed from the data at hand). " +
        "With nothing published to compare with: 1 (1 computed). The pages say why the one stated figure that differs does."
    );
  });
});
