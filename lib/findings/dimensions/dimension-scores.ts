import {MIPEX_DIMENSION_LABELS, MIPEX_DIMENSIONS, type MipexDimension} from "./mipex-dimensions.ts";
import type {DimensionNamingFromLoadings} from "./naming.ts";

const argmax = (values: readonly number[]) => values.indexOf(Math.max(...values));

export interface DimensionScores {
  /** The named dimensions, in MIPEX order (basic rights, equal opportunities, secure future); unnamed ones left out. */
  dimensions: {dimension: MipexDimension; label: string; indicators: string[]; mean: number; median: number; lowestFor: number}[];
  /** Countries × dimensions (in `dimensions` order), 0–100. */
  scores: number[][];
}

/**
 * Each country's 0–100 score on each named dimension: the mean of its scores on the indicators that
 * belong to a component carrying that name (rule 3). `lowestFor` counts the countries whose lowest
 * dimension it is.
 *
 * @example (needs the workbooks)
 * import {fitDimensions} from "./fit.ts";
 * import {indicatorMatrix} from "./indicator-matrix.ts";
 * import {nameFromLoadings} from "./naming.ts";
 * const matrix = indicatorMatrix(tables, {edition: "2020", year: 2019});
 * const naming = nameFromLoadings(fitDimensions(matrix, "catpca").rotatedLoadings, matrix.indicators);
 * // 2019 means: basic rights, equal opportunities, secure future.
 * dimensionScores(matrix.values, naming).dimensions.map((d) => Math.round(d.mean)) // [60, 41, 52]
 */
export function dimensionScores(values: readonly (readonly (number | null)[])[], naming: DimensionNamingFromLoadings): DimensionScores {
  const named = MIPEX_DIMENSIONS.filter((d) => naming.components.some((c) => c.name === d));
  const columns = named.map((d) => naming.membership.map((k, j) => (naming.components[k - 1].name === d ? j : -1)).filter((j) => j >= 0));
  const scores = values.map((row, i) =>
    columns.map((cols, c) => {
      const present = cols.map((j) => row[j]).filter((v): v is number => v !== null);
      if (present.length === 0) throw new Error(`dimensionScores: country row ${i + 1} has no score on any ${named[c]} indicator`);
      return present.reduce((s, v) => s + v, 0) / present.length;
    })
  );
  const lowest = scores.map((row) => argmax(row.map((v) => -v)));
  return {
    dimensions: named.map((dimension, c) => {
      const column = scores.map((row) => row[c]).sort((a, b) => a - b);
      const mid = column.length / 2;
      return {
        dimension,
        label: MIPEX_DIMENSION_LABELS[dimension],
        indicators: naming.components.filter((k) => k.name === dimension).flatMap((k) => k.indicators),
        mean: column.reduce((s, v) => s + v, 0) / column.length,
        median: column.length % 2 ? column[Math.floor(mid)] : (column[mid - 1] + column[mid]) / 2,
        lowestFor: lowest.filter((l) => l === c).length
      };
    }),
    scores
  };
}
