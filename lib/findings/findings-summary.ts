import type {Finding, FindingBasis, FindingStatus} from "./finding.ts";

/** What each basis means, in the words the README and the pages use. */
export const BASIS_MEANING: Readonly<Record<FindingBasis, string>> = {
  "published statement": "compared with a figure MIPEX states in words (mipex.eu, its report, its launch news)",
  "workbook cell": "compared with the official workbook's own cached value (a check of the recomputation, not a reproduction of a published finding)",
  none: "nothing published to compare with"
};

const BASES: readonly FindingBasis[] = ["published statement", "workbook cell", "none"];
const STATUSES: readonly FindingStatus[] = ["match", "differs", "computed", "not_computable"];
const STATUS_WORDS: Readonly<Record<FindingStatus, [string, string]>> = {
  match: ["matches", "match"],
  differs: ["differs", "differ"],
  computed: ["is computed", "are computed"],
  not_computable: ["cannot be computed from the data at hand", "cannot be computed from the data at hand"]
};

export interface BasisCount {
  basis: FindingBasis;
  total: number;
  /** Findings by status, in the order match, differs, computed, not_computable (statuses with none left out). */
  statuses: {status: FindingStatus; count: number}[];
}

/**
 * How many findings have each basis, and each status within it.
 *
 * @example
 * basisCounts([finding("a", "", 1, 1, "X!A1")]) // [{basis: "workbook cell", total: 1, statuses: [{status: "match", count: 1}]}]
 */
export function basisCounts(findings: readonly Finding[]): BasisCount[] {
  return BASES.map((basis) => {
    const mine = findings.filter((f) => f.basis === basis);
    return {basis, total: mine.length, statuses: STATUSES.map((status) => ({status, count: mine.filter((f) => f.status === status).length})).filter((s) => s.count > 0)};
  }).filter((b) => b.total > 0);
}

/**
 * One line for the end of `mipex reproduce`'s table: the counts by basis and status.
 *
 * @example
 * findingsCountLine([finding("a", "", 1, 1, "X!A1")]) // "1 findings — workbook cell: 1 match"
 */
export function findingsCountLine(findings: readonly Finding[]): string {
  return `${findings.length} findings — ${basisCounts(findings).map((b) => `${b.basis}: ${b.statuses.map((s) => `${s.count} ${s.status}`).join(", ")}`).join("; ")}`;
}

/**
 * The README's paragraph on the findings (`npm run readme-figures`), so the figures there are produced by the
 * CLI rather than typed; test/readme-figures.test.ts fails when README.md holds another text.
 *
 * @example
 * findingsSummaryMarkdown([finding("a", "", 1, 1, "X!A1")]).startsWith("`npm run mipex -- reproduce` prints 1 findings") // true
 */
export function findingsSummaryMarkdown(findings: readonly Finding[]): string {
  const parts = basisCounts(findings).map((b) => {
    const statuses = b.statuses.map((s) => `${s.count} ${STATUS_WORDS[s.status][s.count === 1 ? 0 : 1]}`).join(", ");
    return `${b.total} ${b.basis === "none" ? "have" : "are"} ${BASIS_MEANING[b.basis]} (${statuses})`;
  });
  const differing = findings.filter((f) => f.status === "differs" && f.basis === "published statement").length;
  return (
    `\`npm run mipex -- reproduce\` prints ${findings.length} findings, each with its basis and source: ${parts.join("; ")}. ` +
    (differing === 0 ? "No figure MIPEX states differs from its reproduction." : `The pages say why each of the ${differing} stated figures that differ does.`)
  );
}
