/**
 * The country profiles' findings for `mipex reproduce`: each country's 2019 rank within its groups
 * (EU27, OECD, traditional destinations) from the recomputed scores beside the rank of the workbook's
 * published scores in the same group.
 */
import type {WorkspaceTables} from "../../mipex/workspace-tables.ts";
import {finding, type Finding} from "../finding.ts";
import {competitionRanks} from "../../stats/rank.ts";
import {PROFILE_EDITION, PROFILE_YEAR} from "./profile-year.ts";
import {RANK_GROUPS} from "./ranks.ts";

/**
 * One finding per country and group (not "all"): `rank_<group>.2019.<ISO3>`, computed from the
 * recomputed overall scores with health, published from the workbook's cached ones (when every member
 * has one).
 *
 * @example (needs the workbooks)
 * groupRankFindings(tables).find((f) => f.id === "rank_eu27.2019.SWE")?.computed // 1
 */
export function groupRankFindings(tables: Pick<WorkspaceTables, "overall_scores" | "countries">): Finding[] {
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
  return findings;
}
