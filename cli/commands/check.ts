import {parseArgs} from "node:util";
import type {CheckSummary} from "../../loaders/mipex/check-summary.ts";

/** `mipex check [--json] [--quiet]`: validate every source and print a summary. */
export async function run(args: string[]): Promise<number> {
  const {values} = parseArgs({args, options: {json: {type: "boolean", default: false}, quiet: {type: "boolean", default: false}}});
  const [{cachedMipex}, {checkSummary}, {assertUniqueKeys, specsWithRows}] = await Promise.all([
    import("../../loaders/mipex/cached-tables.ts"),
    import("../../loaders/mipex/check-summary.ts"),
    import("../../loaders/tables/workspace-tables.ts")
  ]);
  const {tables, sources} = await cachedMipex();
  for (const {spec, rows} of specsWithRows(tables)) assertUniqueKeys(spec, rows);
  const summary = checkSummary(tables);
  if (values.quiet) return 0;
  if (values.json) {
    console.log(JSON.stringify({sources: sources.map(({id, file, knownVersion}) => ({id, file, knownVersion})), ...summary}, null, 2));
    return 0;
  }
  console.log(formatSummary(summary, sources));
  return 0;
}

function formatSummary(s: CheckSummary, sources: {id: string; file: string; knownVersion: boolean}[]): string {
  const lines = ["Sources:"];
  for (const src of sources)
    lines.push(`  ${src.id.padEnd(16)} ${src.file}${src.knownVersion ? "" : "  (a different version from the one checked: see warning)"}`);
  lines.push("", `Countries: ${s.countries}`);
  lines.push(
    `Indicators: ${s.indicators.indicator} indicators and ${s.indicators.subIndicator} sub-indicators (${Object.entries(s.indicators.byArea)
      .map(([a, n]) => `${a} ${n}`)
      .join(", ")})`
  );
  for (const e of s.editions) {
    lines.push(
      "",
      `Edition ${e.edition}: ${e.countries} countries, years ${e.years[0]}–${e.years.at(-1)} (${e.years.length}), ${e.indicatorScores} indicator scores`,
      `  area scores:    ${e.areaScores.published} published, ${e.areaScores.recomputed} recomputed, ${e.areaScores.mismatches} mismatches, ${e.areaScores.notRecomputable} published but not recomputable`,
      `  overall scores: ${e.overallScores.published} published, ${e.overallScores.recomputed} recomputed, ${e.overallScores.mismatches} mismatches, ${e.overallScores.notRecomputable} published but not recomputable`
    );
  }
  lines.push("", "Workbook inconsistencies loaded with warnings (see the load_warnings table):");
  for (const [kind, n] of Object.entries(s.warnings)) lines.push(`  ${kind.padEnd(16)} ${n}`);
  lines.push("", `Published approach classifications: ${s.approachGroups} rows`);
  return lines.join("\n");
}
