import {whatIf} from "../../lib/findings/what-if.ts";
import {findingsLoader} from "../../loaders/findings-loader.ts";

export default findingsLoader(import.meta.url, whatIf);
