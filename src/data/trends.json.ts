// The trends page's data and findings (lib/findings/trends.ts), the analysis run once.
import {trends} from "../../lib/findings/trends.ts";
import {findingsLoader} from "../../loaders/findings-loader.ts";

export default findingsLoader(import.meta.url, trends);
