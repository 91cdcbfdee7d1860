// The correlation explorer's data: every recomputed MIPEX 2020 score and every outcome value of the 56
// MIPEX countries, packed by lib/explorer/dataset.ts; the page recomputes everything from it in the browser.
import {mipexInput} from "../../lib/findings/outcomes/scores.ts";
import {packExplorerData} from "../../lib/explorer/dataset.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {cachedOutcomes} from "../../loaders/outcomes/cached-outcomes.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {tables} = await cachedMipex();
  const outcomes = cachedOutcomes();
  const mipex = mipexInput(tables);
  return JSON.stringify(packExplorerData(mipex.countries, mipex.scores, outcomes.observations, outcomes.catalogue));
});
