/**
 * The sentence above a page's "Computed beside published" table: which of its findings differ from the
 * value they are compared with, or that none does.
 */

export interface DifferingFindingsOptions {
  /** Added after the list of ids, e.g. " (explained above)". */
  explained?: string;
  document?: Document;
}

/**
 * A paragraph naming the findings whose status is "differs".
 *
 * @example
 * display(DifferingFindings(trends.findings, {explained: " (explained above)"}));
 */
export function DifferingFindings(
  findings: readonly {id: string; status: string}[],
  {explained = "", document = globalThis.document}: DifferingFindingsOptions = {}
): HTMLParagraphElement {
  const differs = findings.filter((f) => f.status === "differs");
  const p = document.createElement("p");
  p.setAttribute("data-testid", "differing-findings");
  p.textContent =
    differs.length === 0
      ? "No finding differs from its published value."
      : `${differs.length} findings differ: ${differs.map((f) => f.id).join(", ")}${explained}.`;
  return p;
}
