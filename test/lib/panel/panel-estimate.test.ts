import {describe, expect, it} from "vitest";
import {MIN_PANEL_COUNTRIES, panelEstimates, twfeEstimate} from "../../../lib/panel/panel-estimate.ts";
import {mainPanel, panelFixture} from "../stats/panel-fixture.ts";
import {expectAllClose, expectClose} from "../stats/r-fixtures.ts";

const rows = mainPanel.country.map((iso3, i) => ({iso3, year: mainPanel.year[i], score: mainPanel.x[i], outcome: mainPanel.y[i], controls: [mainPanel.z[i]]}));

describe("panelEstimates on the R synthetic panel", () => {
  it("every estimator gives R's numbers through the panel rows", () => {
    const estimates = panelEstimates(rows, {controlNames: ["z"], draws: 999});
    if (!estimates.twfe.ok || !estimates.firstDifference.ok || !estimates.lags.ok || !estimates.eventStudy.ok) throw new Error("an estimator failed");
    expectAllClose([estimates.twfe.value.policy.estimate, estimates.twfe.value.controls[0].estimate], panelFixture.twfeControls.coefficients, 1e-8);
    expectClose(estimates.twfe.value.policy.cr2.standardError, panelFixture.twfeControls.cr2[0], 1e-6);
    expectClose(estimates.firstDifference.value.policy.estimate, panelFixture.firstDifferenceControls.coefficients[1], 1e-8);
    expect(estimates.eventStudy.value.estimates).toHaveLength(7);
    expect(estimates.twfe.value.bootstrap.draws).toBe(999);
  });

  it("reports why, instead of a number, when too few countries have two years", () => {
    const few = rows.filter((r) => ["C01", "C02", "C03"].includes(r.iso3));
    const result = twfeEstimate(few);
    expect(result).toEqual({ok: false, reason: `only 3 countries have two or more years (at least ${MIN_PANEL_COUNTRIES} are needed)`});
    expect(panelEstimates(few).eventStudy.ok).toBe(false);
  });
});
