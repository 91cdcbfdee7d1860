import {mipexInput, type MipexInput} from "../../lib/findings/outcome-findings.ts";
import {MIN_COUNTRIES, REPLICATES, SEED} from "../../lib/findings/outcome-pairs.ts";
import {cachedMipex} from "../mipex/cached-tables.ts";
import {cachedOutcomes} from "./cached-outcomes.ts";
import type {LoadedOutcomes} from "./load-outcomes.ts";

/**
 * What every policy–outcome page loader starts from: the MIPEX scores paired by country, every outcome
 * file, and the settings each page states (minimum countries for a finding, bootstrap replicates, seed).
 *
 * @example
 * const {mipex, outcomes, settings} = await outcomePageInputs();
 * correlationBlock(spec, mipex, outcomes);
 */
export async function outcomePageInputs(): Promise<{
  mipex: MipexInput;
  outcomes: LoadedOutcomes;
  settings: {minCountries: number; replicates: number; seed: number};
}> {
  const {tables} = await cachedMipex();
  return {mipex: mipexInput(tables), outcomes: cachedOutcomes(), settings: {minCountries: MIN_COUNTRIES, replicates: REPLICATES, seed: SEED}};
}
