/**
 * The simulator's scenario as it lives in the URL, read on load and written back on every change.
 */
import type {Changes} from "./simulate.ts";
import {plainNumber} from "../../format/number.ts";

/** A scenario as it lives in the URL: `?c=SWE&set=ca49:100,db70:0`. */
export interface ScenarioQuery {
  country: string | null;
  changes: Record<string, number>;
}

/**
 * Reads a scenario from a query string; malformed pairs are skipped, codes are kept as written.
 *
 * @example
 * parseScenarioQuery("?c=swe&set=ca49:100,db70:0") // {country: "SWE", changes: {ca49: 100, db70: 0}}
 */
export function parseScenarioQuery(search: string): ScenarioQuery {
  const params = new URLSearchParams(search);
  const c = params.get("c")?.trim().toUpperCase() ?? "";
  const changes: Record<string, number> = {};
  for (const pair of (params.get("set") ?? "").split(",")) {
    const match = /^([^:\s]+):(\d+(?:\.\d+)?)$/.exec(pair.trim());
    if (!match) continue;
    const score = Number(match[2]);
    if (score >= 0 && score <= 100) changes[match[1]] = score;
  }
  return {country: /^[A-Z]{3}$/.test(c) ? c : null, changes};
}

/**
 * The query string of a scenario, changes in the order given (the page passes indicator order).
 *
 * @example
 * scenarioQuery("SWE", {ca49: 100, db70: 0}) // "?c=SWE&set=ca49:100,db70:0"
 */
export function scenarioQuery(iso3: string, changes: Changes): string {
  const set = Object.entries(changes).map(([code, score]) => `${code}:${plainNumber(score, 6)}`);
  return `?c=${encodeURIComponent(iso3)}${set.length ? `&set=${set.map(encodeURIComponent).join(",").replace(/%3A/g, ":")}` : ""}`;
}
