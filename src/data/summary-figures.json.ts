// MIPEX 2020's summary figures (published_summary_figures.csv) beside the statistics that reproduce them,
// with each group's membership, for the Strengths and weaknesses, Trends and Methods pages (the Overview
// reads them from its own loader). The figures are checked once (lib/findings/summary-figures.ts); their
// findings belong to the overview module (lib/findings/overview.ts).
import {checkedFigureFindings, summaryFigureChecks, summaryFiguresData} from "../../lib/findings/summary-figures.ts";
import {dataLoader} from "../../loaders/data-loader.ts";
import {findingInputs} from "../../loaders/findings-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {tables, summaryFigures} = await findingInputs();
  const checks = summaryFigureChecks(tables, summaryFigures());
  return JSON.stringify({...summaryFiguresData(tables, checks), findings: checkedFigureFindings(checks)});
});
