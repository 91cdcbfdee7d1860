// The education page: PISA 2015 science gap by immigrant background against the education score (full
// correlation report), and academic resilience — computed when a complete table is present, else the
// partial press-reported table as it is.
import {EDUCATION_SPECS, PISA_RESILIENCE, PISA_YEAR, correlationBlock, mipexInput, partialTable} from "../../lib/findings/outcome-findings.ts";
import {MIN_COUNTRIES, REPLICATES, SEED} from "../../lib/findings/outcome-pairs.ts";
import {TIDY_REQUIRED_COLUMNS} from "../../lib/outcomes/tidy.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {loadOutcomes} from "../../loaders/outcomes/load-outcomes.ts";

const {tables} = await cachedMipex();
const outcomes = loadOutcomes();
const mipex = mipexInput(tables);
const [scienceGap, resilience] = EDUCATION_SPECS.map((spec) => correlationBlock(spec, mipex, outcomes));
process.stdout.write(
  JSON.stringify({
    minCountries: MIN_COUNTRIES,
    replicates: REPLICATES,
    seed: SEED,
    indicator: PISA_RESILIENCE,
    year: PISA_YEAR,
    tidyColumns: [...TIDY_REQUIRED_COLUMNS, "note"],
    scienceGap,
    resilience,
    partial: partialTable(outcomes, /resilience/i, mipex.countries)
  })
);
