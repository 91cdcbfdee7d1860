// Browser entry: what the what-if simulator (src/what-if.md) runs client-side — the scenario recompute
// (lib/findings/what-if/simulate.ts, which scores areas with lib/mipex/recompute.ts), the best single
// changes, the URL state, the rows the page shows (lib/findings/what-if/result.ts) and the trained
// approach classifier (lib/findings/dimensions/classifier.ts), the same code the build and `mipex reproduce` use.
// scripts/bundle-lib.ts bundles it into src/components/lib/what-if.js.
export * from "../findings/what-if/answers.ts";
export * from "../findings/what-if/simulate.ts";
export * from "../findings/what-if/best-changes.ts";
export * from "../findings/what-if/scenario-query.ts";
export * from "../findings/what-if/result.ts";
export {classifyApproach, classifyScores, placeCountry} from "../findings/dimensions/classifier.ts";
export {MIPEX_DIMENSION_LABELS} from "../findings/dimensions/mipex-dimensions.ts";
export {weightedAreaScore, overallScore} from "../mipex/recompute.ts";
export {AREAS, AREA_IDS} from "../mipex/areas.ts";
export {scoreBand} from "../mipex/score-bands.ts";
