// The robustness page's build-time analysis with the default seed (src/robustness.md): the indicator matrix
// the page's worker recomputes from, the eight choices, the uncertainty run (10,000 draws), the Sobol indices
// (N = 4,096) and the drop-one-area table, and the findings `mipex reproduce` prints.
// Computed by lib/findings/robustness.ts.
import {robustnessAnalysis, robustnessFindings} from "../../lib/findings/robustness.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {tables} = await cachedMipex();
  const analysis = robustnessAnalysis(tables);
  return JSON.stringify({...analysis, findings: robustnessFindings(analysis)});
});
