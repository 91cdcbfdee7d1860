import {accessToNationality} from "./access-to-nationality.ts";
import {country} from "./country.ts";
import {dimensions} from "./dimensions.ts";
import type {Finding} from "./finding.ts";
import {ownsId, type FindingInputs, type FindingsModule} from "./findings-module.ts";
import {overview} from "./overview.ts";
import {panel} from "./panel.ts";
import {policiesOutcomes} from "./policies-outcomes.ts";
import {robustness} from "./robustness.ts";
import {strengthsWeaknesses} from "./strengths-weaknesses.ts";
import {trends} from "./trends.ts";
import {whatIf} from "./what-if.ts";

export type {FindingInputs} from "./findings-module.ts";

/**
 * Every findings module `mipex reproduce` prints, in page order, one line each. A module owns its id
 * prefixes: test/lib/findings/registry.test.ts fails when a finding has no owner or two.
 */
export const FINDINGS_MODULES: readonly FindingsModule[] = [
  overview,
  strengthsWeaknesses,
  trends,
  dimensions,
  country,
  whatIf,
  policiesOutcomes,
  robustness,
  panel,
  accessToNationality
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
