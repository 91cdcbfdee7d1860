import {areaFindings} from "./area-findings.ts";
import {countryFindings} from "./country-findings.ts";
import {dimensionFindings} from "./dimension-findings.ts";
import type {Finding} from "./finding.ts";
import {findingsModule, ownsId, type FindingInputs, type FindingsModule} from "./findings-module.ts";
import {outcomeFindings} from "./outcome-findings.ts";
import {overviewFindings} from "./overview-findings.ts";
import {summaryFigureFindings} from "./summary-figures.ts";
import {robustness} from "./robustness.ts";
import {panel} from "./panel.ts";
import {topTenFindings} from "./top-ten.ts";
import {trendFindings} from "./trend-findings.ts";

export type {FindingInputs} from "./findings-module.ts";

/** A module not yet split into analysis and findings: its analysis is its list of findings. */
function findingsOnly(
  stem: string,
  title: string,
  idPrefixes: string[],
  compute: (inputs: FindingInputs) => Finding[],
  page?: string
): FindingsModule<Finding[]> {
  return findingsModule({stem, title, idPrefixes, page, analyse: compute, findings: (found) => found});
}

/**
 * Every findings module `mipex reproduce` prints, in page order, one line each. A module owns its id
 * prefixes: test/lib/findings/registry.test.ts fails when a finding has no owner or two.
 */
export const FINDINGS_MODULES: readonly FindingsModule[] = [
  findingsOnly("overview", "Overview", ["overall", "rank", "overall_mean"], ({tables}) => overviewFindings(tables), "index.md"),
  findingsOnly(
    "summary-figures",
    "Published summary figures",
    ["published_average", "published_change", "published_area_average"],
    ({tables, summaryFigures}) => summaryFigureFindings(tables, summaryFigures())
  ),
  findingsOnly("top-ten", "Top ten", ["top_ten"], ({tables}) => topTenFindings(tables), "index.md"),
  findingsOnly("strengths-weaknesses", "Strengths and weaknesses", ["area_mean", "area_rank", "area_weakest", "indicator_mean"], ({tables}) =>
    areaFindings(tables)
  ),
  findingsOnly("trends", "Trends", ["change", "change_area", "edition_check"], ({tables}) => trendFindings(tables)),
  findingsOnly("dimensions", "Dimensions and approaches", ["approach", "dimension", "dimension_score_mean"], ({tables}) => dimensionFindings(tables)),
  findingsOnly(
    "country",
    "Country profiles",
    ["rank_eu27", "rank_oecd", "rank_traditional_destinations", "whatif_best"],
    ({tables}) => countryFindings(tables),
    "country/[iso3].md"
  ),
  findingsOnly("policies-outcomes", "Policies and outcomes", ["corr"], ({tables, outcomes}) => outcomeFindings(tables, outcomes())),
  robustness,
  panel
];

/**
 * The module that owns `id`, or an error naming the id when none or more than one does.
 *
 * @example
 * ownerOf("change.2014_2019.mean").stem // "trends"
 */
export function ownerOf(id: string, modules: readonly FindingsModule[] = FINDINGS_MODULES): FindingsModule {
  const owners = modules.filter((m) => m.idPrefixes.some((prefix) => ownsId(prefix, id)));
  if (owners.length === 1) return owners[0];
  if (owners.length === 0) throw new Error(`No findings module owns the id ${id}: add its prefix to one module's idPrefixes`);
  throw new Error(`The id ${id} is owned by ${owners.map((m) => m.stem).join(" and ")}: one prefix per module`);
}

/**
 * Every finding of every module, in page order, each module's analysis run once.
 *
 * @throws Error when two findings share an id, or an id has no owner or two, or a module makes an id it
 * does not own.
 */
export function allFindings(inputs: FindingInputs, modules: readonly FindingsModule[] = FINDINGS_MODULES): Finding[] {
  const findings = modules.flatMap((module) => {
    const found = module.findings(module.analyse(inputs));
    for (const f of found) {
      const owner = ownerOf(f.id, modules);
      if (owner !== module) throw new Error(`Module ${module.stem} makes ${f.id}, an id owned by ${owner.stem}`);
    }
    return found;
  });
  const ids = new Set<string>();
  for (const f of findings) {
    if (ids.has(f.id)) throw new Error(`Two findings share the id ${f.id}`);
    ids.add(f.id);
  }
  return findings;
}
