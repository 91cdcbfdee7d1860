/**
 * The what-if simulator (src/what-if.md), found by its stem: its loader src/data/what-if.json.ts sends
 * the simulator's data (lib/findings/what-if/data.ts) with the trained approach classifier; the browser
 * recomputes scenarios with lib/findings/what-if/*.ts (bundled by lib/browser/what-if.ts), the same code
 * `mipex reproduce` uses for each country's best single change.
 */
import type {ApproachModel} from "./dimensions/classifier.ts";
import {trainedApproachModel} from "./country/approach.ts";
import {findingsModule} from "./findings-module.ts";
import {whatIfData, type WhatIfData} from "./what-if/data.ts";
import {bestChangePerCountry, whatIfBestFindings, type CountryBestChange} from "./what-if/findings.ts";

export interface WhatIfAnalysis {
  data: WhatIfData;
  /** The dimensions page's classifier, so the page classifies scenarios as the build does. */
  model: ApproachModel;
  best: CountryBestChange[];
}

/**
 * The what-if module: the simulator's data, the classifier and every country's best single change.
 *
 * @example (needs the workbooks)
 * whatIf.findings(whatIf.analyse(inputs))[0].id // "whatif_best.2019.ALB"
 */
export const whatIf = findingsModule<WhatIfAnalysis>({
  stem: "what-if",
  title: "What-if simulator",
  idPrefixes: ["whatif_best"],
  analyse: ({tables}) => {
    const data = whatIfData(tables);
    return {data, model: trainedApproachModel(tables), best: bestChangePerCountry(data)};
  },
  findings: ({data, best}) => whatIfBestFindings(best, data.year),
  pageData: ({data, model}) => ({...data, model})
});
