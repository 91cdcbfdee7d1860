/**
 * The country profiles' findings for `mipex reproduce`: each country's 2019 rank within its groups
 * (EU27, OECD, traditional destinations) from the recomputed scores beside the rank of the workbook's
 * published scores in the same group, and the single indicator change that would lift it most (the
 * what-if simulator's reverse question; computed only).
 */
import type {WorkspaceTables} from "../mipex/workspace-tables.ts";
import {PROFILE_EDITION, PROFILE_YEAR, RANK_GROUPS, whatIfData} from "./country-profiles.ts";
import {finding, type Finding} from "./finding.ts";
import {competitionRanks} from "../stats/rank.ts";
import {bestSingleChanges} from "./what-if.ts";

export function countryFindings(tables: WorkspaceTables): Finding[] {
  const rows = tables.overall_scores.filter((r) => r.edition === PROFILE_EDITION && r.year === PROFILE_YEAR && r.variant === "with_health");
  const byIso3 = new Map(rows.map((r) => [r.iso3, r]));
  const countries = [...tables.countries].sort((a, b) => a.iso3.localeCompare(b.iso3));
  const findings: Finding[] = [];
  for (const g of RANK_GROUPS.filter((g) => g.group !== "all")) {
    const members = countries.filter((c) => g.member(c) && byIso3.get(c.iso3)?.recomputed != null);
    const computed = competitionRanks(members.map((c) => byIso3.get(c.iso3)!.recomputed!));
    const havePublished = members.every((c) => byIso3.get(c.iso3)!.published !== null);
    const published = havePublished ? competitionRanks(members.map((c) => byIso3.get(c.iso3)!.published!)) : null;
    members.forEach((c, i) => {
      findings.push(
        finding(
          `rank_${g.group}.${PROFILE_YEAR}.${c.iso3}`,
          `${c.name}: rank ${PROFILE_YEAR} among ${g.label} (${members.length})`,
          computed[i],
          published ? published[i] : null,
          published ? "rank of the workbook's cached overall scores in the group" : undefined,
          published ? "workbook cell" : "none"
        )
      );
    });
  }
  const data = whatIfData(tables);
  for (const c of data.countries) {
    const [best] = bestSingleChanges(data, c.iso3);
    if (best)
      findings.push(
        finding(
          `whatif_best.${PROFILE_YEAR}.${c.iso3}`,
          `${c.name}: overall gain from the best single indicator change (${best.code} ${best.from} → ${best.to})`,
          best.overallGain,
          null,
          undefined,
          "none"
        )
      );
  }
  return findings;
}
