import type {OutcomeValue} from "../../lib/findings/outcomes/pairs.ts";
import type {MipexScore} from "../../lib/findings/outcomes/scores.ts";
import type {Estimate, PanelEstimateOptions, TwfeEstimate} from "../../lib/panel/panel-estimate.ts";
import type {EditionSeries, PanelSpec, PanelTable} from "../../lib/panel/panel-table.ts";
import type {PanelState} from "../../lib/panel/panel-state.ts";
import {fixed, integer} from "./lib/format.js";

/** The lib functions the panel mode runs (the page passes the browser bundle, tests pass lib/ itself). */
export interface PanelModeLib {
  EDITION_SERIES: readonly EditionSeries[];
  panelTable: (scores: readonly MipexScore[], observations: readonly OutcomeValue[], spec: PanelSpec) => PanelTable;
  twfeEstimate: (rows: PanelTable["rows"], options?: PanelEstimateOptions) => Estimate<TwfeEstimate>;
  encodePanelParams: (state: PanelState | null, search: string) => string;
  decodePanelState: (search: string, fallback: PanelState, offered: {measures: readonly string[]; series: readonly string[]}) => PanelState;
}

export interface PanelModeData {
  measures: readonly {id: string; label: string}[];
  /** Outcome series with their years. */
  series: readonly {id: string; indicator: string; group: string; label: string; groupLabel: string; unit: string; years: readonly number[]}[];
  observations: readonly OutcomeValue[];
  scores: Record<"2020" | "2025", readonly MipexScore[]>;
}

export interface PanelModeOptions {
  lib: PanelModeLib;
  /** The query string the selection is restored from. */
  search: string;
  /**
   * The query string as it is now (default: `search`). The rest of the page (the explorer's cross-section)
   * writes its own parameters while this mode is shown, so each new query is merged into the current one,
   * never into the one the mode was opened with.
   */
  currentSearch?: () => string;
  /** Called with the new query string whenever the selection changes. */
  onState?: (query: string) => void;
  draws?: number;
  document?: Document;
}

const DEFAULT_STATE: PanelState = {
  measure: "labour_market_mobility",
  edition: "2020",
  outcome: "derived.employment_rate_gap_nat_minus_foreign.Y15-64|sex=T",
  control: null
};

/**
 * The explorer's within-countries mode: any MIPEX score (one edition series) against any annual outcome series,
 * with an optional control series; shows the panel's coverage and the two-way fixed-effects slope with its CR1
 * and CR2 intervals and the wild cluster bootstrap p and interval, recomputed on every change.
 *
 * @example
 * display(PanelMode(data, {lib: panelLib, search: location.search, currentSearch: () => location.search, onState: replaceQuery}));
 */
export function PanelMode(
  data: PanelModeData,
  {lib, search, currentSearch = () => search, onState, draws, document = globalThis.document}: PanelModeOptions
): HTMLElement {
  const annual = data.series.filter((s) => s.years.length >= 3);
  const state = lib.decodePanelState(search, DEFAULT_STATE, {measures: data.measures.map((m) => m.id), series: annual.map((s) => s.id)});
  const root = document.createElement("section");
  root.setAttribute("data-testid", "panel-mode");
  const heading = document.createElement("h2");
  heading.textContent = "Within countries: policy change and outcome change";
  const form = document.createElement("form");
  form.className = "panel-mode-form";
  const select = (name: keyof PanelState, label: string, options: [string, string][]) => {
    const wrapper = document.createElement("label");
    wrapper.textContent = `${label} `;
    const element = document.createElement("select");
    element.name = name;
    element.style.maxWidth = "100%";
    element.setAttribute("data-testid", `panel-${name}`);
    for (const [value, text] of options) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = text;
      element.append(option);
    }
    element.value = (state[name] as string | null) ?? "";
    element.addEventListener("change", () => {
      (state as unknown as Record<string, string | null>)[name] = element.value === "" ? null : element.value;
      update();
    });
    wrapper.append(element);
    form.append(wrapper, document.createElement("br"));
  };
  select(
    "measure",
    "MIPEX score",
    data.measures.map((m) => [m.id, m.label])
  );
  select(
    "edition",
    "Score series",
    lib.EDITION_SERIES.map((e) => [e.edition, e.label])
  );
  const seriesText = (s: (typeof annual)[number]) => `${s.label} — ${s.groupLabel} (${s.years[0]}–${s.years[s.years.length - 1]})`;
  select(
    "outcome",
    "Annual outcome",
    annual.map((s) => [s.id, seriesText(s)])
  );
  select("control", "Control", [["", "none"], ...annual.map((s): [string, string] => [s.id, seriesText(s)])]);
  const output = document.createElement("div");
  output.setAttribute("data-testid", "panel-result");
  root.append(heading, form, output);

  function update(): void {
    onState?.(lib.encodePanelParams(state, currentSearch()));
    const edition = lib.EDITION_SERIES.find((e) => e.edition === state.edition)!;
    const key = (id: string) => ({indicator: id.slice(0, id.lastIndexOf("|")), group: id.slice(id.lastIndexOf("|") + 1)});
    const controls = state.control ? [key(state.control)] : [];
    const started = performance.now();
    const table = lib.panelTable(data.scores[state.edition], data.observations, {measure: state.measure, edition, outcome: key(state.outcome), controls});
    const estimate = lib.twfeEstimate(table.rows, {controlNames: controls.map(() => "control"), draws});
    const elapsed = performance.now() - started;
    output.replaceChildren(...panelResult(table, estimate, elapsed, document));
    output.setAttribute("data-n", String(table.rows.length));
  }
  update();
  return root;
}

function panelResult(table: PanelTable, estimate: Estimate<TwfeEstimate>, elapsed: number, document: Document): HTMLElement[] {
  const {coverage} = table;
  const p = (text: string, testid: string) => {
    const element = document.createElement("p");
    element.textContent = text;
    element.setAttribute("data-testid", testid);
    return element;
  };
  const coverageText =
    `Coverage: ${coverage.countries} countries, ${coverage.countryYears} country-years` +
    (coverage.firstYear === null ? "" : `, ${coverage.firstYear}–${coverage.lastYear}`) +
    `; ${coverage.excluded.length} scored country-years without the outcome (or control) left out; ` +
    `${coverage.perCountry.filter((c) => c.gaps.length > 0).length} countries with missing years inside their span; ` +
    `${coverage.constantScore.length} countries whose score never changed (they add nothing within countries).`;
  if (!estimate.ok) return [p(coverageText, "panel-coverage"), p(`No within estimate: ${estimate.reason}.`, "panel-estimate")];
  const {policy, bootstrap, clusters} = estimate.value;
  const f = (v: number) => fixed(v, 3);
  const estimateText =
    `Two-way fixed effects (country and year): slope ${f(policy.estimate)} outcome units per score point; ` +
    `95 % CR1 ${f(policy.cr1.confidenceInterval[0])} to ${f(policy.cr1.confidenceInterval[1])}, ` +
    `CR2 ${f(policy.cr2.confidenceInterval[0])} to ${f(policy.cr2.confidenceInterval[1])} (t with ${clusters - 1} df); ` +
    `wild cluster bootstrap (${bootstrap.enumerated ? `all ${bootstrap.draws} sign vectors` : `${integer(bootstrap.draws)} Rademacher draws`}) p = ${fixed(bootstrap.pValue, 4)}, ` +
    `interval ${f(bootstrap.confidenceInterval[0])} to ${f(bootstrap.confidenceInterval[1])}.`;
  const caveat =
    "A country-level association over time: it removes stable country differences and common year shocks, not reverse causality or simultaneous reforms, and says nothing about individuals.";
  return [
    p(coverageText, "panel-coverage"),
    p(estimateText, "panel-estimate"),
    p(caveat, "panel-caveat"),
    p(`Recomputed in ${fixed(elapsed, 0)} ms in this browser.`, "panel-time")
  ];
}
