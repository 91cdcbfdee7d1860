/** The four within-country links on the real MIPEX tables and outcome files (skipped where they are absent). */
import {beforeAll, describe, expect, it} from "vitest";
import {PANEL_LINKS, panelBlock, panelBlockFindings, type PanelBlock} from "../../../lib/findings/panel.ts";
import {twoWayFixedEffects} from "../../../lib/stats/two-way-fixed-effects.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";
import {cachedOutcomes} from "../../../loaders/outcomes/cached-outcomes.ts";
import {haveSources, needing} from "../../have-sources.ts";

const present = haveSources("mipex_core", "mipex_eu", "outcomes");

describe.skipIf(!present)(needing("panel findings on the real data", "mipex_core", "mipex_eu", "outcomes"), () => {
  let blocks: PanelBlock[];
  beforeAll(async () => {
    const {tables} = await cachedMipex();
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
});
