import {area} from "../../lib/mipex/areas.ts";
import {TABLE_SPECS} from "../../lib/mipex/table-specs.ts";
import {integer} from "../../lib/format/number.ts";
import {listText, noun} from "../../lib/format/text.ts";
import {checkSummary, type EditionSummary} from "./check-summary.ts";
import type {WorkspaceTables} from "./load-mipex.ts";

/** How many core indicators MIPEX 2020 says it has (Solano and Huddleston 2020); the sheets hold more items. */
const PUBLISHED_CORE_INDICATORS = 58;

/**
 * README's "The tables" section as `mipex check --summary-markdown` prints it: every table with its rows and
 * description, the editions, and what the loaders found in the workbooks (recomputation, unequal weights,
 * inconsistencies). Every number is counted from the tables, so the README cannot drift from the data.
 *
 * @example (needs the workbooks)
 * tablesSummaryMarkdown(tables).split("\n")[0] // "| table | rows | what |"
 */
export function tablesSummaryMarkdown(tables: WorkspaceTables): string {
  const summary = checkSummary(tables);
  const rows = tables as unknown as Record<string, readonly unknown[]>;
  const lines = ["| table | rows | what |", "|---|---|---|"];
  for (const spec of TABLE_SPECS) lines.push(`| \`${spec.name}\` | ${integer(rows[spec.name].length)} | ${spec.description} |`);
  const editions = summary.editions.map((e) => `\`${e.edition}\` (${e.countries} countries, ${e.years[0]}–${e.years.at(-1)})`);
  lines.push("", `Editions are ${listText(editions)}; their series never mix.`, "");
  lines.push("What the loaders found in the official workbooks (`npm run mipex -- check`):", "");
  for (const e of summary.editions) lines.push(`- ${recomputationText(e, tables)}`);
  const unequal = unequallyWeightedAreas(tables);
  if (unequal.length)
    lines.push(
      `- ${unequal.length} of the ${Object.keys(summary.indicators.byArea).length} areas are not plain means of their indicators: ${listText(unequal)} weigh them unequally. The weights are read from the workbooks' own area formulas (\`lib/mipex/linear-formula.ts\`), not typed in;`
    );
  lines.push(
    `- the sheets hold ${summary.indicators.indicator} indicator-level items (and ${summary.indicators.subIndicator} sub-indicators) where MIPEX speaks of ${PUBLISHED_CORE_INDICATORS} core indicators;`
  );
  const kinds = Object.entries(summary.warnings)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, n]) => `${kind} ${integer(n)}`);
  lines.push(`- ${integer(tables.load_warnings.length)} inconsistencies are loaded with warnings and kept in \`load_warnings\` (${kinds.join(", ")}).`);
  return lines.join("\n");
}

/** One edition's published scores: how many are recomputed exactly, which differ (and why) and which cannot be recomputed. */
function recomputationText(e: EditionSummary, tables: WorkspaceTables): string {
  const where = (r: {iso3: string; year: number; source_cell: string | null; note: string | null}, what: string) =>
    `${r.iso3} ${r.year} ${what}, \`${r.source_cell}\`${r.note ? `: ${r.note}` : ""}`;
  const areaRows = tables.area_scores.filter((r) => r.edition === e.edition && r.mismatch === true).map((r) => where(r, area(r.area).name.toLowerCase()));
  const overallRows = tables.overall_scores.filter((r) => r.edition === e.edition && r.mismatch === true).map((r) => where(r, r.variant.replaceAll("_", " ")));
  const part = (what: string, counts: EditionSummary["areaScores"], differing: string[]) => {
    const exact = counts.published - counts.mismatches - counts.notRecomputable;
    return (
      `of ${integer(counts.published)} published ${what}, ${integer(exact)} are recomputed exactly (to 1e-6) from the indicators` +
      (counts.mismatches ? `, ${integer(counts.mismatches)} ${noun(counts.mismatches, "differs", "differ")} (${differing.join("; ")})` : "") +
      (counts.notRecomputable ? `, ${integer(counts.notRecomputable)} cannot be recomputed because an indicator is unscored` : "")
    );
  };
  return `edition ${e.edition}: ${part("area scores", e.areaScores, areaRows)}; ${part("overall scores", e.overallScores, overallRows)};`;
}

/** The names of the areas whose indicators do not all have the same weight, in area order. */
function unequallyWeightedAreas(tables: WorkspaceTables): string[] {
  const weights = new Map<string, Set<number>>();
  for (const i of tables.indicators) {
    if (i.level !== "indicator") continue;
    if (!weights.has(i.area)) weights.set(i.area, new Set());
    weights.get(i.area)!.add(Math.round(i.weight * 1e9));
  }
  return [...weights].filter(([, w]) => w.size > 1).map(([id]) => area(id).name.toLowerCase());
}
