import {beforeAll, describe, expect, it} from "vitest";
import {roundHalfAway, summaryFigureChecks, summaryFigureFindings} from "../../../lib/findings/summary-figures.ts";
import {SUMMARY_GROUPS, summaryGroup} from "../../../lib/findings/summary-groups.ts";
import {SUMMARY_GROUP_IDS, parsePublishedSummaryFigures, type PublishedSummaryFigure} from "../../../lib/mipex/published-summary-figures.ts";
import type {CountryRow, WorkspaceTables} from "../../../lib/mipex/workspace-tables.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";
import {loadPublishedSummaryFigures} from "../../../loaders/mipex/published-summary-figures.ts";
import {haveSources, needing} from "../../have-sources.ts";

const country = (iso3: string): CountryRow => ({
  iso3,
  iso2: iso3.slice(0, 2),
  iso_numeric: "0",
  name: iso3,
  region: "",
  subregion: "",
  eu27: false,
  oecd: false,
  oecd_since: null,
  traditional_destination: false,
  in_edition_2020: true,
  in_edition_2025: false
});
const overall = (iso3: string, year: number, recomputed: number | null, published: number | null = recomputed) => ({
  iso3,
  year,
  edition: "2020" as const,
  variant: "with_health" as const,
  published,
  recomputed,
  mismatch: null,
  note: null,
  source_cell: null
});

/** Three countries: 2014 scores 40, 50, 60 (the last not recomputable); 2019 scores 41, 56, 90. */
const small = {
  countries: ["AAA", "BBB", "CCC"].map(country),
  overall_scores: [
    overall("AAA", 2014, 40),
    overall("BBB", 2014, 50),
    overall("CCC", 2014, null, 60),
    overall("AAA", 2019, 41),
    overall("BBB", 2019, 56),
    overall("CCC", 2019, 90)
  ],
  area_scores: []
} as unknown as WorkspaceTables;
const figures = (...lines: string[]) => parsePublishedSummaryFigures(`figure,measure,countries,year,value,source\n${lines.join("\n")}\n`, "f.csv");

describe("summaryFigureChecks on a small table", () => {
  it("reproduces an average with the median and shows the mean beside it", () => {
    const [c] = summaryFigureChecks(small, figures("overall_average,overall score with health,all,2019,56,page"));
    expect(c.statistic).toBe("median");
    expect(c.reproduction).toBe(56);
    expect(c.mean).toBeCloseTo(62.333, 3);
    expect(c.meanMinusReproduction).toBeCloseTo(6.333, 3);
    expect(c.statistics.map((s) => s.agrees)).toEqual([true, false]);
    expect(c.agrees).toBe(true);
  });

  it("reproduces a change with the change of the median, using a published score where it cannot be recomputed, flagged", () => {
    const [c] = summaryFigureChecks(small, figures("overall_change,overall score with health,all countries,2014-2019,6,page"));
    // medians 50 → 56; changes 1, 6, 30: median 6, mean 12.33.
    expect(c.statistics.map((s) => [s.statistic, s.value])).toEqual([
      ["change of the median", 6],
      ["median of the changes", 6],
      ["mean of the changes", 37 / 3]
    ]);
    expect(c.countries).toEqual(["AAA", "BBB", "CCC"]);
    expect(c.publishedScoresUsed).toEqual(["CCC 2014"]);
    expect(c.id).toBe("published_change.2014_2019.overall");
  });

  it("says which statistic would agree when the median does not", () => {
    const [c] = summaryFigureChecks(small, figures("overall_average,overall score with health,all,2019,62,page"));
    expect(c.agrees).toBe(false);
    expect(c.explanation).toBe("The median is 56.00, which rounds to 56, not the stated 62; the mean rounds to it instead.");
    const [f] = summaryFigureFindings(small, figures("overall_average,overall score with health,all,2019,62,page"));
    expect(f).toMatchObject({id: "published_average.2019.all", status: "differs", basis: "published statement", source: "page", computed: 56, published: 62});
    expect(f.description).toContain("the mean rounds to it instead");
  });

  it("calls a figure a match when the statistic rounds to it, half away from zero", () => {
    expect(summaryFigureFindings(small, figures("overall_average,overall score with health,all,2019,56,page"))[0].status).toBe("match");
    expect([roundHalfAway(-2.5), roundHalfAway(-2.08), roundHalfAway(2.5), roundHalfAway(0.49)]).toEqual([-3, -2, 3, 0]);
  });
});

describe("summary groups", () => {
  it("defines a membership for every group the file can name", () => {
    for (const id of SUMMARY_GROUP_IDS) expect(summaryGroup(id).membership.length).toBeGreaterThan(0);
    expect(SUMMARY_GROUPS.map((g) => g.id).sort()).toEqual([...SUMMARY_GROUP_IDS].sort());
  });
});

describe.skipIf(!haveSources("mipex_core", "mipex_eu", "approach_groups", "published_summary_figures"))(
  needing("MIPEX 2020's 20 summary figures", "mipex_core", "mipex_eu", "approach_groups", "published_summary_figures"),
  () => {
    let tables: WorkspaceTables;
    let published: PublishedSummaryFigure[];
    beforeAll(async () => {
      ({tables} = await cachedMipex());
      published = loadPublishedSummaryFigures({warn: () => {}});
    }, 120_000);

    it("are each reproduced by the median (the change of the median for a change), row by row", () => {
      const checks = summaryFigureChecks(tables, published);
      expect(checks).toHaveLength(20);
      for (const c of checks) {
        expect(c.statistic, c.id).toBe(c.figure.figure.endsWith("_change") ? "change of the median" : "median");
        expect(roundHalfAway(c.reproduction), c.id).toBe(c.figure.value);
      }
    });

    it("are not reproduced by the mean in 16 of 20 rows, nor by the median of the changes in any change", () => {
      const checks = summaryFigureChecks(tables, published);
      const byMean = checks.filter((c) => c.statistics.find((s) => s.statistic.startsWith("mean"))!.agrees).map((c) => c.id);
      expect(byMean).toEqual([
        "published_change.2014_2019.overall",
        "published_area_average.2019.labour_market_mobility",
        "published_area_average.2019.education",
        "published_change.2014_2019.family_reunification"
      ]);
      expect(checks.filter((c) => c.statistics.some((s) => s.statistic === "median of the changes" && s.agrees))).toEqual([]);
      const pp = checks.find((c) => c.id === "published_area_average.2019.political_participation")!;
      expect(pp.reproduction).toBe(25);
      expect(pp.mean).toBeCloseTo(33.125, 6);
    });

    it("state groups whose membership reproduces the figure: EU28 and EU27 both give 49, EU15 needs the United Kingdom", () => {
      const checks = summaryFigureChecks(tables, published);
      const eu = checks.find((c) => c.id === "published_average.2019.eu")!;
      expect(eu.memberships.map((m) => [m.countries, Number(m.value.toFixed(2)), m.agrees])).toEqual([
        [28, 49.48, true],
        [27, 49.3, true]
      ]);
      const eu15 = checks.find((c) => c.id === "published_average.2019.eu15")!;
      expect(eu15.memberships.map((m) => [m.countries, m.agrees])).toEqual([
        [15, true],
        [14, false]
      ]);
      expect(checks.find((c) => c.id === "published_average.2019.oecd")!.countries).toHaveLength(36);
      expect(checks.find((c) => c.id === "published_average.2019.launch_52")!.countries).toHaveLength(52);
      expect(checks.find((c) => c.id === "published_change.2014_2019.overall")!.publishedScoresUsed).toEqual(["ARG 2014"]);
    });

    it("become findings with basis published statement and the row's page as source", () => {
      const findings = summaryFigureFindings(tables, published);
      expect(findings.map((f) => f.status)).toEqual(Array(20).fill("match"));
      findings.forEach((f, i) => expect(f).toMatchObject({basis: "published statement", source: published[i].source, published: published[i].value}));
    });
  }
);
