// The panel page: the four policy–outcome links estimated within countries, each with its coverage, every
// estimator and the cross-section beside it, computed at build time (lib/findings/panel.ts). The explorer's
// panel mode also reads the 2025 edition's scores from here (its own data file has the 2020 edition only).
import {PANEL_LINKS, PANEL_SETTINGS, editionScores, panelBlock} from "../../lib/findings/panel.ts";
import {packEditionScores} from "../../lib/panel/edition-scores.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {cachedOutcomes} from "../../loaders/outcomes/cached-outcomes.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {tables} = await cachedMipex();
  const outcomes = cachedOutcomes();
  return JSON.stringify({
    settings: PANEL_SETTINGS,
    blocks: PANEL_LINKS.map((link) => panelBlock(link, tables, outcomes)),
    scores2025: packEditionScores(editionScores(tables)["2025"])
  });
});
