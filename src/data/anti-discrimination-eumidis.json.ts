// The anti-discrimination page: MIPEX anti-discrimination score against EU-MIDIS II knowledge of the law
// and reporting — computed when a complete table is present, else the partial press-reported table as it is.
import {EUMIDIS_KNOWS_LAW, EUMIDIS_REPORTING_RATE, EUMIDIS_SPECS, EUMIDIS_YEAR, OUTCOME_FAMILY, pageBlocks, partialTable} from "../../lib/findings/outcome-findings.ts";
import {TIDY_REQUIRED_COLUMNS} from "../../lib/outcomes/tidy.ts";
import {outcomePageInputs} from "../../loaders/outcomes/outcome-page-inputs.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {mipex, outcomes, settings} = await outcomePageInputs();
  return JSON.stringify({
    ...settings,
    indicators: {knowsLaw: EUMIDIS_KNOWS_LAW, reportingRate: EUMIDIS_REPORTING_RATE},
    year: EUMIDIS_YEAR,
    tidyColumns: [...TIDY_REQUIRED_COLUMNS, "note"],
    family: OUTCOME_FAMILY,
    blocks: pageBlocks(EUMIDIS_SPECS, mipex, outcomes),
    partial: partialTable(outcomes, /eumidis/i, mipex.countries)
  });
});
