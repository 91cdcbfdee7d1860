// Browser entry: what the explorer's panel mode (src/explorer.md, src/components/panel-mode.ts) runs client-side —
// the panel table, the two-way fixed-effects estimate with the wild cluster bootstrap, and the URL state.
// scripts/bundle-lib.ts bundles it into src/components/lib/panel.js.
export {EDITION_SERIES, EDITION_RULE, panelTable} from "../panel/panel-table.ts";
export {twfeEstimate, BOOTSTRAP_DRAWS, BOOTSTRAP_SEED, MIN_PANEL_COUNTRIES} from "../panel/panel-estimate.ts";
export {unpackEditionScores} from "../panel/edition-scores.ts";
export {encodePanelParams, decodePanelState, isPanelMode, keepPanelParams} from "../panel/panel-state.ts";
