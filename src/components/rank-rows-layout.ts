import type * as Plot from "@observablehq/plot";

/**
 * The layout the robustness page's rank charts share: one row per country (named on the left, in the order
 * given) on a rank axis from 1 (most favourable) to the number of countries.
 *
 * @example
 * Plot.plot({...rankRowsLayout(["Sweden", "Finland"]), marks: [...]})
 */
export function rankRowsLayout(names: readonly string[]): Pick<Plot.PlotOptions, "height" | "marginLeft" | "x" | "y"> {
  return {
    height: 14 * names.length + 50,
    marginLeft: 140,
    x: {domain: [1, names.length], label: "Rank (1 = most favourable) →", grid: true, nice: false},
    y: {domain: [...names], label: null, tickSize: 0}
  };
}
