// The country pages' data, one zip (lib/findings/country.ts countryPageFiles): data/country/<ISO3>.json for
// src/country/[iso3].md, data/country/index.json and by-name.json for src/countries.md.
import {countryPageFiles} from "../../lib/findings/country.ts";
import {zipLoader} from "../../loaders/zip-loader.ts";

export default zipLoader(import.meta.url, countryPageFiles);
