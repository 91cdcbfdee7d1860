// Browser entry: the approach classifier the dimensions page trains at build time
// (src/data/dimensions.json → `model`), for pages that classify a country client-side, such as the
// what-if simulator. scripts/bundle-lib.ts bundles it into src/components/lib/approaches.js.
//
//   import {classifyApproach} from "./components/lib/approaches.js";
//   const {model} = await FileAttachment("data/dimensions.json").json();
//   classifyApproach(model, model.indicators.map((code) => scores[code] ?? null)).approach
export * from "../findings/dimensions/classifier.ts";
export {labelClusters} from "../findings/dimensions/label-clusters.ts";
export {MIPEX_DIMENSION_LABELS, MIPEX_DIMENSIONS, type MipexDimension} from "../findings/dimensions/mipex-dimensions.ts";
