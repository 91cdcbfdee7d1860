import type {Approach} from "../../mipex/approach-groups.ts";
import {MIPEX_DIMENSIONS, type MipexDimension} from "./mipex-dimensions.ts";

/**
 * The labelling rule, fixed before looking at any country and applied to four cluster centroids on
 * the three named dimensions (basic rights BR, equal opportunities EO, secure future SF), following
 * the report's descriptions of the approaches:
 *  - comprehensive integration: the highest mean of BR, EO and SF ("equal rights, opportunities and
 *    security");
 *  - immigration without integration: the lowest mean;
 *  - of the two remaining clusters, temporary integration is the one where equal opportunities most
 *    exceed secure future (EO − SF larger: rights and opportunities, but no secure future);
 *  - equality on paper is the other (security and rights on paper, but no equal opportunities).
 * Ties are broken by cluster number. Throws unless there are exactly four centroids.
 *
 * @example
 * labelClusters([[1, 1, 1], [-1, -1, -1], [0, 0.8, -0.8], [0, -0.8, 0.8]], ["basic_rights", "equal_opportunities", "secure_future"])
 * // ["Comprehensive integration", "Immigration without integration", "Temporary integration", "Equality on paper"]
 */
export function labelClusters(centroids: readonly (readonly number[])[], dimensionNames: readonly MipexDimension[]): Approach[] {
  if (centroids.length !== 4) throw new Error(`labelClusters: the rule labels exactly 4 clusters, got ${centroids.length}`);
  for (const d of MIPEX_DIMENSIONS) {
    if (dimensionNames.filter((n) => n === d).length !== 1)
      throw new Error(`labelClusters: dimension names must contain ${d} once, got ${dimensionNames.join(", ")}`);
  }
  const at = (c: readonly number[], d: MipexDimension) => c[dimensionNames.indexOf(d)];
  const mean = (c: readonly number[]) => (at(c, "basic_rights") + at(c, "equal_opportunities") + at(c, "secure_future")) / 3;
  const byMean = centroids.map((c, i) => ({i, mean: mean(c)})).sort((a, b) => b.mean - a.mean || a.i - b.i);
  const labels = new Array<Approach>(4);
  labels[byMean[0].i] = "Comprehensive integration";
  labels[byMean[3].i] = "Immigration without integration";
  const middle = [byMean[1].i, byMean[2].i].sort((a, b) => {
    const gap = (i: number) => at(centroids[i], "equal_opportunities") - at(centroids[i], "secure_future");
    return gap(b) - gap(a) || a - b;
  });
  labels[middle[0]] = "Temporary integration";
  labels[middle[1]] = "Equality on paper";
  return labels;
}
