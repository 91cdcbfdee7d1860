import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import * as lib from "../../lib/browser/panel.ts";
import {PanelMode} from "../../src/components/panel-mode.ts";
import {mainPanel} from "../lib/stats/panel-fixture.ts";

// The synthetic R panel as MIPEX scores (x) and an outcome series (y), with z as a control series.
const iso = (c: string) => `X${c.slice(1)}`;
const scores = mainPanel.country.map((c, i) => ({iso3: iso(c), year: mainPanel.year[i], measure: "education", score: mainPanel.x[i]}));
const observations = mainPanel.country.flatMap((c, i) => [
  {iso3: iso(c), year: mainPanel.year[i], indicator: "y", group: "all", value: mainPanel.y[i], conflict: false},
  {iso3: iso(c), year: mainPanel.year[i], indicator: "z", group: "all", value: mainPanel.z[i], conflict: false}
]);
const years = [...new Set(mainPanel.year)];
const data = {
  measures: [{id: "education", label: "Education"}],
  series: [
    {id: "y|all", indicator: "y", group: "all", label: "Outcome y", groupLabel: "all", unit: "", years},
    {id: "z|all", indicator: "z", group: "all", label: "Control z", groupLabel: "all", unit: "", years}
  ],
  observations,
  scores: {"2020": scores, "2025": []}
};

describe("PanelMode", () => {
  const {document} = new JSDOM("<!doctype html><body></body>").window;
  const states: string[] = [];
  const element = PanelMode(data, {
    lib,
    search: "?mode=panel&pmeasure=education&poutcome=y%7Call&pedition=2020",
    onState: (q) => states.push(q),
    draws: 999,
    document
  });

  it("restores the selection from the URL and shows coverage before the estimate", () => {
    expect((element.querySelector("[data-testid=panel-outcome]") as HTMLSelectElement).value).toBe("y|all");
    expect(element.querySelector("[data-testid=panel-coverage]")!.textContent).toContain("12 countries, 142 country-years, 2007–2019");
    expect(element.querySelector("[data-testid=panel-estimate]")!.textContent).toContain("slope 0.500");
    expect(states.at(-1)).toBe("mode=panel&pmeasure=education&pedition=2020&poutcome=y%7Call");
  });

  it("recomputes with a control and writes it to the URL", () => {
    const control = element.querySelector("[data-testid=panel-control]") as HTMLSelectElement;
    control.value = "z|all";
    control.dispatchEvent(new document.defaultView!.Event("change"));
    expect(element.querySelector("[data-testid=panel-estimate]")!.textContent).toContain("slope 0.318");
    expect(states.at(-1)).toContain("pcontrol=z%7Call");
  });

  it("says why there is no estimate for a series without scores", () => {
    const edition = element.querySelector("[data-testid=panel-edition]") as HTMLSelectElement;
    edition.value = "2025";
    edition.dispatchEvent(new document.defaultView!.Event("change"));
    expect(element.querySelector("[data-testid=panel-estimate]")!.textContent).toMatch(/No within estimate: only 0 countries/);
  });

  it("merges each new selection into the address as it is now, not as it was when the mode opened", () => {
    // The explorer's cross-section writes its own parameters while the panel mode is shown.
    let now = "?measure=health&mode=panel&pmeasure=education&pedition=2020&poutcome=y%7Call";
    const written: string[] = [];
    const mode = PanelMode(data, {
      lib,
      search: "?measure=education&mode=panel&pmeasure=education&pedition=2020&poutcome=y%7Call",
      currentSearch: () => now,
      onState: (q) => written.push(q),
      draws: 99,
      document
    });
    now = "?measure=anti_discrimination&mode=panel&pmeasure=education&pedition=2020&poutcome=y%7Call";
    const control = mode.querySelector("[data-testid=panel-control]") as HTMLSelectElement;
    control.value = "z|all";
    control.dispatchEvent(new document.defaultView!.Event("change"));
    expect(written.at(-1)).toBe("measure=anti_discrimination&mode=panel&pmeasure=education&pedition=2020&poutcome=y%7Call&pcontrol=z%7Call");
  });
});
