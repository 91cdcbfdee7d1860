// The example report's data (docs/authoring.md): the analysis of lib/findings/access-to-nationality.ts and its findings.
import {accessToNationality} from "../../lib/findings/access-to-nationality.ts";
import {findingsLoader} from "../../loaders/findings-loader.ts";

export default findingsLoader(import.meta.url, accessToNationality);
