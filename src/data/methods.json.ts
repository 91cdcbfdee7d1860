// The methods page's facts, all computed (lib/findings/methods.ts): sources with their sha256, load warnings
// by kind, errata, area weights from the workbooks' own formulas, published-vs-recomputed agreement
// (checkSummary) and the code file behind each step.
import {methodsFacts} from "../../lib/findings/methods.ts";
import {summaryFigureChecks, summaryFigureReport} from "../../lib/findings/summary-figures.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {checkSummary} from "../../loaders/mipex/check-summary.ts";
import {loadPublishedSummaryFigures} from "../../loaders/mipex/published-summary-figures.ts";
import {dataLoader} from "../../loaders/data-loader.ts";
import {locateSource} from "../../loaders/data-sources.ts";

export default dataLoader(import.meta.url, async () => {
  const {tables, sources} = await cachedMipex();
  const figures = summaryFigureReport(summaryFigureChecks(tables, loadPublishedSummaryFigures()));
  return JSON.stringify(
    methodsFacts({
      tables,
      // The summary figures MIPEX states are read by their own loader, not with the tables: listed here too.
      sources: [...sources, locateSource("published_summary_figures")],
      summary: checkSummary(tables),
      largestMeanDistance: figures.largestMeanDistance.distance
    })
  );
});
