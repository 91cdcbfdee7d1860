// The strengths-and-weaknesses page's data and findings (lib/findings/strengths-weaknesses.ts), the analysis run once.
import {strengthsWeaknesses} from "../../lib/findings/strengths-weaknesses.ts";
import {findingsLoader} from "../../loaders/findings-loader.ts";

export default findingsLoader(import.meta.url, strengthsWeaknesses);
