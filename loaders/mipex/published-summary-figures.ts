import {readFileSync} from "node:fs";
import {basename} from "node:path";
import {parsePublishedSummaryFigures, type PublishedSummaryFigure} from "../../lib/mipex/published-summary-figures.ts";
import {locateSource} from "../data-sources.ts";

/**
 * The summary figures MIPEX 2020 states in words, read from `published_summary_figures.csv` (found like
 * every source, checked against its sha256 in data/manifest.json).
 *
 * @example
 * loadPublishedSummaryFigures().length // 20
 * @throws MissingSourceError when the file is absent; CsvFormatError naming file, row and column for a bad row.
 */
export function loadPublishedSummaryFigures({warn}: {warn?: (message: string) => void} = {}): PublishedSummaryFigure[] {
  const source = locateSource("published_summary_figures", {warn});
  return parsePublishedSummaryFigures(readFileSync(source.file, "utf8"), basename(source.file));
}
