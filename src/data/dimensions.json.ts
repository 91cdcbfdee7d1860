// The dimensions-and-approaches page's data (lib/findings/dimensions.ts): the analysis, the page's derived
// values (`view`), the findings, and the trained classifier (`model`) that lib/browser/approaches.ts applies.
import {dimensions} from "../../lib/findings/dimensions.ts";
import {findingsLoader} from "../../loaders/findings-loader.ts";

export default findingsLoader(import.meta.url, dimensions);
