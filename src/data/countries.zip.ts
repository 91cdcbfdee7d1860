// The country pages' data from one loader, so the approach classifier is trained once for all of them:
//   data/countries/<ISO3>.json  the 56 profiles, read by src/country/[iso3].md as
//                               FileAttachment(`../data/countries/${observable.params.iso3}.json`);
//   data/countries/index.json   one row per country for src/countries.md;
//   data/countries/compare.json every country and group average for src/compare.md;
//   data/countries/what-if.json the indicators, every country's 2019 scores and the trained approach
//                               classifier (as JSON) for src/what-if.md.
// Computed by lib/findings/country-profiles.ts and lib/findings/compare.ts.
import JSZip from "jszip";
import {compareData} from "../../lib/findings/compare.ts";
import {countryProfiles, trainedApproachModel, whatIfData} from "../../lib/findings/country-profiles.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {cachedOutcomes} from "../../loaders/outcomes/cached-outcomes.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {tables} = await cachedMipex();
  const model = trainedApproachModel(tables);
  const outcomes = cachedOutcomes();
  const profiles = countryProfiles(tables, {model, outcomes});

  const zip = new JSZip();
  for (const profile of profiles) zip.file(`${profile.iso3}.json`, JSON.stringify(profile));
  zip.file(
    "index.json",
    JSON.stringify(
      profiles.map((p) => ({
        iso3: p.iso3,
        name: p.name,
        region: p.region,
        eu27: p.groups.eu27,
        oecd: p.groups.oecd,
        traditionalDestination: p.groups.traditionalDestination,
        editions: p.editions.join(", "),
        overall2019: p.overall2019,
        rank2019: p.ranks.find((r) => r.group === "all")?.rank ?? null,
        bandLabel: p.bandLabel,
        approach: p.approach.computed,
        publishedApproach: p.approach.published ?? (p.approach.publishedAlternatives.join(" / ") || null)
      }))
    )
  );
  zip.file("compare.json", JSON.stringify(compareData(tables)));
  zip.file("what-if.json", JSON.stringify({...whatIfData(tables), model}));
  // Stored, not deflated: Framework unpacks the members at build time, so compressing them only costs time.
  return await zip.generateAsync({type: "nodebuffer", compression: "STORE"});
});
