// Every country's 2019 rank interval for the country profiles (src/country/[iso3].md): the uncertainty run
// of the robustness page (same seed and draws, so the same numbers) without the rest of its analysis, so a
// profile loads a few kilobytes. Computed by lib/robustness/uncertainty.ts.
import {ROBUSTNESS_SETTINGS} from "../../lib/findings/robustness.ts";
import {robustnessData} from "../../lib/robustness/data.ts";
import {createIndexModel} from "../../lib/robustness/index-model.ts";
import {runUncertainty} from "../../lib/robustness/uncertainty.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {tables} = await cachedMipex();
  const {draws, seed} = ROBUSTNESS_SETTINGS;
  const data = robustnessData(tables);
  const u = runUncertainty(createIndexModel(data), {draws, seed});
  return JSON.stringify({edition: data.edition, year: data.year, draws: u.draws, seed: u.seed, quantiles: u.quantiles, top: u.top, of: u.countries.length, countries: u.countries});
});
