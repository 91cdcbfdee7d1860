// The education page: PISA 2015 science gap by immigrant background against the education score (full
// correlation report), and academic resilience — computed when a complete table is present, else the
// partial press-reported table as it is. Fed from the outcome pages' one analysis (lib/findings/policies-outcomes.ts).
import {educationPisaPage, policiesOutcomes} from "../../lib/findings/policies-outcomes.ts";
import {dataLoader} from "../../loaders/data-loader.ts";
import {findingInputs} from "../../loaders/findings-loader.ts";

export default dataLoader(import.meta.url, async () => JSON.stringify(educationPisaPage(policiesOutcomes.analyse(await findingInputs()))));
