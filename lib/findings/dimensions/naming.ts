/**
 * Naming the rotated dimensions from the indicators that load on them,, and the dimension scores' rule (./dimension-scores.ts). The rule, fixed before looking at the result:
 *
 *  1. Each indicator belongs to the rotated component on which its squared rotated loading is largest.
 *  2. A component is named after the MIPEX dimension whose areas ({@link AREA_DIMENSION}, the report's
 *     area-level mapping) carry most of the squared loading of the indicators that belong to it. Two
 *     components may get the same name and a MIPEX dimension may get none: nothing forces a one-to-one
 *     match.
 *  3. A country's score on a named dimension is the mean of its 0–100 scores on the indicators that
 *     belong to the components carrying that name: on MIPEX's own scale, so dimensions can be compared.
 *  4. "n of 8 areas agree" counts the areas whose indicators load most (mean squared loading) on a
 *     component named after the area's MIPEX dimension; its chance level is the exact distribution of
 *     that count when the areas' MIPEX dimensions are dealt to the areas at random (lib/stats/match-chance.ts).
 */
import type {AreaId} from "../../mipex/areas.ts";
import {matchChance, type MatchChance} from "../../stats/match-chance.ts";
import {AREA_DIMENSION, MIPEX_DIMENSION_LABELS, MIPEX_DIMENSIONS, type MipexDimension} from "./mipex-dimensions.ts";

/**
 * How many of a component's highest-loading indicators the page lists beside its name.
 *
 * @example
 * TOP_INDICATORS // 6
 */
export const TOP_INDICATORS = 6;

export interface NamedIndicator {
  code: string;
  area: AreaId;
  title: string;
}

export interface ComponentName {
  /** 1-based, in the order of the rotated components (largest rotated variance first). */
  component: number;
  name: MipexDimension;
  label: string;
  /** Sum of squared rotated loadings of the component / number of indicators. */
  varianceShare: number;
  /** Indicators that belong to the component (rule 1). */
  indicators: string[];
  /** Share of those indicators' squared loading that falls in areas MIPEX puts in each dimension. */
  support: Record<MipexDimension, number>;
  /** The component's highest-loading indicators (by absolute rotated loading), whichever component they belong to. */
  top: {code: string; area: AreaId; title: string; loading: number}[];
}

export interface AreaAgreement {
  area: AreaId;
  mipexDimension: MipexDimension;
  /** 1-based component with the largest mean squared loading of the area's indicators. */
  dominantComponent: number;
  dominantName: MipexDimension;
  agrees: boolean;
}

export interface DimensionNamingFromLoadings {
  components: ComponentName[];
  /** The component (1-based) each indicator belongs to, in indicator order. */
  membership: number[];
  areas: AreaAgreement[];
  agreeing: number;
  chance: MatchChance;
  /** MIPEX dimensions no component is named after. */
  unnamed: MipexDimension[];
}

const argmax = (values: readonly number[]) => values.indexOf(Math.max(...values));

/**
 * Names rotated components by the indicators that load on them (rules 1, 2 and 4 above).
 *
 * @example (needs the workbooks)
 * import {fitDimensions} from "./fit.ts";
 * import {indicatorMatrix} from "./indicator-matrix.ts";
 * const matrix = indicatorMatrix(tables, {edition: "2020", year: 2019});
 * const naming = nameFromLoadings(fitDimensions(matrix, "catpca").rotatedLoadings, matrix.indicators);
 * naming.components.map((c) => c.label) // ["Equal opportunities", "Basic rights", "Secure future"]
 * naming.components[0].top.length // 6 (TOP_INDICATORS)
 */
export function nameFromLoadings(rotatedLoadings: readonly (readonly number[])[], indicators: readonly NamedIndicator[]): DimensionNamingFromLoadings {
  if (rotatedLoadings.length !== indicators.length)
    throw new Error(`nameFromLoadings: ${rotatedLoadings.length} loading rows for ${indicators.length} indicators`);
  const p = rotatedLoadings[0]?.length ?? 0;
  const m = indicators.length;
  const membership = rotatedLoadings.map((row) => argmax(row.map((v) => v * v)));
  const components = Array.from({length: p}, (_, k): ComponentName => {
    const weight = Object.fromEntries(MIPEX_DIMENSIONS.map((d) => [d, 0])) as Record<MipexDimension, number>;
    indicators.forEach((ind, j) => {
      if (membership[j] === k) weight[AREA_DIMENSION[ind.area]] += rotatedLoadings[j][k] ** 2;
    });
    const total = MIPEX_DIMENSIONS.reduce((s, d) => s + weight[d], 0);
    const name = MIPEX_DIMENSIONS[argmax(MIPEX_DIMENSIONS.map((d) => weight[d]))];
    const top = indicators
      .map((ind, j) => ({code: ind.code, area: ind.area, title: ind.title, loading: rotatedLoadings[j][k]}))
      .sort((a, b) => Math.abs(b.loading) - Math.abs(a.loading) || a.code.localeCompare(b.code))
      .slice(0, TOP_INDICATORS);
    return {
      component: k + 1,
      name,
      label: MIPEX_DIMENSION_LABELS[name],
      varianceShare: rotatedLoadings.reduce((s, row) => s + row[k] ** 2, 0) / m,
      indicators: indicators.filter((_, j) => membership[j] === k).map((i) => i.code),
      support: Object.fromEntries(MIPEX_DIMENSIONS.map((d) => [d, total === 0 ? 0 : weight[d] / total])) as Record<MipexDimension, number>,
      top
    };
  });
  const areaIds = [...new Set(indicators.map((i) => i.area))];
  const areas = areaIds.map((area): AreaAgreement => {
    const rows = rotatedLoadings.filter((_, j) => indicators[j].area === area);
    const dominant = argmax(Array.from({length: p}, (_, k) => rows.reduce((s, r) => s + r[k] ** 2, 0) / rows.length));
    const dominantName = components[dominant].name;
    return {area, mipexDimension: AREA_DIMENSION[area], dominantComponent: dominant + 1, dominantName, agrees: dominantName === AREA_DIMENSION[area]};
  });
  return {
    components,
    membership: membership.map((k) => k + 1),
    areas,
    agreeing: areas.filter((a) => a.agrees).length,
    chance: matchChance(
      areas.map((a) => a.dominantName),
      areas.map((a) => a.mipexDimension)
    ),
    unnamed: MIPEX_DIMENSIONS.filter((d) => !components.some((c) => c.name === d))
  };
}
