import type {Approach} from "../../mipex/approach-groups.ts";
import {cutTree, wardClustering} from "../../stats/hierarchical.ts";
import {clusterCentroids} from "./clusters.ts";
import {verbalApproach} from "./verbal-approach.ts";

/**
 * MIPEX's ten groups: Ward clustering (ward.D2) of the three 0–100 dimension scores into ten groups;
 * each group is given the approach the verbal definitions give its mean profile.
 *
 * @example (needs the workbooks)
 * import {dimensionsAnalysis} from "./analysis.ts";
 * tenGroups({dimensionScores: dimensionsAnalysis(tables).countries.map((c) => c.dimensionScores)}).groups.length // 10
 */
export function tenGroups(input: {dimensionScores: readonly (readonly number[])[]}): {
  labels: number[];
  groups: {group: number; size: number; centroid: number[]; average: number; approach: Approach}[];
} {
  const labels = cutTree(wardClustering(input.dimensionScores), 10);
  const groups = clusterCentroids(input.dimensionScores, labels, 10)
    .map((centroid, c) => ({
      group: c + 1,
      size: labels.filter((l) => l === c + 1).length,
      centroid,
      average: centroid.reduce((s, v) => s + v, 0) / centroid.length,
      approach: verbalApproach(centroid)
    }))
    .sort((a, b) => b.average - a.average);
  // Groups are numbered by their average score, highest first, as MIPEX ranks them.
  const renumber = new Map(groups.map((g, rank) => [g.group, rank + 1]));
  return {labels: labels.map((l) => renumber.get(l)!), groups: groups.map((g) => ({...g, group: renumber.get(g.group)!}))};
}
