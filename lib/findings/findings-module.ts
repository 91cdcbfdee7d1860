import type {PublishedSummaryFigure} from "../mipex/published-summary-figures.ts";
import type {WorkspaceTables} from "../mipex/workspace-tables.ts";
import type {Finding} from "./finding.ts";
import type {OutcomeInput} from "./outcomes/correlation-block.ts";

/** What findings are computed from: the MIPEX tables, and the outcome tables for the pages that use them. */
export interface FindingInputs {
  tables: WorkspaceTables;
  /** Read only when a module needs them (loading every outcome file takes about a second). */
  outcomes: () => OutcomeInput;
  /** The summary figures MIPEX states in words (published_summary_figures.csv). */
  summaryFigures: () => PublishedSummaryFigure[];
}

/**
 * One page's findings, found by its stem: the page `src/<stem>.md` (or the `page` it names), its data loader
 * `src/data/<stem>.<ext>.ts` and this module `lib/findings/<stem>.ts` share the name.
 *
 * The analysis runs once: the page's loader sends `analyse`'s result (or `pageData` of it) with
 * `findings(analysis)`, and `mipex reproduce` prints `findings(analysis)`; neither runs the analysis twice.
 */
// Methods, not function properties: a module of any analysis type is then a `FindingsModule` (bivariant
// parameters), so the registry lists them without `any`.
export interface FindingsModule<Analysis = unknown> {
  /** The shared file stem, e.g. "trends". */
  stem: string;
  /** The page that shows these findings, relative to src/, when it is not `<stem>.md` (e.g. "index.md"). */
  page?: string;
  /** The findings' title in `mipex reproduce`. */
  title: string;
  /**
   * The id prefixes this module owns: each of its finding ids is `<prefix>.<rest>` for one of them, and no
   * other module's prefix is that prefix (test/lib/findings/registry.test.ts checks both).
   */
  idPrefixes: readonly string[];
  /** Computes everything the page and its findings need, once per build. */
  analyse(inputs: FindingInputs): Analysis;
  /** The findings, from the analysis alone (no recomputation). */
  findings(analysis: Analysis): Finding[];
  /** What the page's loader sends, when it is not the analysis itself (rounded, reshaped for the page). */
  pageData?(analysis: Analysis): unknown;
}

/**
 * Declares a findings module; typed so that `findings` and `pageData` receive `analyse`'s result.
 *
 * @example (needs the workbooks)
 * import {finding} from "./finding.ts";
 * const topTen = findingsModule({
 *   stem: "top-ten",
 *   title: "Top ten",
 *   idPrefixes: ["top_ten"],
 *   analyse: ({tables}) => tables.countries.length,
 *   findings: (n) => [finding("top_ten.countries", "Countries ranked", n, null)]
 * });
 * topTen.findings(topTen.analyse(inputs))[0].id // "top_ten.countries"
 */
export function findingsModule<Analysis>(module: FindingsModule<Analysis>): FindingsModule<Analysis> {
  return module;
}

/**
 * Whether `id` belongs to `prefix`: the id is the prefix itself or starts with `<prefix>.`.
 *
 * @example
 * ownsId("change", "change.2014_2019.mean") // true
 * ownsId("change", "changes.x") // false
 */
export function ownsId(prefix: string, id: string): boolean {
  return id === prefix || id.startsWith(`${prefix}.`);
}
