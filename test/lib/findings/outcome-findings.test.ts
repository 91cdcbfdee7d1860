/**
 * The outcome correlations on the real MIPEX tables and the real outcome files in the shared data folder,
 * and the complete-table path with synthetic fixtures added through MIPEX_OUTCOMES_DIR.
 */
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {
  EDUCATION_SPECS,
  EUMIDIS_KNOWS_LAW,
  EUMIDIS_SPECS,
  POLICY_OUTCOME_SPECS,
  correlationBlock,
  definitionOfRowsUsed,
  mipexInput,
  outcomeBlocks,
  outcomeFindings,
  pageBlocks,
  partialTable,
  type MipexInput
} from "../../../lib/findings/outcome-findings.ts";
import {MIN_COUNTRIES, closestMipexYear, interpret, pairCountries, summarizeCorrelation, type OutcomeValue} from "../../../lib/findings/outcome-pairs.ts";
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

  it("outcomeFindings gives the eight required ids (and the reporting rate) with published null", () => {
    const findings = outcomeFindings(tables, outcomes, {replicates: 199});
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
    expect(pageBlocks(EDUCATION_SPECS, mipex, outcomes, {replicates: 199})[0].family).toEqual(
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

describe("pairing rules", () => {
  const countries = Array.from({length: 12}, (_, i) => ({iso3: `C${String(i).padStart(2, "0")}`, name: `Country ${i}`}));
  const scores = countries.map((c, i) => ({iso3: c.iso3, year: 2019, measure: "health", score: 10 * i}));
  const obs = (iso3: string, value: number | null, conflict = false, year = 2019): OutcomeValue => ({iso3, year, indicator: "x", group: "g", value, conflict});

  it("never averages or picks conflicting values, within one file or across two", () => {
    const observations = [...countries.slice(2).map((c, i) => obs(c.iso3, i)), obs("C00", 1, true), obs("C00", 2, true), obs("C01", 5), obs("C01", 6)];
    const pairing = pairCountries(scores, observations, countries, {measure: "health", mipexYear: 2019, indicator: "x", group: "g", outcomeYears: [2019]});
    expect(pairing.rows).toHaveLength(10);
    expect(pairing.conflicts.map((c) => [c.iso3, c.values])).toEqual([
      ["C00", [1, 2]],
      ["C01", [5, 6]]
    ]);
  });

  it("reports nothing below the minimum number of countries", () => {
    const rows = countries.slice(0, 9).map((c, i) => ({iso3: c.iso3, name: c.name, x: i, y: i * i, mipexYear: 2019, outcomeYear: 2019}));
    const summary = summarizeCorrelation(rows);
    expect(summary.computable).toBe(false);
    expect(summary.r).toBeNull();
    expect(interpret(summary, {x: "a", y: "b"})).toMatch(/^Not computed: 9 countries have both values; a correlation is reported only from 10 countries up/);
  });

  it("takes the MIPEX year closest to the outcome, the earlier on ties, among fully scored years", () => {
    const s = [2014, 2019].flatMap((year) => countries.map((c) => ({iso3: c.iso3, year, measure: "health", score: 1})));
    s.push({iso3: "C00", year: 2016, measure: "health", score: 1});
    expect(closestMipexYear(s, "health", [2016], 10).year).toBe(2014);
    expect(closestMipexYear(s, "health", [2017], 10).year).toBe(2019);
    expect(closestMipexYear(s, "health", [2014, 2015, 2016, 2017, 2018, 2019], 10).year).toBe(2014);
  });
});

describe("definitionOfRowsUsed", () => {
  const obs = (iso3: string, year: number, note: string | null) => ({indicator: "x", group: "all", iso3, year, note});
  const observations = [obs("AUT", 2002, "round 1 (2002)"), obs("AUT", 2014, "round 7 (2014)"), obs("BEL", 2014, "round 7 (2014)")];

  it("is the note the rows used share, not the series' first note", () => {
    expect(
      definitionOfRowsUsed(
        observations,
        "x",
        "all",
        [
          {iso3: "AUT", outcomeYear: 2014},
          {iso3: "BEL", outcomeYear: 2014}
        ],
        "round 1 (2002)"
      )
    ).toBe("round 7 (2014)");
  });

  it("falls back to the series definition when the rows used disagree or have no note", () => {
    expect(
      definitionOfRowsUsed(
        observations,
        "x",
        "all",
        [
          {iso3: "AUT", outcomeYear: 2002},
          {iso3: "BEL", outcomeYear: 2014}
        ],
        "series"
      )
    ).toBe("series");
    expect(definitionOfRowsUsed([obs("AUT", 2014, null)], "x", "all", [{iso3: "AUT", outcomeYear: 2014}], "series")).toBe("series");
  });

  it.skipIf(!haveData)(needing("describes the ESS finding by the round it uses (real data)", ...SOURCES), () => {
    const block = correlationBlock(spec("corr.overall.ess"), mipex, outcomes, {replicates: 99});
    expect(new Set(block.rows.map((r) => r.outcomeYear))).toEqual(new Set([2014]));
    expect(block.definition).toMatch(/^ESS round 7 \(year label 2014\)/);
  });
});
