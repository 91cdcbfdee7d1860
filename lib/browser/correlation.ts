// Browser entry: what the correlation explorer (src/explorer.md) runs client-side — the statistics core,
// the pairing and summary the finding pages use at build time, the explorer's data and URL state, and
// lib/outcomes' tidy CSV parser for files users load. scripts/bundle-lib.ts bundles it into
// src/components/lib/correlation.js.
export {correlationReport} from "../stats/correlation-report.ts";
export {partialCorrelation} from "../stats/partial-correlation.ts";
export {parseTidyCsv, TIDY_REQUIRED_COLUMNS} from "../outcomes/tidy.ts";
export {OutcomeFormatError} from "../outcomes/observation.ts";
export * from "../findings/outcomes/scores.ts";
export * from "../findings/outcomes/pairs.ts";
export * from "../findings/outcomes/summary.ts";
export * from "../findings/outcomes/family.ts";
export * from "../findings/outcomes/influence.ts";
export * from "../findings/outcomes/prose.ts";
export * from "../explorer/dataset.ts";
export * from "../explorer/state.ts";
export * from "../explorer/explore.ts";
export * from "../explorer/family.ts";
export * from "../explorer/controls.ts";
