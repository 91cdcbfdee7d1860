import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {dropOnceLeft, groupOptions} from "../../src/components/grouped-options.ts";

const {document, HTMLSelectElement} = new JSDOM("<!doctype html><body></body>").window;
Object.assign(globalThis, {HTMLSelectElement});

/** A form with a select whose option values are indices, as Inputs.select writes them. */
function selectInput(labels: string[], selected: number): HTMLElement {
  const form = document.createElement("form");
  const select = document.createElement("select");
  labels.forEach((label, i) => select.append(Object.assign(document.createElement("option"), {value: String(i), textContent: label})));
  select.selectedIndex = selected;
  form.append(select);
  return form;
}

describe("groupOptions", () => {
  it("puts consecutive options of one group under one heading, keeping their order and the selection", () => {
    const input = groupOptions(selectInput(["a", "b", "c", "d"], 2), ["Gaps", "Gaps", "LFS", "Surveys"]);
    const groups = [...input.querySelectorAll("optgroup")].map((g) => [g.label, [...g.querySelectorAll("option")].map((o) => o.textContent)]);
    expect(groups).toEqual([
      ["Gaps", ["a", "b"]],
      ["LFS", ["c"]],
      ["Surveys", ["d"]]
    ]);
    expect(input.querySelector("select")!.value).toBe("2");
  });

  it("refuses options it has no group for", () => {
    expect(() => groupOptions(selectInput(["a", "b"], 0), ["Gaps"])).toThrow(/no group for option 1/);
  });

  it("drops a choice kept only because it was chosen once another is chosen, with its emptied heading", () => {
    const input = dropOnceLeft(groupOptions(selectInput(["kept", "b", "c"], 0), ["Old", "New", "New"]), 0);
    const select = input.querySelector("select")!;
    select.dispatchEvent(new select.ownerDocument.defaultView!.Event("input"));
    expect(select.options).toHaveLength(3);
    select.selectedIndex = 2;
    select.dispatchEvent(new select.ownerDocument.defaultView!.Event("input"));
    expect([...select.options].map((o) => o.textContent)).toEqual(["b", "c"]);
    expect([...input.querySelectorAll("optgroup")].map((g) => g.label)).toEqual(["New"]);
    expect(select.value).toBe("2");
  });
});
