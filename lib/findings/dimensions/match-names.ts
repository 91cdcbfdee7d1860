/**
 * The one-to-one match of three computed dimensions to MIPEX's three, by the areas that load on them:
 * the naming the k-means labelling rule needs (each name once). The page names the dimensions from the
 * indicators' loadings without forcing a match (./naming.ts).
 */
import {AREA_IDS, type AreaId} from "../../mipex/areas.ts";
import {AREA_DIMENSION, MIPEX_DIMENSIONS, type MipexDimension} from "./mipex-dimensions.ts";

export interface AreaLoading {
  area: AreaId;
  indicators: number;
  /** Mean loading of the area's indicators on each dimension. */
  meanLoading: number[];
  /** Mean squared loading: the share of the area's indicators' variance each dimension accounts for. */
  meanSquaredLoading: number[];
  /** The dimension (0-based) with the largest mean squared loading. */
  dominant: number;
  /** The MIPEX dimension the report puts the area in (area level, {@link AREA_DIMENSION}). */
  mipexDimension: MipexDimension;
  /** Whether the dominant dimension is the one matched to the area's MIPEX dimension. */
  agrees: boolean;
}

export interface DimensionNaming {
  /** The MIPEX dimension matched to each computed dimension. */
  names: MipexDimension[];
  /** Per computed dimension: the mean, over the MIPEX dimension's areas, of their mean squared loading. */
  fit: number[][];
  areas: AreaLoading[];
  /** Areas whose dominant dimension is the one their MIPEX dimension was matched to. */
  agreeing: number;
}

/**
 * Matches computed dimensions one-to-one to MIPEX's three by the areas that load on them: for every
 * assignment (3! = 6) the sum, over MIPEX dimensions, of the mean squared loading of their areas on the
 * assigned dimension; the largest sum wins (ties: the first assignment in lexicographic order). Areas
 * are averaged first so that an area with many indicators (health has 12) does not outweigh others.
 *
 * @example (needs the workbooks)
 * import {fitDimensions} from "./fit.ts";
 * import {indicatorMatrix} from "./indicator-matrix.ts";
 * const matrix = indicatorMatrix(tables, {edition: "2020", year: 2019});
 * const {rotatedLoadings} = fitDimensions(matrix, "catpca");
 * nameDimensions(rotatedLoadings, matrix.indicators.map((i) => i.area)).names // ["equal_opportunities", "basic_rights", "secure_future"]
 */
export function nameDimensions(loadings: readonly (readonly number[])[], areaOfIndicator: readonly AreaId[]): DimensionNaming {
  const p = loadings[0].length;
  if (p !== MIPEX_DIMENSIONS.length) throw new Error(`nameDimensions: needs ${MIPEX_DIMENSIONS.length} dimensions, got ${p}`);
  const areas = AREA_IDS.filter((a) => areaOfIndicator.includes(a)).map((area) => {
    const rows = loadings.filter((_, j) => areaOfIndicator[j] === area);
    const meanLoading = Array.from({length: p}, (_, k) => rows.reduce((s, r) => s + r[k], 0) / rows.length);
    const meanSquaredLoading = Array.from({length: p}, (_, k) => rows.reduce((s, r) => s + r[k] ** 2, 0) / rows.length);
    const dominant = meanSquaredLoading.indexOf(Math.max(...meanSquaredLoading));
    return {area, indicators: rows.length, meanLoading, meanSquaredLoading, dominant, mipexDimension: AREA_DIMENSION[area], agrees: false};
  });
  // fit[k][d]: how strongly MIPEX dimension d's areas load on computed dimension k.
  const fit = Array.from({length: p}, (_, k) =>
    MIPEX_DIMENSIONS.map((d) => {
      const group = areas.filter((a) => a.mipexDimension === d);
      return group.reduce((s, a) => s + a.meanSquaredLoading[k], 0) / group.length;
    })
  );
  let best: number[] = [];
  let bestTotal = -Infinity;
  for (const assignment of permutations([0, 1, 2])) {
    const total = assignment.reduce((s, d, k) => s + fit[k][d], 0);
    if (total > bestTotal + 1e-12) {
      bestTotal = total;
      best = assignment;
    }
  }
  const names = best.map((d) => MIPEX_DIMENSIONS[d]);
  for (const a of areas) a.agrees = names[a.dominant] === a.mipexDimension;
  return {names, fit, areas, agreeing: areas.filter((a) => a.agrees).length};
}

function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}
