import type {ScenarioItem} from "../../lib/findings/what-if/result.ts";
import {fixed, plainInteger} from "./lib/format.js";

export type {ScenarioItem};

export interface ScenarioFormOptions {
  /** Changes to start from (indicator code → score), e.g. restored from the URL. */
  initial?: Readonly<Record<string, number>>;
  document?: Document;
}

/** The form the simulator reads: `value` holds the answers that differ from the base. */
export interface ScenarioFormElement extends HTMLFormElement {
  value: Record<string, number>;
  /** Every answer back to the base; fires "input". */
  resetAnswers(): void;
}

const formatScore = (score: number): string => (Number.isInteger(score) ? plainInteger(score) : fixed(score, 1));
const shorten = (text: string, max = 90): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * One labelled <select> per indicator, grouped by area in <fieldset>s with a <legend>, and a reset
 * button: plain form controls, so every answer is reachable with Tab and changed with the arrow keys.
 * Works as an Observable view: `value` is the changed answers, and an "input" event fires on every change.
 *
 * @example
 * const form = view(ScenarioForm(items, {initial: {ca49: 100}}));
 */
export function ScenarioForm(items: readonly ScenarioItem[], {initial = {}, document = globalThis.document}: ScenarioFormOptions = {}): ScenarioFormElement {
  const form = document.createElement("form") as ScenarioFormElement;
  form.className = "mipex-scenario-form";
  form.setAttribute("aria-label", "Indicator answers");
  form.addEventListener("submit", (event) => event.preventDefault());
  const selects = new Map<string, {select: HTMLSelectElement; item: ScenarioItem; mark: HTMLElement}>();

  const update = () => {
    const value: Record<string, number> = {};
    for (const {select, item, mark} of selects.values()) {
      const score = Number(select.value);
      const changed = item.base === null ? select.value !== "" : Math.abs(score - item.base) > 1e-9;
      if (changed && select.value !== "") value[item.code] = score;
      mark.textContent = changed ? ` changed from ${item.base === null ? "no score" : formatScore(item.base)}` : "";
      select.toggleAttribute("data-changed", changed);
    }
    form.value = value;
  };

  const reset = document.createElement("button");
  reset.type = "button";
  reset.textContent = "Reset all answers";
  reset.addEventListener("click", () => form.resetAnswers());
  form.append(reset);

  const areas = [...new Set(items.map((i) => i.areaName))];
  for (const areaName of areas) {
    const fieldset = document.createElement("fieldset");
    fieldset.style.minWidth = "0";
    const legend = document.createElement("legend");
    legend.textContent = areaName;
    fieldset.append(legend);
    for (const item of items.filter((i) => i.areaName === areaName)) {
      const id = `whatif-${item.code}`;
      const row = document.createElement("div");
      row.className = "mipex-scenario-row";
      const label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = `${item.title} (${item.code}, weight ${fixed(item.weight, 3)})`;
      const select = document.createElement("select");
      select.id = id;
      select.name = item.code;
      select.style.maxWidth = "100%";
      if (item.base === null) {
        const none = document.createElement("option");
        none.value = "";
        none.textContent = "no score";
        select.append(none);
      }
      for (const choice of item.choices) {
        const option = document.createElement("option");
        option.value = String(choice.score);
        option.textContent = `${formatScore(choice.score)} – ${shorten(choice.label)}`;
        option.title = choice.label;
        if (item.base !== null && Math.abs(choice.score - item.base) < 1e-9) option.textContent += " (current)";
        select.append(option);
      }
      const start = initial[item.code] ?? item.base;
      select.value = start === null ? "" : String(item.choices.find((c) => Math.abs(c.score - start) < 1e-9)?.score ?? item.base ?? "");
      const mark = document.createElement("small");
      mark.className = "mipex-scenario-mark";
      // The select's own "input" event bubbles to the form after this listener, so the view reads the
      // updated value; "change" alone (some scripted changes) is followed by an "input" of our own.
      select.addEventListener("input", update);
      select.addEventListener("change", () => {
        const before = JSON.stringify(form.value);
        update();
        if (JSON.stringify(form.value) !== before) form.dispatchEvent(new (document.defaultView?.Event ?? Event)("input", {bubbles: true}));
      });
      row.append(label, document.createElement("br"), select, mark);
      fieldset.append(row);
      selects.set(item.code, {select, item, mark});
    }
    form.append(fieldset);
  }

  form.resetAnswers = () => {
    for (const {select, item} of selects.values()) select.value = item.base === null ? "" : String(item.base);
    update();
    form.dispatchEvent(new (document.defaultView?.Event ?? Event)("input", {bubbles: true}));
  };
  update();
  return form;
}
