// The what-if simulator's data: the 2019 indicators with weights and answer options, every country's
// scores (lib/findings/country-profiles.ts whatIfData), and the trained approach classifier as JSON
// (the model lib/findings/approaches.ts trains; applied in the browser by classifyApproach).
import {trainedApproachModel, whatIfData} from "../../lib/findings/country-profiles.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";

const {tables} = await cachedMipex();
process.stdout.write(JSON.stringify({...whatIfData(tables), model: trainedApproachModel(tables)}));
