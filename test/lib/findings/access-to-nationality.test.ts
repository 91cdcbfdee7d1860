/**
 * The example report (lib/findings/access-to-nationality.ts): on the real workbook and outcome files, its
 * numbers recomputed here by hand from the tables; on a small synthetic case, the rules that do not depend on
 * the data (too few countries, conflicts, the family of tests, the findings' shape).
 */
import {beforeAll, describe, expect, it} from "vitest";
import {
  FAMILY,
  FROM,
  LINKS,
  MEASURE,
  OUTCOME,
  TO,
  accessToNationality,
  accessToNationalityAnalysis,
  accessToNationalityFindings,
  naturalisationLinks,
  type AccessToNationalityAnalysis
} from "../../../lib/findings/access-to-nationality.ts";
import type {OutcomeValue} from "../../../lib/findings/outcomes/pairs.ts";
import type {MipexScore} from "../../../lib/findings/outcomes/scores.ts";
import {MIN_COUNTRIES} from "../../../lib/findings/outcomes/summary.ts";
import {FINDINGS_MODULES, ownerOf} from "../../../lib/findings/registry.ts";
import type {WorkspaceTables} from "../../../lib/mipex/workspace-tables.ts";
import {pearson} from "../../../lib/stats/correlation.ts";
import {outcomeDirectories} from "../../../loaders/data-sources.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";
import {loadOutcomes, type LoadedOutcomes} from "../../../loaders/outcomes/load-outcomes.ts";
import {haveSources, needing} from "../../have-sources.ts";

const SOURCES = ["mipex_core", "mipex_eu", "approach_groups", "outcomes"];
const haveData = haveSources(...SOURCES);

let tables: WorkspaceTables;
let outcomes: LoadedOutcomes;
let analysis: AccessToNationalityAnalysis;
beforeAll(async () => {
  if (!haveData) return;
  ({tables} = await cachedMipex());
  outcomes = loadOutcomes(outcomeDirectories({...process.env, MIPEX_OUTCOMES_DIR: ""}));
  analysis = accessToNationalityAnalysis(tables, outcomes, {replicates: 999});
}, 120_000);

describe.skipIf(!haveData)(needing("the example report on the real data", ...SOURCES), () => {
  it("gives the mean change of the area score as the mean of each country's 2019 minus 2009 score", () => {
    const score = (year: number) =>
      new Map(
        tables.area_scores
          .filter((r) => r.edition === "2020" && r.area === MEASURE && r.year === year && (r.recomputed ?? r.published) !== null)
          .map((r) => [r.iso3, (r.recomputed ?? r.published)!])
      );
    const before = score(FROM);
    const after = score(TO);
    const changes = [...before].filter(([iso3]) => after.has(iso3)).map(([iso3, v]) => after.get(iso3)! - v);
    expect(analysis.change.n).toBe(changes.length);
    expect(analysis.change.n).toBeGreaterThanOrEqual(MIN_COUNTRIES);
    expect(analysis.change.mean).toBeCloseTo(changes.reduce((a, b) => a + b, 0) / changes.length, 8);
    expect(analysis.change.improved).toBe(changes.filter((c) => c > 1 + 1e-9).length);
    expect(analysis.changeRows.map((r) => r.change)).toEqual([...analysis.changeRows.map((r) => r.change)].sort((a, b) => b! - a!));
  });

  it("correlates each year's score with the same year's non-EU naturalisation rate, r recomputed by hand", () => {
    for (const link of analysis.links) {
      const score = new Map(
        tables.area_scores
          .filter((r) => r.edition === "2020" && r.area === MEASURE && r.year === link.year && r.recomputed !== null)
          .map((r) => [r.iso3, r.recomputed!])
      );
      const rate = outcomes.observations.filter(
        (o) =>
          o.indicator === OUTCOME.indicator &&
          o.group === OUTCOME.group &&
          o.year === link.year &&
          o.iso3 &&
          score.has(o.iso3) &&
          o.value !== null &&
          !o.conflict
      );
      expect(link.summary.n, link.id).toBe(rate.length);
      expect(link.summary.r!, link.id).toBeCloseTo(
        pearson(
          rate.map((o) => score.get(o.iso3!)!),
          rate.map((o) => o.value!)
        ),
        10
      );
    }
  });

  it("adjusts the p-values across the page's links and words each link by its interval, about countries", () => {
    const computed = analysis.links.filter((l) => l.summary.computable);
    expect(computed.length).toBe(LINKS.length);
    for (const link of analysis.links) {
      expect(link.family).toMatchObject({size: computed.length, family: FAMILY, raw: link.summary.permutationP});
      expect(link.family!.holm).toBeGreaterThanOrEqual(link.family!.raw);
      const [lo, hi] = link.summary.rInterval!;
      expect(link.sentence).toContain(lo > 0 || hi < 0 ? "tend to have" : "no clear association");
      expect(link.sentence).toContain(`Leaving out ${link.summary.mostInfluential!.name}`);
      expect(link.sentence).toContain("country-level");
      expect(link.sentence).not.toMatch(/\b(an|each|every) (immigrant|migrant) (is|who|will)\b/);
    }
  });

  it("makes findings owned by this module only, published null, from one analysis", () => {
    const findings = accessToNationalityFindings(analysis);
    expect(findings.map((f) => f.id)).toContain("naturalisation.change.2009_2019.mean");
    expect(findings.map((f) => f.id)).toContain("naturalisation.corr.2019.holm_p");
    for (const f of findings) {
      expect(ownerOf(f.id).stem).toBe("access-to-nationality");
      expect({id: f.id, published: f.published, basis: f.basis, status: f.status}).toEqual({id: f.id, published: null, basis: "none", status: "computed"});
    }
    expect(FINDINGS_MODULES).toContain(accessToNationality);
    expect(findings.find((f) => f.id === "naturalisation.corr.2009.r")!.computed).toBe(analysis.links[0].summary.r);
    // What the loader sends survives JSON.
    expect(JSON.parse(JSON.stringify(analysis)).links[1].summary.n).toBe(analysis.links[1].summary.n);
  });
});

describe("the example report's correlations on a small synthetic case", () => {
  const iso = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH", "III", "JJJ", "KKK", "LLL"];
  const countries = iso.map((iso3) => ({iso3, name: `Country ${iso3}`}));
  const scores: MipexScore[] = iso.flatMap((iso3, i) => [
    {iso3, year: FROM, measure: MEASURE, score: 10 + 5 * i},
    {iso3, year: TO, measure: MEASURE, score: 20 + 6 * i}
  ]);
  const obs = (iso3: string, year: number, value: number, conflict = false): OutcomeValue => ({
    iso3,
    year,
    indicator: OUTCOME.indicator,
    group: OUTCOME.group,
    value,
    conflict
  });
  // 2019: eleven countries whose rate rises with the score (with a wobble), one in conflict; 2009: five countries only.
  const observations: OutcomeValue[] = [
    ...iso.slice(0, 11).map((iso3, i) => obs(iso3, TO, 1 + 0.2 * i + (i % 3) * 0.15)),
    obs("LLL", TO, 2.5, true),
    obs("LLL", TO, 3.1, true),
    ...iso.slice(0, 5).map((iso3, i) => obs(iso3, FROM, 1 + i))
  ];
  const links = naturalisationLinks(scores, countries, observations, {replicates: 199});

  it("does not compute a correlation from fewer than the minimum countries, and keeps it out of the family", () => {
    const early = links.find((l) => l.year === FROM)!;
    expect(early.summary.n).toBe(5);
    expect(early.summary.computable).toBe(false);
    expect(early.family).toBeNull();
    expect(early.sentence).toMatch(/^Not computed: 5 countries have both values/);
    const late = links.find((l) => l.year === TO)!;
    expect(late.family).toMatchObject({size: 1, family: FAMILY});
  });

  it("leaves a country with conflicting rates out, naming it, and finds the positive link in the rest", () => {
    const late = links.find((l) => l.year === TO)!;
    expect(late.summary.n).toBe(11);
    expect(late.missing).toContainEqual({iso3: "LLL", name: "Country LLL", reason: "conflicting outcome values", values: [2.5, 3.1]});
    expect(late.summary.r!).toBeGreaterThan(0.9);
    expect(late.sentence).toContain("tend to have higher naturalisation rates of non-EU citizens (2019)");
  });

  it("turns a link that cannot be computed into not_computable findings that say why", () => {
    const analysis = {
      change: {key: `${FROM}_${TO}`, label: "x", n: 0, mean: 1, ci95: [0, 2], improved: 0, undermined: 0},
      links
    } as unknown as AccessToNationalityAnalysis;
    const findings = accessToNationalityFindings(analysis);
    const early = findings.find((f) => f.id === "naturalisation.corr.2009.r")!;
    expect(early.status).toBe("not_computable");
    expect(early.description).toContain("not computable — 5 countries have both values");
    expect(findings.find((f) => f.id === "naturalisation.corr.2009.holm_p")!.status).toBe("not_computable");
    expect(findings.find((f) => f.id === "naturalisation.corr.2019.holm_p")!.computed).toBe(links[1].family!.holm);
  });
});
