/**
 * The outcome pages' findings module (lib/findings/policies-outcomes.ts) and its correlations on the real
 * MIPEX tables and the real outcome files in the shared data folder, the complete-table path with synthetic
 * fixtures added through MIPEX_OUTCOMES_DIR, and what each of the three pages' loaders sends.
 */
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {correlationBlock, type CorrelationBlock} from "../../../lib/findings/outcomes/correlation-block.ts";
import {outcomeBlocks} from "../../../lib/findings/outcomes/outcome-blocks.ts";
import {partialTable} from "../../../lib/findings/outcomes/partial-table.ts";
import {mipexInput, type MipexInput} from "../../../lib/findings/outcomes/scores.ts";
import {EDUCATION_SPECS, EUMIDIS_KNOWS_LAW, EUMIDIS_SPECS, POLICY_OUTCOME_SPECS} from "../../../lib/findings/outcomes/specs.ts";
import {MIN_COUNTRIES} from "../../../lib/findings/outcomes/summary.ts";
import {
  analyseOutcomePages,
  antiDiscriminationEumidisPage,
  educationPisaPage,
  familySize,
  findingsTableRows,
  pageBlocks,
  policiesOutcomes,
  policiesOutcomesPage,
  sourceText
} from "../../../lib/findings/policies-outcomes.ts";
import type {WorkspaceTables} from "../../../lib/mipex/workspace-tables.ts";
import {adjustPValues} from "../../../lib/stats/p-adjust.ts";
import {pearson} from "../../../lib/stats/correlation.ts";
import {PROJECT_ROOT, outcomeDirectories} from "../../../loaders/data-sources.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";
import {loadOutcomes, type LoadedOutcomes} from "../../../loaders/outcomes/load-outcomes.ts";
import {haveSources, needing} from "../../have-sources.ts";

const SOURCES = ["mipex_core", "mipex_eu", "approach_groups", "outcomes"];
const haveData = haveSources(...SOURCES);

let tables: WorkspaceTables;
let outcomes: LoadedOutcomes;
let mipex: MipexInput;
beforeAll(async () => {
  if (!haveData) return;
  ({tables} = await cachedMipex());
  outcomes = loadOutcomes(outcomeDirectories({...process.env, MIPEX_OUTCOMES_DIR: ""}));
  mipex = mipexInput(tables);
}, 120_000);

const spec = (id: string) => [...POLICY_OUTCOME_SPECS, ...EDUCATION_SPECS, ...EUMIDIS_SPECS].find((s) => s.id === id)!;

describe.skipIf(!haveData)(needing("policies and outcomes on the real data", ...SOURCES), () => {
  it("access to nationality (MIPEX 2016) vs the 2014–2019 naturalisation rate: r recomputed by hand", () => {
    const block = correlationBlock(spec("corr.nationality.naturalisation"), mipex, outcomes);
    expect(block.mipexYear).toBe(2016);
    expect(block.mipexYearReason).toContain("earlier of two equally close years");
    expect(block.summary.n).toBe(31);
    // By hand from the tables: the 2016 recomputed score and the derived period mean.
    const score = new Map(
      tables.area_scores.filter((r) => r.edition === "2020" && r.year === 2016 && r.area === "access_to_nationality").map((r) => [r.iso3, r.recomputed!])
    );
    const rate = outcomes.observations.filter(
      (o) => o.indicator === "derived.naturalisation_rate_nonEU_citizens.mean_2014_2019" && o.iso3 && score.has(o.iso3)
    );
    expect(rate).toHaveLength(31);
    expect(block.summary.r).toBeCloseTo(
      pearson(
        rate.map((o) => score.get(o.iso3!)!),
        rate.map((o) => o.value!)
      ),
      12
    );
    expect(block.summary.r!).toBeCloseTo(0.5455, 3);
    expect(block.summary.rInterval![0]).toBeGreaterThan(0);
    expect(block.missing).toHaveLength(56 - 31);
    expect(block.sentence).toContain("not a causal effect");
  });

  it("computes every policies-outcomes correlation from at least 10 countries and names the most influential one", () => {
    const expected: Record<string, {n: number; r: number; year: number}> = {
      "corr.labour.employment_gap": {n: 32, r: 0.3927, year: 2019},
      "corr.health.self_rated_gap": {n: 31, r: -0.0499, year: 2019},
      "corr.overall.gallup": {n: 38, r: 0.7499, year: 2014},
      "corr.overall.ess": {n: 21, r: 0.4589, year: 2014}
    };
    for (const [id, {n, r, year}] of Object.entries(expected)) {
      const block = correlationBlock(spec(id), mipex, outcomes, {replicates: 999});
      expect({id, n: block.summary.n, year: block.mipexYear}).toEqual({id, n, year});
      expect(block.summary.r!).toBeCloseTo(r, 3);
      expect(block.summary.mostInfluential).not.toBeNull();
      expect(block.summary.band.length).toBeGreaterThan(2);
    }
  });

  it("PISA 2015 science gap vs education (MIPEX 2015): 33 countries, interval across zero", () => {
    const block = correlationBlock(spec("corr.education.pisa_science_gap"), mipex, outcomes, {replicates: 999});
    expect(block.mipexYear).toBe(2015);
    expect(block.summary.n).toBe(33);
    expect(block.summary.rInterval![0]).toBeLessThan(0);
    expect(block.summary.rInterval![1]).toBeGreaterThan(0);
    expect(block.sentence).toContain("cannot tell whether there is any association");
  });
});

describe.skipIf(!haveData)(needing("partial tables", ...SOURCES), () => {
  it("PISA resilience: 5 MIPEX countries, Austria's two quotes (47, 46) left out as a conflict, not computable", () => {
    const block = correlationBlock(spec("corr.education.pisa_resilience"), mipex, outcomes);
    expect(block.summary.computable).toBe(false);
    expect(block.summary.n).toBe(5);
    expect(block.summary.r).toBeNull();
    expect(block.conflicts).toEqual([{iso3: "AUT", name: "Austria", year: 2015, values: [47, 46]}]);
    expect(block.rows.map((r) => r.iso3)).not.toContain("AUT");
    expect(block.finding.status).toBe("not_computable");
    expect(block.finding.description).toContain("not available here");
  });

  it("EU-MIDIS II: the indicator ids are absent, both findings not computable, the partial table reaches at most 9 countries", () => {
    for (const s of EUMIDIS_SPECS) {
      const block = correlationBlock(s, mipex, outcomes);
      expect(block.group).toBeNull();
      expect(block.finding.status).toBe("not_computable");
      expect(block.summary.reason).toContain(s.indicator);
    }
    const partial = partialTable(outcomes, /eumidis/i, mipex.countries);
    expect(partial.rows.length).toBeGreaterThan(90);
    expect(Math.max(...partial.coverage.map((c) => c.mipexCountries))).toBeLessThan(MIN_COUNTRIES);
    expect(partial.coverage.every((c) => c.belowMinimum)).toBe(true);
  });

  it("the module gives the eight required ids (and the reporting rate) with published null, in page order", () => {
    const findings = policiesOutcomes.findings(analyseOutcomePages(tables, outcomes, {replicates: 199}));
    expect(findings.map((f) => f.id)).toEqual([
      "corr.nationality.naturalisation",
      "corr.labour.employment_gap",
      "corr.health.self_rated_gap",
      "corr.overall.gallup",
      "corr.overall.ess",
      "corr.education.pisa_science_gap",
      "corr.education.pisa_resilience",
      "corr.antidiscrimination.eumidis_knowledge",
      "corr.antidiscrimination.eumidis_reporting"
    ]);
    expect(findings.every((f) => f.published === null)).toBe(true);
    expect(findings.filter((f) => f.status === "not_computable").map((f) => f.id)).toEqual([
      "corr.education.pisa_resilience",
      "corr.antidiscrimination.eumidis_knowledge",
      "corr.antidiscrimination.eumidis_reporting"
    ]);
  });
});

describe.skipIf(!haveData)(needing("the policy–outcome links as one family", ...SOURCES), () => {
  it("adjusts the permutation p of every computed link on the three pages together (Holm, BH) and the sentence follows it", () => {
    const blocks = outcomeBlocks(mipex, outcomes, {replicates: 199});
    const computed = blocks.filter((b) => b.summary.computable);
    const raw = computed.map((b) => b.summary.permutationP!);
    expect(computed.map((b) => b.family!.raw)).toEqual(raw);
    expect(computed.map((b) => b.family!.holm)).toEqual(adjustPValues(raw, "holm"));
    expect(computed.map((b) => b.family!.bh)).toEqual(adjustPValues(raw, "BH"));
    expect(computed.every((b) => b.family!.size === computed.length)).toBe(true);
    expect(blocks.filter((b) => !b.summary.computable).every((b) => b.family === null)).toBe(true);
    for (const b of computed) {
      expect(b.sentence, b.id).toContain(`adjusted over the ${computed.length} policy–outcome links`);
      const tentative = b.summary.rInterval![0] > 0 || b.summary.rInterval![1] < 0 ? b.family!.holm >= 0.05 || b.summary.permutationP! >= 0.05 : false;
      expect(b.sentence.includes("tentative"), b.id).toBe(tentative);
    }
    // A page shows the same adjusted p as the family.
    expect(pageBlocks(analyseOutcomePages(tables, outcomes, {replicates: 199}), EDUCATION_SPECS)[0].family).toEqual(
      blocks.find((b) => b.id === "corr.education.pisa_science_gap")!.family
    );
  });

  it("marks the PISA science gap unverified, from its source note, wherever its sentence and finding are used", () => {
    const pisa = outcomeBlocks(mipex, outcomes, {replicates: 199}).find((b) => b.id === "corr.education.pisa_science_gap")!;
    expect(pisa.unverified).toMatch(/^the source note says "SIGN CONVENTION INFERRED, NOT READ: positive = non-immigrant students score higher/);
    expect(pisa.sentence.startsWith("Unverified outcome:")).toBe(true);
    expect(pisa.finding.description).toContain("outcome direction unverified");
    expect(
      outcomeBlocks(mipex, outcomes, {replicates: 199})
        .filter((b) => b.unverified)
        .map((b) => b.id)
    ).toEqual(["corr.education.pisa_science_gap"]);
  });
});

describe.skipIf(!haveData)(needing("a complete table added through MIPEX_OUTCOMES_DIR (synthetic fixture)", ...SOURCES), () => {
  const fixture = join(PROJECT_ROOT, "test", "fixtures", "outcomes", "complete-tables");
  let withFixture: LoadedOutcomes;
  beforeAll(() => {
    withFixture = loadOutcomes(outcomeDirectories({...process.env, MIPEX_OUTCOMES_DIR: fixture}));
  });

  it("computes the EU-MIDIS II knowledge finding with no code change", () => {
    const block = correlationBlock(spec("corr.antidiscrimination.eumidis_knowledge"), mipex, withFixture, {replicates: 999});
    expect(block.group).toBe("all");
    expect(block.mipexYear).toBe(2016);
    expect(block.summary.computable).toBe(true);
    expect(block.summary.n).toBe(28);
    const score = new Map(
      tables.area_scores.filter((r) => r.edition === "2020" && r.year === 2016 && r.area === "anti_discrimination").map((r) => [r.iso3, r.recomputed!])
    );
    const values = withFixture.observations.filter((o) => o.indicator === EUMIDIS_KNOWS_LAW && o.iso3 && score.has(o.iso3));
    expect(block.summary.r).toBeCloseTo(
      pearson(
        values.map((o) => score.get(o.iso3!)!),
        values.map((o) => o.value!)
      ),
      12
    );
    expect(block.finding.status).toBe("computed");
  });

  it("leaves Malta's conflicting reporting rates out of the reporting finding", () => {
    const block = correlationBlock(spec("corr.antidiscrimination.eumidis_reporting"), mipex, withFixture, {replicates: 999});
    expect(block.summary.n).toBe(27);
    expect(block.conflicts.map((c) => c.iso3)).toEqual(["MLT"]);
    expect(block.missing.find((m) => m.iso3 === "MLT")?.reason).toBe("conflicting outcome values");
  });

  it("prefers the complete resilience table's exact group over the partial file's", () => {
    const block = correlationBlock(spec("corr.education.pisa_resilience"), mipex, withFixture, {replicates: 999});
    expect(block.group).toBe("students with an immigrant background");
    expect(block.summary.n).toBe(28);
    expect(block.finding.status).toBe("computed");
  });
});

describe.skipIf(!haveData)(needing("the definition of the rows used, on the real data", ...SOURCES), () => {
  it("describes the ESS finding by the round it uses", () => {
    const block = correlationBlock(spec("corr.overall.ess"), mipex, outcomes, {replicates: 99});
    expect(new Set(block.rows.map((r) => r.outcomeYear))).toEqual(new Set([2014]));
    expect(block.definition).toMatch(/^ESS round 7 \(year label 2014\)/);
  });
});

describe.skipIf(!haveData)(needing("what each outcome page's loader sends, from one analysis", ...SOURCES), () => {
  let analysis: ReturnType<typeof analyseOutcomePages>;
  beforeAll(() => {
    analysis = analyseOutcomePages(tables, outcomes, {replicates: 199});
  });

  it("policies-outcomes: its five links in page order, the family's size and the findings table of those links", () => {
    const page = policiesOutcomesPage(analysis);
    expect(page.blocks.map((b) => b.id)).toEqual(POLICY_OUTCOME_SPECS.map((s) => s.id));
    const computed = analysis.blocks.filter((b) => b.summary.computable).length;
    expect(page.familySize).toBe(computed);
    expect(page.findingsTable.map((r) => r.id)).toEqual(page.blocks.map((b) => b.id));
    expect(page.blocks.every((b) => b.sourceText === sourceText(b))).toBe(true);
    const naturalisation = page.findingsTable[0];
    const block = page.blocks[0];
    expect(naturalisation).toEqual({
      id: "corr.nationality.naturalisation",
      n: 31,
      r: block.summary.r,
      lower: block.summary.rInterval![0],
      upper: block.summary.rInterval![1],
      rho: block.summary.rho,
      permutationP: block.summary.permutationP,
      holm: block.family!.holm,
      bh: block.family!.bh,
      mipexYear: 2016,
      status: block.finding.status
    });
    expect(page).toMatchObject({minCountries: MIN_COUNTRIES, replicates: 10_000, seed: 2020});
  });

  it("education-pisa: the science gap and resilience blocks, and the partial resilience table", () => {
    const page = educationPisaPage(analysis);
    expect([page.scienceGap.id, page.resilience.id]).toEqual(EDUCATION_SPECS.map((s) => s.id));
    expect(page.partial.files.every((f) => /resilience/i.test(f))).toBe(true);
    expect(page.partial.rows.length).toBeGreaterThan(0);
    expect(page.tidyColumns.at(-1)).toBe("note");
  });

  it("anti-discrimination-eumidis: nothing computed, no coverage line reaches the minimum, the most countries any line has", () => {
    const page = antiDiscriminationEumidisPage(analysis);
    expect(page.blocks.map((b) => b.id)).toEqual(EUMIDIS_SPECS.map((s) => s.id));
    expect(page.computedIndicators).toEqual([]);
    expect(page.allComputed).toBe(false);
    expect(page.usableCoverage).toBe(0);
    const most = page.partial.coverage.reduce((m, c) => Math.max(m, c.mipexCountries), 0);
    expect(page.mostMipexCountries).toBe(most);
    expect(page.mostMipexCountries).toBeGreaterThan(0);
    expect(page.mostMipexCountries).toBeLessThan(MIN_COUNTRIES);
  });

  it("anti-discrimination-eumidis with a complete table: both indicators computed and counted as usable", () => {
    const withFixture = loadOutcomes(
      outcomeDirectories({...process.env, MIPEX_OUTCOMES_DIR: join(PROJECT_ROOT, "test", "fixtures", "outcomes", "complete-tables")})
    );
    const page = antiDiscriminationEumidisPage(analyseOutcomePages(tables, withFixture, {replicates: 99}));
    expect(page.computedIndicators).toEqual([EUMIDIS_KNOWS_LAW, "eumidis2_reporting_rate_pct"]);
    expect(page.allComputed).toBe(true);
    expect(page.usableCoverage).toBeGreaterThanOrEqual(2);
    expect(page.mostMipexCountries).toBeGreaterThanOrEqual(MIN_COUNTRIES);
  });
});

describe("page helpers on crafted blocks", () => {
  const block = (id: string, adjusted: boolean) =>
    ({
      id,
      mipexYear: 2019,
      summary: {n: 12, r: 0.5, rInterval: [0.1, 0.8], rho: 0.4, permutationP: 0.02},
      family: adjusted ? {size: 2, family: "links", raw: 0.02, holm: 0.04, bh: 0.03} : null,
      finding: {status: "computed"}
    }) as unknown as CorrelationBlock;

  it("familySize is the size of the adjusted family, null when no link was computed", () => {
    expect(familySize([block("a", false), block("b", true)])).toBe(2);
    expect(familySize([block("a", false)])).toBeNull();
  });

  it("findingsTableRows gives null adjusted p to a link outside the family, and the interval's ends", () => {
    expect(findingsTableRows([block("a", false)])[0]).toEqual({
      id: "a",
      n: 12,
      r: 0.5,
      lower: 0.1,
      upper: 0.8,
      rho: 0.4,
      permutationP: 0.02,
      holm: null,
      bh: null,
      mipexYear: 2019,
      status: "computed"
    });
    expect(findingsTableRows([block("b", true)])[0]).toMatchObject({holm: 0.04, bh: 0.03});
  });

  it("pageBlocks keeps the specs' order and refuses a spec missing from the analysis", () => {
    const blocks = [block("corr.education.pisa_resilience", false), block("corr.education.pisa_science_gap", false)];
    expect(pageBlocks({blocks}, EDUCATION_SPECS).map((b) => b.id)).toEqual(["corr.education.pisa_science_gap", "corr.education.pisa_resilience"]);
    expect(() => pageBlocks({blocks}, POLICY_OUTCOME_SPECS)).toThrow(/no block corr\.nationality\.naturalisation/);
  });
  it("sourceText says a derived series' source once, and keeps any other source as it is", () => {
    expect(sourceText({source: "derived: mean of the rates", definition: "mean of the rates"})).toBe(
      "derived in this workspace from the series named in the definition"
    );
    expect(sourceText({source: "derived: another series", definition: "mean of the rates"})).toBe("derived: another series");
    expect(sourceText({source: "Gallup (2017)", definition: "index"})).toBe("Gallup (2017)");
  });
});
