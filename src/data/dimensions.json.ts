// The dimensions-and-approaches page's data: MIPEX 2020's three dimensions by categorical PCA, the
// four approaches by k-means on them and the Top Ten, compared with the published classification,
// plus the trained classifier (`model`) that lib/browser/approaches.ts applies client-side.
import {dimensionsAnalysis, findingsFrom} from "../../lib/findings/dimension-findings.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, async () => {
  const {tables, sources} = await cachedMipex();
  const analysis = dimensionsAnalysis(tables);

  return JSON.stringify({
    ...analysis,
    findings: findingsFrom(analysis),
    sources: sources.map(({id, title, path, citation, knownVersion, actualSha256}) => ({id, title, path, citation, knownVersion, sha256: actualSha256}))
  });
});
