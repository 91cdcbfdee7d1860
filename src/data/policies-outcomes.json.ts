// The policies-and-outcomes page: MIPEX scores against naturalisation, the employment gap, the health gap
// and public opinion, each with the full correlation report, computed at build time (lib/findings).
import {POLICY_OUTCOME_SPECS, correlationBlock} from "../../lib/findings/outcome-findings.ts";
import {outcomePageInputs} from "../../loaders/outcomes/outcome-page-inputs.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {mipex, outcomes, settings} = await outcomePageInputs();
  return JSON.stringify({
    ...settings,
    blocks: POLICY_OUTCOME_SPECS.map((spec) => correlationBlock(spec, mipex, outcomes))
  });
});
