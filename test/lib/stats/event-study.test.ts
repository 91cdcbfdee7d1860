import {describe, expect, it} from "vitest";
import {eventStudy, eventYears} from "../../../lib/stats/event-study.ts";
import {expectMatchesPanelReference, mainPanel as panel, panelFixture} from "./panel-fixture.ts";

describe("eventStudy against plm within twoways on event-time dummies built in R", () => {
  const study = eventStudy({unit: panel.country, time: panel.year, y: panel.y, regressors: [panel.x], names: ["x"]}, {threshold: 10, window: 3});

  it("finds the same event years (first rise of ≥ 10 points over the previous observed year)", () => {
    const expected = panelFixture.eventStudy.eventYear.map((e: {country: string; year?: number}) => e.year ?? null);
    expect(study.events.map((e) => e.year)).toEqual(expected);
  });

  it("leads and lags to 1e-8, clustered SEs to 1e-6, reference −1 at zero, endpoints binned", () => {
    const reference = panelFixture.eventStudy;
    const estimated = study.estimates.filter((e) => !e.reference);
    expect(estimated.map((e) => e.label)).toEqual(["≤ −3", "−2", "0", "1", "2", "≥ 3"]);
    expectMatchesPanelReference(estimated, reference);
    expect(study.estimates.find((e) => e.reference)).toMatchObject({eventTime: -1, estimate: 0});
  });

  it("needs a rise between consecutive years", () => {
    expect(eventYears(["A", "A"], [2010, 2012], [10, 40], 10)).toEqual([{unit: "A", year: null, rise: null}]);
    expect(() => eventStudy({unit: ["A", "A"], time: [1, 2], y: [1, 2], regressors: [[1, 2]], names: ["x"]}, {threshold: 10, window: 3})).toThrow(/rose/);
  });
});
