// Browser entry: what the trends page (src/trends.md) runs client-side when the reader picks a measure —
// the measure's series expanded for the chart and its table. scripts/bundle-lib.ts bundles it into
// src/components/lib/trends.js.
export {measureView} from "../findings/trends/measure-view.ts";
