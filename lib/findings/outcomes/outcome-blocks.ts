/**
 * Every outcome page's correlations as one family of tests: each link's permutation p adjusted across all.
 */
import {correlationBlock, type CorrelationBlock, type OutcomeInput} from "./correlation-block.ts";
import {adjustFamily} from "./family.ts";
import {interpret} from "./prose.ts";
import type {MipexInput} from "./scores.ts";
import {OUTCOME_FAMILY, OUTCOME_SPECS} from "./specs.ts";

const familyMemo = new WeakMap<OutcomeInput, Map<string, CorrelationBlock[]>>();

/**
 * Every outcome page's correlations, their permutation p adjusted (Holm, Benjamini–Hochberg) across all
 * the links computed on the three pages, so that a link has the same adjusted p on every page and its
 * sentence follows it. Computed once per outcome input and options: the pre-build runner
 * (scripts/run-data-loaders.ts) runs the three outcome pages' loaders in one process, on the same outcomes.
 *
 * @example (needs the workbooks)
 * import {mipexInput} from "./scores.ts";
 * const blocks = outcomeBlocks(mipexInput(tables), outcomes, {replicates: 999});
 * blocks.length // 9
 * blocks.filter((b) => b.summary.computable).length // 6 (the PISA resilience and EU-MIDIS links lack a complete table)
 */
export function outcomeBlocks(mipex: MipexInput, outcomes: OutcomeInput, options: {replicates?: number} = {}): CorrelationBlock[] {
  const key = `${options.replicates ?? ""}|${mipex.countries.length}|${mipex.scores.length}`;
  const cached = familyMemo.get(outcomes)?.get(key);
  if (cached) return cached;
  const blocks = OUTCOME_SPECS.map((spec) => correlationBlock(spec, mipex, outcomes, options));
  const adjusted = adjustFamily(
    blocks.map((b) => (b.summary.computable ? b.summary.permutationP : null)),
    OUTCOME_FAMILY
  );
  const result = blocks.map((b, i) => {
    const family = adjusted[i];
    if (!family) return b;
    const finding = {
      ...b.finding,
      description: `${b.finding.description}; permutation p ${family.raw.toPrecision(2)}, adjusted over ${family.size} links: Holm ${family.holm.toPrecision(2)}, BH ${family.bh.toPrecision(2)}`
    };
    return {...b, family, sentence: interpret(b.summary, b.words, family), finding};
  });
  if (!familyMemo.has(outcomes)) familyMemo.set(outcomes, new Map());
  familyMemo.get(outcomes)!.set(key, result);
  return result;
}
