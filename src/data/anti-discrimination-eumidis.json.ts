// The anti-discrimination page: MIPEX anti-discrimination score against EU-MIDIS II knowledge of the law
// and reporting — computed when a complete table is present, else the partial press-reported table as it is.
// Fed from the outcome pages' one analysis (lib/findings/policies-outcomes.ts).
import {antiDiscriminationEumidisPage, policiesOutcomes} from "../../lib/findings/policies-outcomes.ts";
import {dataLoader} from "../../loaders/data-loader.ts";
import {findingInputs} from "../../loaders/findings-loader.ts";

export default dataLoader(import.meta.url, async () => JSON.stringify(antiDiscriminationEumidisPage(policiesOutcomes.analyse(await findingInputs()))));
