import type {Finding, FindingBasis, FindingStatus} from "./finding.ts";
import {fixed} from "../format/number.ts";

/** What each basis means, in the words the README and the pages use. */
export const BASIS_MEANING: Readonly<Record<FindingBasis, string>> = {
  "published statement": "compared with a figure MIPEX states in words (mipex.eu, its report, its launch news)",
  "workbook cell": "compared with the official workbook's own cached value (a check of the recomputation, not a reproduction of a published finding)",
  none: "nothing published to compare with"
};

const BASES: readonly FindingBasis[] = ["published statement", "workbook cell", "none"];
const STATUSES: readonly FindingStatus[] = ["match", "differs", "computed", "not_computable"];

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
 * import {finding} from "./finding.ts";
 * basisCounts([finding("a", "", 1, 1, "X!A1")]) // [{basis: "workbook cell", total: 1, statuses: [{status: "match", count: 1}]}]
 */
export function basisCounts(findings: readonly Finding[]): BasisCount[] {
  return BASES.map((basis) => {
    const mine = findings.filter((f) => f.basis === basis);
    return {
      basis,
      total: mine.length,
      statuses: STATUSES.map((status) => ({status, count: mine.filter((f) => f.status === status).length})).filter((s) => s.count > 0)
    };
  }).filter((b) => b.total > 0);
}

/**
 * One line for the end of `mipex reproduce`'s table: the counts by basis and status.
 *
 * @example
 * import {finding} from "./finding.ts";
 * findingsCountLine([finding("a", "", 1, 1, "X!A1")]) // "1 findings — workbook cell: 1 match"
 */
export function findingsCountLine(findings: readonly Finding[]): string {
  return `${findings.length} findings — ${basisCounts(findings)
    .map((b) => `${b.basis}: ${b.statuses.map((s) => `${s.count} ${s.status}`).join(", ")}`)
    .join("; ")}`;
}

/**
 * The table `mipex reproduce` prints: one line per finding (id, description, computed, published,
 * difference, status, basis, source; long cells cut at 60 characters), then {@link findingsCountLine}.
 *
 * @example
 * import {finding} from "./finding.ts";
 * findingsTable([finding("a", "x", 1, 1, "X!A1")]).split("\n")[2] // "a   x            1         1          0.00e+0     match   workbook cell  X!A1"
 */
export function findingsTable(findings: readonly Finding[]): string {
  const cell = (v: number | string | null) => (v === null ? "—" : typeof v === "number" ? (Number.isInteger(v) ? String(v) : fixed(v, 4)) : v);
  const rows = findings.map((f) => [
    f.id,
    f.description,
    cell(f.computed),
    cell(f.published),
    f.difference === null ? "—" : f.difference.toExponential(2),
    f.status,
    f.basis,
    f.source ?? "—"
  ]);
  const header = ["id", "description", "computed", "published", "difference", "status", "basis", "source"];
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (r: string[]) =>
    r
      .map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line), "", findingsCountLine(findings)].join("\n");
}

/** How the README paragraph introduces each basis. */
const BASIS_LEAD: Readonly<Record<FindingBasis, string>> = {
  "published statement": "Against a figure MIPEX states in words (on mipex.eu, in its report or its launch news)",
  "workbook cell": "Against the official workbook's own cached value, a check of the recomputation rather than a reproduction of a published finding",
  none: "With nothing published to compare with"
};
const STATUS_PHRASE: Readonly<Record<FindingStatus, string>> = {
  match: "match",
  differs: "differ",
  computed: "computed",
  not_computable: "cannot be computed from the data at hand"
};

/**
 * The README's paragraph on the findings (`npm run readme-figures`), so the figures there are produced by the
 * CLI rather than typed; test/cli/mipex.test.ts ("README's figures") fails when README.md holds another text.
 *
 * @example
 * import {finding} from "./finding.ts";
 * findingsSummaryMarkdown([finding("a", "", 1, 1, "X!A1")])
 * // "`npm run mipex -- reproduce` prints 1 findings, each naming what it is compared with and where that value comes from. Against the official workbook's own cached value, a check of the recomputation rather than a reproduction of a published finding: 1 (1 match)."
 */
export function findingsSummaryMarkdown(findings: readonly Finding[]): string {
  const parts = basisCounts(findings).map(
    (b) => `${BASIS_LEAD[b.basis]}: ${b.total} (${b.statuses.map((s) => `${s.count} ${STATUS_PHRASE[s.status]}`).join(", ")}).`
  );
  const differing = findings.filter((f) => f.status === "differs" && f.basis === "published statement").length;
  return [
    `\`npm run mipex -- reproduce\` prints ${findings.length} findings, each naming what it is compared with and where that value comes from.`,
    ...parts,
    ...(differing === 0
      ? []
      : [
          differing === 1
            ? "The pages say why the one stated figure that differs does."
            : `The pages say why each of the ${differing} stated figures that differ does.`
        ])
  ].join(" ");
}
