// The policies-and-outcomes page: MIPEX scores against naturalisation, the employment gap, the health gap
// and public opinion, each with the full correlation report, computed at build time (lib/findings).
import {OUTCOME_FAMILY, POLICY_OUTCOME_SPECS, pageBlocks} from "../../lib/findings/outcome-findings.ts";
import {outcomePageInputs} from "../../loaders/outcomes/outcome-page-inputs.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {mipex, outcomes, settings} = await outcomePageInputs();
  return JSON.stringify({
    ...settings,
    family: OUTCOME_FAMILY,
    blocks: pageBlocks(POLICY_OUTCOME_SPECS, mipex, outcomes)
  });
});
