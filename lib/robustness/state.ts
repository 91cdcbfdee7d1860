/**
 * The robustness page's state in the address bar, so a link reproduces what was on screen:
 * `?set=aggregation:geometric,health:out` (the configuration whose ranking is shown), `vary=weights,scale`
 * (the choices that vary in the uncertainty and sensitivity runs; absent = all), `draws=`, `n=` (Sobol base
 * samples), `seed=` and `c=PRT` (the country whose Sobol indices are shown).
 */
import {CHOICE_IDS, type ChoiceId} from "./choices.ts";

export interface RobustnessState {
  levels: Partial<Record<ChoiceId, string>>;
  vary: ChoiceId[];
  draws: number;
  baseSamples: number;
  seed: number;
  country: string | null;
}

export interface StateDefaults {
  draws: number;
  baseSamples: number;
  seed: number;
}

function integer(text: string | null, fallback: number, min: number, max: number): number {
  if (text === null || !/^\d+$/.test(text)) return fallback;
  const n = Number(text);
  return n >= min && n <= max ? n : fallback;
}

/**
 * Reads the state from a query string; unknown choices and malformed values fall back to the defaults.
 *
 * @example
 * parseRobustnessQuery("?set=health:out&vary=weights,scale&draws=5000", {draws: 10000, baseSamples: 4096, seed: 20200}).vary // ["weights", "scale"]
 */
export function parseRobustnessQuery(search: string, defaults: StateDefaults): RobustnessState {
  const params = new URLSearchParams(search);
  const levels: Partial<Record<ChoiceId, string>> = {};
  for (const pair of (params.get("set") ?? "").split(",")) {
    const match = /^([a-z_]+):([A-Za-z0-9_.-]+)$/.exec(pair.trim());
    if (match && CHOICE_IDS.includes(match[1] as ChoiceId)) levels[match[1] as ChoiceId] = match[2];
  }
  const varyText = params.get("vary");
  const vary = varyText === null ? [...CHOICE_IDS] : CHOICE_IDS.filter((id) => varyText.split(",").includes(id));
  const country = params.get("c")?.trim().toUpperCase() ?? "";
  return {
    levels,
    vary,
    draws: integer(params.get("draws"), defaults.draws, 100, 200000),
    baseSamples: integer(params.get("n"), defaults.baseSamples, 64, 16384),
    seed: integer(params.get("seed"), defaults.seed, 0, 4294967295),
    country: /^[A-Z]{3}$/.test(country) ? country : null
  };
}

/**
 * The query string of a state; what equals the default is left out.
 *
 * @example
 * robustnessQuery({levels: {health: "out"}, vary: ["weights"], draws: 10000, baseSamples: 4096, seed: 20200, country: null}, {draws: 10000, baseSamples: 4096, seed: 20200}) // "?set=health:out&vary=weights"
 */
export function robustnessQuery(state: RobustnessState, defaults: StateDefaults): string {
  const params: string[] = [];
  const set = CHOICE_IDS.filter((id) => state.levels[id] !== undefined).map((id) => `${id}:${state.levels[id]}`);
  if (set.length) params.push(`set=${set.join(",")}`);
  if (state.vary.length !== CHOICE_IDS.length) params.push(`vary=${state.vary.join(",")}`);
  if (state.draws !== defaults.draws) params.push(`draws=${state.draws}`);
  if (state.baseSamples !== defaults.baseSamples) params.push(`n=${state.baseSamples}`);
  if (state.seed !== defaults.seed) params.push(`seed=${state.seed}`);
  if (state.country) params.push(`c=${state.country}`);
  return params.length ? `?${params.join("&")}` : "";
}
