/** The four within-country links on the real MIPEX tables and outcome files (skipped where they are absent). */
import {beforeAll, describe, expect, it} from "vitest";
import type {MipexScore} from "../../../lib/findings/outcomes/scores.ts";
import {PANEL_LINKS, editionScores, panel, panelBlock, panelBlockFindings, panelPageBlock, type PanelBlock} from "../../../lib/findings/panel.ts";
import {unpackEditionScores} from "../../../lib/panel/edition-scores.ts";
import {twoWayFixedEffects} from "../../../lib/stats/two-way-fixed-effects.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";
import {cachedOutcomes} from "../../../loaders/outcomes/cached-outcomes.ts";
import {haveSources, needing} from "../../have-sources.ts";

const present = haveSources("mipex_core", "mipex_eu", "outcomes");

describe.skipIf(!present)(needing("panel findings on the real data", "mipex_core", "mipex_eu", "outcomes"), () => {
  let blocks: PanelBlock[];
  let scores2025: MipexScore[];
  beforeAll(async () => {
    const {tables} = await cachedMipex();
    scores2025 = editionScores(tables)["2025"];
    const outcomes = cachedOutcomes();
    blocks = PANEL_LINKS.map((link) => panelBlock(link, tables, outcomes));
  }, 180_000);

  it("gives three findings per link with nothing published to compare with", () => {
    const findings = blocks.flatMap(panelBlockFindings);
    expect(findings.map((f) => f.id)).toEqual(PANEL_LINKS.flatMap((l) => ["twfe", "first_difference", "event_study"].map((m) => `panel.${l.id}.${m}`)));
    for (const f of findings) {
      expect(f.basis).toBe("none");
      expect(["computed", "not_computable"]).toContain(f.status);
    }
  });

  it("never mixes editions: each panel's years lie inside its series", () => {
    for (const b of blocks) {
      for (const r of b.rows) expect(r.year >= b.link.edition.from && r.year <= b.link.edition.to).toBe(true);
    }
    expect(blocks.find((b) => b.link.id === "health")!.coverage.firstYear).toBeGreaterThanOrEqual(2020);
  });

  it("the labour link's two-way slope is the estimator run on the block's own rows (with the nationals' rate)", () => {
    const b = blocks.find((x) => x.link.id === "labour")!;
    const fit = twoWayFixedEffects({
      unit: b.rows.map((r) => r.iso3),
      time: b.rows.map((r) => r.year),
      y: b.rows.map((r) => r.outcome),
      regressors: [b.rows.map((r) => r.score), b.rows.map((r) => r.controls[0])],
      names: ["policy", "control"]
    });
    if (!b.estimates.twfe.ok) throw new Error(b.estimates.twfe.reason);
    expect(b.estimates.twfe.value.policy.estimate).toBeCloseTo(fit.coefficients[0].estimate, 12);
    expect(b.coverage.countryYears).toBe(b.rows.length);
    expect(b.coverage.countries).toBeGreaterThanOrEqual(25);
  });

  it("says what the within estimate does not show", () => {
    for (const b of blocks) expect(b.sentence).toMatch(/reverse causality.*never a statement about individuals/);
  });

  it("gives the page each link's tables: coverage by country, every estimator, the reforms, the rows with named controls", () => {
    const b = blocks.find((x) => x.link.id === "labour")!;
    const page = panelPageBlock(b);
    expect(page.coverageRows).toHaveLength(b.coverage.perCountry.length);
    const first = b.coverage.perCountry[0];
    expect(page.coverageRows[0]).toEqual({
      iso3: first.iso3,
      years: first.years.length,
      first: first.years[0],
      last: first.years.at(-1),
      gaps: first.gaps.join(", ")
    });
    if (!b.estimates.twfe.ok || !b.estimates.lags.ok || !b.estimates.eventStudy.ok) throw new Error("the labour link has every estimator");
    const twfe = page.estimateRows[0];
    expect(twfe).toMatchObject({
      method: "Two-way fixed effects",
      estimate: b.estimates.twfe.value.policy.estimate,
      bootstrapP: b.estimates.twfe.value.bootstrap.pValue
    });
    expect(page.estimateRows.map((r) => r.method)).toEqual([
      "Two-way fixed effects",
      "First differences",
      ...b.estimates.lags.value.coefficients.map((c) => `Lags: ${c.name.replace("policy", "policy at t")}`),
      "Lags: cumulative",
      `Cross-section (${b.crossSection.mipexYear}, ${b.crossSection.n} countries)`
    ]);
    expect(page.estimateRows.at(-1)!.estimate).toBe(b.crossSection.slope);
    expect(page.reforms).toEqual(b.estimates.eventStudy.value.events.filter((e) => e.year !== null).map(({unit, year, rise}) => ({unit, year, rise})));
    expect(page.rows[0]).toEqual({
      iso3: b.rows[0].iso3,
      name: b.rows[0].name,
      year: b.rows[0].year,
      score: b.rows[0].score,
      outcome: b.rows[0].outcome,
      "nationals' employment rate": b.rows[0].controls[0]
    });
  });

  it("a link that cannot be estimated is a row that says why", () => {
    const b = blocks[0];
    const broken = {
      ...b,
      estimates: {...b.estimates, twfe: {ok: false as const, reason: "only 2 countries"}, lags: {ok: false as const, reason: "too few years"}}
    };
    const methods = panelPageBlock(broken).estimateRows.map((r) => r.method);
    expect(methods[0]).toBe("Two-way fixed effects: only 2 countries");
    expect(methods).toContain("Lags: too few years");
  });

  it("the module's page data carries the 2025 scores for the explorer, and its findings are the blocks'", () => {
    const analysis = {blocks, scores2025};
    const page = panel.pageData!(analysis) as {blocks: unknown[]; scores2025: Parameters<typeof unpackEditionScores>[0]};
    expect(unpackEditionScores(page.scores2025)).toHaveLength(scores2025.length);
    expect(scores2025.length).toBeGreaterThan(0);
    expect(page.blocks).toHaveLength(PANEL_LINKS.length);
    expect(panel.findings(analysis)).toEqual(blocks.flatMap(panelBlockFindings));
  });
});
