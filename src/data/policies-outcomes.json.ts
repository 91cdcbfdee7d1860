// The policies-and-outcomes page: MIPEX scores against naturalisation, the employment gap, the health gap
// and public opinion, each with the full correlation report, computed at build time (lib/findings).
import {policiesOutcomes} from "../../lib/findings/policies-outcomes.ts";
import {findingsLoader} from "../../loaders/findings-loader.ts";

export default findingsLoader(import.meta.url, policiesOutcomes);
