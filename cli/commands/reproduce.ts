import {parseArgs} from "node:util";
import type {Finding} from "../../lib/findings/finding.ts";

/** `mipex reproduce [--json]`: every finding, computed beside published. */
export async function run(args: string[]): Promise<number> {
  const {values} = parseArgs({args, options: {json: {type: "boolean", default: false}}});
  const [{cachedMipex}, {FINDING_GROUPS}, {loadOutcomes}] = await Promise.all([
    import("../../loaders/mipex/cached-tables.ts"),
    import("../../lib/findings/registry.ts"),
    import("../../loaders/outcomes/load-outcomes.ts")
  ]);
  const {tables} = await cachedMipex();
  const findings: Finding[] = [];
  const outcomes = () => loadOutcomes();
  for (const group of FINDING_GROUPS) findings.push(...group.findings({tables, outcomes}));
  const ids = new Set<string>();
  for (const f of findings) {
    if (ids.has(f.id)) throw new Error(`Two findings share the id ${f.id}`);
    ids.add(f.id);
  }
  if (values.json) {
    console.log(
      JSON.stringify(
        findings.map(({id, description, computed, published, difference, status}) => ({id, description, computed, published, difference, status})),
        null,
        2
      )
    );
    return 0;
  }
  console.log(formatFindings(findings));
  return 0;
}

function formatFindings(findings: readonly Finding[]): string {
  const cell = (v: number | string | null) => (v === null ? "—" : typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(4)) : v);
  const rows = findings.map((f) => [
    f.id,
    f.description,
    cell(f.computed),
    cell(f.published),
    f.difference === null ? "—" : f.difference.toExponential(2),
    f.status
  ]);
  const header = ["id", "description", "computed", "published", "difference", "status"];
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (r: string[]) => r.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join("  ");
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
  return [
    line(header),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map(line),
    "",
    `${findings.length} findings: ${[...counts].map(([s, n]) => `${n} ${s}`).join(", ")}`
  ].join("\n");
}
