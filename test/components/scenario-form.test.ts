import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {ScenarioForm, type ScenarioItem} from "../../src/components/scenario-form.ts";

const {window} = new JSDOM("<!doctype html><body></body>");
const {document} = window;

const items: ScenarioItem[] = [
  {
    code: "aa1",
    areaName: "Labour market mobility",
    title: "Immediate access",
    weight: 1 / 9,
    base: 50,
    choices: [
      {score: 100, label: "All"},
      {score: 50, label: "Some"},
      {score: 0, label: "None"}
    ]
  },
  {
    code: "bb30bb31",
    areaName: "Family reunification",
    title: "Requirements",
    weight: 1 / 9,
    base: 16.5,
    choices: [
      {score: 100, label: "best"},
      {score: 50, label: "halfway"},
      {score: 16.5, label: "current"},
      {score: 0, label: "least"}
    ]
  }
];

function change(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new window.Event("input", {bubbles: true}));
  select.dispatchEvent(new window.Event("change", {bubbles: true}));
}

describe("ScenarioForm", () => {
  it("labels every select, groups them by area, and starts from the base", () => {
    const form = ScenarioForm(items, {document});
    const selects = [...form.querySelectorAll("select")];
    expect(selects.map((s) => s.id)).toEqual(["whatif-aa1", "whatif-bb30bb31"]);
    for (const s of selects) expect(form.querySelector(`label[for="${s.id}"]`)?.textContent).toMatch(/\((aa1|bb30bb31), weight 0\.111\)/);
    expect([...form.querySelectorAll("fieldset legend")].map((l) => l.textContent)).toEqual(["Labour market mobility", "Family reunification"]);
    expect(selects.map((s) => s.value)).toEqual(["50", "16.5"]);
    expect(form.value).toEqual({});
  });

  it("value holds the changed answers; input fires; reset goes back to the base", () => {
    const form = ScenarioForm(items, {document});
    const seen: Record<string, number>[] = [];
    form.addEventListener("input", () => seen.push({...form.value}));
    const select = form.querySelector<HTMLSelectElement>("#whatif-aa1")!;
    change(select, "100");
    expect(form.value).toEqual({aa1: 100});
    expect(seen.at(-1)).toEqual({aa1: 100});
    expect(form.textContent).toContain("changed from 50");
    const reset = [...form.querySelectorAll("button")].find((b) => b.textContent === "Reset all answers")!;
    expect(reset.type).toBe("button");
    reset.click();
    expect(form.value).toEqual({});
    expect(seen.at(-1)).toEqual({});
    expect(select.value).toBe("50");
  });

  it("restores initial changes (from the URL) and ignores scores no answer has", () => {
    const form = ScenarioForm(items, {document, initial: {bb30bb31: 100, aa1: 33}});
    expect(form.value).toEqual({bb30bb31: 100});
  });
});
