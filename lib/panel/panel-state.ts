/**
 * The explorer's panel mode in the address bar: `mode=panel&pmeasure=…&pedition=2020&poutcome=<indicator|group>&pcontrol=<indicator|group>`.
 * Parameters are merged into the query string, so the cross-section's own parameters stay as they are.
 */

/** The panel mode's selection. */
export interface PanelState {
  measure: string;
  edition: "2020" | "2025";
  /** `indicator|group` */
  outcome: string;
  /** `indicator|group`, or null. */
  control: string | null;
}

const PARAMS = ["mode", "pmeasure", "pedition", "poutcome", "pcontrol"] as const;

/**
 * The query string (no `?`) with the panel state merged in, or removed when `state` is null.
 *
 * @example
 * encodePanelParams({measure: "health", edition: "2025", outcome: "x|sex=T", control: null}, "?measure=education")
 * // "measure=education&mode=panel&pmeasure=health&pedition=2025&poutcome=x%7Csex%3DT"
 */
export function encodePanelParams(state: PanelState | null, search: string): string {
  const params = new URLSearchParams(search);
  for (const p of PARAMS) params.delete(p);
  if (state) {
    params.set("mode", "panel");
    params.set("pmeasure", state.measure);
    params.set("pedition", state.edition);
    params.set("poutcome", state.outcome);
    if (state.control) params.set("pcontrol", state.control);
  }
  return params.toString();
}

/**
 * The panel state in a query string, with `fallback` for anything absent or not offered.
 *
 * @example
 * decodePanelState("?mode=panel&pmeasure=health", {measure: "education", edition: "2020", outcome: "x|g", control: null}, {measures: ["health"], series: ["x|g"]}).measure // "health"
 */
export function decodePanelState(search: string, fallback: PanelState, offered: {measures: readonly string[]; series: readonly string[]}): PanelState {
  const params = new URLSearchParams(search);
  const measure = params.get("pmeasure");
  const edition = params.get("pedition");
  const outcome = params.get("poutcome");
  const control = params.get("pcontrol");
  return {
    measure: measure && offered.measures.includes(measure) ? measure : fallback.measure,
    edition: edition === "2020" || edition === "2025" ? edition : fallback.edition,
    outcome: outcome && offered.series.includes(outcome) ? outcome : fallback.outcome,
    control: control && offered.series.includes(control) ? control : fallback.control
  };
}

/**
 * Whether the query string asks for the panel mode.
 *
 * @example
 * isPanelMode("?mode=panel") // true
 */
export function isPanelMode(search: string): boolean {
  return new URLSearchParams(search).get("mode") === "panel";
}

/**
 * Another part of the page's query (the explorer's cross-section state) with the panel parameters of
 * `search` carried over, so that writing one part of the address never drops the other.
 *
 * @example
 * keepPanelParams("measure=health", "?measure=education&mode=panel&pmeasure=labour") // "measure=health&mode=panel&pmeasure=labour"
 */
export function keepPanelParams(query: string, search: string): string {
  const params = new URLSearchParams(query);
  const from = new URLSearchParams(search);
  for (const p of PARAMS) {
    params.delete(p);
    const value = from.get(p);
    if (value !== null) params.set(p, value);
  }
  return params.toString();
}
