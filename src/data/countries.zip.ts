// All 56 country profiles from one loader process (56 loaders would each parse the tables and train the
// classifier): data/countries/<ISO3>.json, read by src/country/[iso3].md as
// FileAttachment(`../data/countries/${observable.params.iso3}.json`), plus data/countries/index.json for
// the index page. The profiles are computed by lib/findings/country-profiles.ts.
import JSZip from "jszip";
import {countryProfiles, trainedApproachModel} from "../../lib/findings/country-profiles.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {loadOutcomes} from "../../loaders/outcomes/load-outcomes.ts";

const {tables} = await cachedMipex();
const model = trainedApproachModel(tables);
const outcomes = loadOutcomes();
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
process.stdout.write(await zip.generateAsync({type: "nodebuffer", compression: "DEFLATE"}));
