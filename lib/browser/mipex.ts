// Browser entry: the MIPEX domain code pages run client-side (recomputing scores in the what-if
// simulator, ranking, bands). scripts/bundle-lib.ts bundles it into src/components/lib/mipex.js.
export * from "../mipex/areas.ts";
export * from "../mipex/recompute.ts";
export * from "../mipex/score-bands.ts";
export {competitionRanks} from "../stats/rank.ts";
export * from "../findings/ranking.ts";
export * from "../findings/finding.ts";
