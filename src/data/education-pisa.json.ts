// The education page: PISA 2015 science gap by immigrant background against the education score (full
// correlation report), and academic resilience — computed when a complete table is present, else the
// partial press-reported table as it is.
import {EDUCATION_SPECS, OUTCOME_FAMILY, PISA_RESILIENCE, PISA_YEAR, pageBlocks, partialTable} from "../../lib/findings/outcome-findings.ts";
import {TIDY_REQUIRED_COLUMNS} from "../../lib/outcomes/tidy.ts";
import {outcomePageInputs} from "../../loaders/outcomes/outcome-page-inputs.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {mipex, outcomes, settings} = await outcomePageInputs();
  const [scienceGap, resilience] = pageBlocks(EDUCATION_SPECS, mipex, outcomes);
  return JSON.stringify({
    ...settings,
    indicator: PISA_RESILIENCE,
    year: PISA_YEAR,
    tidyColumns: [...TIDY_REQUIRED_COLUMNS, "note"],
    family: OUTCOME_FAMILY,
    scienceGap,
    resilience,
    partial: partialTable(outcomes, /resilience/i, mipex.countries)
  });
});
