/**
 * A profile's most similar countries: Euclidean distance between 2019 indicator vectors
 * (level "indicator", the items with a weight, scores 0–100), k = {@link NEIGHBOURS_K}; an indicator
 * either country lacks is left out and the squared distance scaled by (indicators / indicators compared).
 */
import type {IndicatorMatrix} from "../dimensions/indicator-matrix.ts";

/**
 * How many similar countries a profile lists.
 *
 * @example
 * NEIGHBOURS_K // 5
 */
export const NEIGHBOURS_K = 5;

export interface Neighbour {
  iso3: string;
  name: string;
  distance: number;
  indicatorsCompared: number;
  overall2019: number | null;
}

/**
 * Euclidean distance between two indicator vectors over the indicators both have, its square scaled to
 * the full vector length; null when they share none.
 *
 * @example
 * // Two of three indicators compared: √(50² × 3/2), scaled up to all three.
 * const {distance, compared} = indicatorDistance([100, 50, null], [50, 50, 0])!;
 * [distance, compared] // ≈ [61.2372, 2]
 */
export function indicatorDistance(a: readonly (number | null)[], b: readonly (number | null)[]): {distance: number; compared: number} | null {
  let sum = 0;
  let compared = 0;
  for (let j = 0; j < a.length; j++) {
    if (a[j] === null || b[j] === null) continue;
    sum += (a[j]! - b[j]!) ** 2;
    compared++;
  }
  return compared === 0 ? null : {distance: Math.sqrt((sum * a.length) / compared), compared};
}

/**
 * The {@link NEIGHBOURS_K} countries of the matrix nearest to `iso3`, nearest first (ties by ISO3).
 *
 * @example (needs the workbooks)
 * import {indicatorMatrix} from "../dimensions/indicator-matrix.ts";
 * import {overallScores} from "./ranks.ts";
 * const matrix = indicatorMatrix(tables, {edition: "2020", year: 2019});
 * const names = new Map(tables.countries.map((c) => [c.iso3, c.name]));
 * const nearest = nearestNeighbours(matrix, "SWE", names, overallScores(tables, "2020", 2019))[0];
 * [nearest.name, nearest.indicatorsCompared] // ["Finland", 59]
 * [nearest.distance, nearest.overall2019] // ≈ [241.3, 84.6]
 */
export function nearestNeighbours(
  matrix: Pick<IndicatorMatrix, "countries" | "values">,
  iso3: string,
  names: ReadonlyMap<string, string>,
  overall2019: ReadonlyMap<string, number>
): Neighbour[] {
  const own = matrix.values[matrix.countries.indexOf(iso3)];
  return matrix.countries
    .filter((other) => other !== iso3)
    .map((other) => {
      const d = indicatorDistance(own, matrix.values[matrix.countries.indexOf(other)]);
      return d
        ? {iso3: other, name: names.get(other) ?? other, distance: d.distance, indicatorsCompared: d.compared, overall2019: overall2019.get(other) ?? null}
        : null;
    })
    .filter((n): n is Neighbour => n !== null)
    .sort((a, b) => a.distance - b.distance || a.iso3.localeCompare(b.iso3))
    .slice(0, NEIGHBOURS_K);
}
