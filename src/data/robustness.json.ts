// The robustness page (src/robustness.md): the build-time analysis with the default seed and its findings, lib/findings/robustness.ts.
import {robustness} from "../../lib/findings/robustness.ts";
import {findingsLoader} from "../../loaders/findings-loader.ts";

export default findingsLoader(import.meta.url, robustness);
