/**
 * Every finding of the overview, strengths-and-weaknesses, trends and country-profile modules names what
 * it is compared with: a figure MIPEX states in words, the workbook's cached cell, or nothing.
 */
import {beforeAll, describe, expect, it} from "vitest";
import {groupRankFindings} from "../../../lib/findings/country/rank-findings.ts";
import type {Finding} from "../../../lib/findings/finding.ts";
import type {FindingInputs} from "../../../lib/findings/findings-module.ts";
import {overview} from "../../../lib/findings/overview.ts";
import {strengthsWeaknesses} from "../../../lib/findings/strengths-weaknesses.ts";
import {trends} from "../../../lib/findings/trends.ts";
import {whatIf} from "../../../lib/findings/what-if.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";
import {loadPublishedSummaryFigures} from "../../../loaders/mipex/published-summary-figures.ts";
import {haveSources, needing} from "../../have-sources.ts";

describe.skipIf(!haveSources("mipex_core", "mipex_eu", "approach_groups", "published_summary_figures"))(
  needing("the basis of every finding", "mipex_core", "mipex_eu", "approach_groups", "published_summary_figures"),
  () => {
    let findings: Finding[];
    beforeAll(async () => {
      const {tables} = await cachedMipex();
      findings = [
        ...overview.findings(overview.analyse({tables, summaryFigures: () => loadPublishedSummaryFigures({warn: () => {}})} as FindingInputs)),
        ...strengthsWeaknesses.findings(
          strengthsWeaknesses.analyse({tables, summaryFigures: () => loadPublishedSummaryFigures({warn: () => {}})} as FindingInputs)
        ),
        ...trends.findings(trends.analyse({tables, summaryFigures: () => loadPublishedSummaryFigures({warn: () => {}})} as FindingInputs)),
        ...groupRankFindings(tables),
        ...whatIf.findings(whatIf.analyse({tables} as FindingInputs))
      ];
    }, 180_000);

    it("is none exactly when nothing is published, and a compared value always names its source", () => {
      for (const f of findings) {
        expect(f.basis === "none", f.id).toBe(f.published === null);
        if (f.basis !== "none") expect(f.source, f.id).toMatch(/\S/);
      }
    });

    it("is a published statement only for figures MIPEX states in words", () => {
      const stated = findings.filter((f) => f.basis === "published statement").map((f) => f.id);
      expect(stated.filter((id) => !id.startsWith("published_"))).toEqual(["top_ten.2019", "top_ten.2019.without_health", "area_weakest.2019"]);
      expect(stated.filter((id) => id.startsWith("published_"))).toHaveLength(20);
    });

    it("calls the group and area means a check against the workbook's cached cells, not a published figure", () => {
      const means = findings.filter((f) => f.id.startsWith("overall_mean.") || f.id.startsWith("area_mean."));
      expect(means.length).toBeGreaterThan(0);
      for (const f of means) expect(f, f.id).toMatchObject({basis: "workbook cell", source: expect.stringMatching(/^mean of the workbook's cached/)});
      expect(findings.find((f) => f.id === "overall.2019.SWE")).toMatchObject({basis: "workbook cell", source: "mipex_core_2007-2019.xlsx SE!B15"});
    });
  }
);
