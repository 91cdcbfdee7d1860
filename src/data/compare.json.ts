// The compare page's data: every country and the EU27, OECD and all-country averages (areas and
// indicators 2019, overall trend by edition). Computed by lib/findings/compare.ts.
import {compareData} from "../../lib/findings/compare.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";

const {tables} = await cachedMipex();
process.stdout.write(JSON.stringify(compareData(tables)));
