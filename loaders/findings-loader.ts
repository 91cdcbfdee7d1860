import type {FindingInputs, FindingsModule} from "../lib/findings/findings-module.ts";
import {dataLoader, type LoaderBuild} from "./data-loader.ts";
import {cachedMipex} from "./mipex/cached-tables.ts";
import {loadPublishedSummaryFigures} from "./mipex/published-summary-figures.ts";
import {cachedOutcomes} from "./outcomes/cached-outcomes.ts";

/**
 * The inputs every findings module reads, from the build's caches: the MIPEX tables now, the outcome files
 * and the published summary figures when a module asks for them.
 *
 * @example
 * const {tables} = await findingInputs();
 */
export async function findingInputs(): Promise<FindingInputs> {
  const {tables} = await cachedMipex();
  return {tables, outcomes: () => cachedOutcomes(), summaryFigures: () => loadPublishedSummaryFigures()};
}

/**
 * A page's data loader, `src/data/<stem>.json.ts`, in one line: the module's analysis (or its `pageData`)
 * with its findings, as JSON, the analysis run once.
 *
 * @example
 * // src/data/trends.json.ts
 * export default findingsLoader(import.meta.url, trends);
 */
export function findingsLoader<Analysis>(moduleUrl: string, module: FindingsModule<Analysis>): LoaderBuild {
  return dataLoader(moduleUrl, async () => {
    const analysis = module.analyse(await findingInputs());
    const page = module.pageData ? module.pageData(analysis) : analysis;
    return JSON.stringify({...(page as object), findings: module.findings(analysis)});
  });
}
