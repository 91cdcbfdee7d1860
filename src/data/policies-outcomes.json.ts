// The policies-and-outcomes page: MIPEX scores against naturalisation, the employment gap, the health gap
// and public opinion, each with the full correlation report, computed at build time (lib/findings).
import {POLICY_OUTCOME_SPECS, correlationBlock, mipexInput} from "../../lib/findings/outcome-findings.ts";
import {MIN_COUNTRIES, REPLICATES, SEED} from "../../lib/findings/outcome-pairs.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {loadOutcomes} from "../../loaders/outcomes/load-outcomes.ts";

const {tables} = await cachedMipex();
const outcomes = loadOutcomes();
const mipex = mipexInput(tables);
process.stdout.write(
  JSON.stringify({
    minCountries: MIN_COUNTRIES,
    replicates: REPLICATES,
    seed: SEED,
    blocks: POLICY_OUTCOME_SPECS.map((spec) => correlationBlock(spec, mipex, outcomes))
  })
);
