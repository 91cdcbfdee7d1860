import {compare} from "../../lib/findings/compare.ts";
import {findingsLoader} from "../../loaders/findings-loader.ts";

export default findingsLoader(import.meta.url, compare);
