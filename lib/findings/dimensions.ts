/**
 * The dimensions-and-approaches page's findings module (stem "dimensions"): MIPEX 2020's three dimensions
 * by categorical PCA, named from their loadings, the published approaches beside the declared methods that
 * try to re-derive them, k-means in detail and the Top Ten. The analysis (./dimensions/analysis.ts) runs
 * once; the findings (./dimensions/findings.ts) and the page's derived values (./dimensions/page-view.ts)
 * read it. The page's data carries the trained classifier (`model`), which lib/browser/approaches.ts
 * applies client-side.
 */
import {findingsModule} from "./findings-module.ts";
import {dimensionsAnalysis} from "./dimensions/analysis.ts";
import {dimensionFindings} from "./dimensions/findings.ts";
import {dimensionsPageView} from "./dimensions/page-view.ts";

/**
 * @example (needs the workbooks)
 * const analysis = dimensions.analyse(inputs);
 * dimensions.findings(analysis).find((f) => f.id === "dimension.weakest")?.computed // "Equal opportunities"
 * (dimensions.pageData!(analysis) as {view: {matches: number}}).view.matches // 45
 */
export const dimensions = findingsModule({
  stem: "dimensions",
  title: "Dimensions and approaches",
  idPrefixes: ["approach", "dimension", "dimension_score_mean"],
  analyse: ({tables}) => dimensionsAnalysis(tables),
  findings: dimensionFindings,
  pageData: (analysis) => ({...analysis, view: dimensionsPageView(analysis)})
});
