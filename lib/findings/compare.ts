/**
 * The compare page (src/compare.md), found by its stem: countries and group averages side by side. Its
 * loader src/data/compare.json.ts sends `compareData` (lib/findings/compare/data.ts); the browser reads
 * and writes the selection in the URL (compare/url-state.ts) and shapes the picked entities into the
 * page's tables and charts (compare/selection.ts), bundled by lib/browser/compare.ts.
 */
import {compareData, type CompareData} from "./compare/data.ts";
import {findingsModule} from "./findings-module.ts";

/**
 * The compare page's module, found by its stem: its loader src/data/compare.json.ts sends
 * {@link compareData}. It makes no findings, so `mipex reproduce` does not list it.
 *
 * @example (needs the workbooks)
 * compare.analyse(inputs).entities.length // 59 (56 countries and 3 group averages)
 */
export const compare = findingsModule<CompareData>({
  stem: "compare",
  title: "Compare countries",
  idPrefixes: [],
  analyse: ({tables}) => compareData(tables),
  findings: () => []
});
