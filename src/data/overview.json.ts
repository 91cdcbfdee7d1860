// The overview page's data (lib/findings/overview.ts): the 2019 ranking with and without health, score
// bands, group averages, the Top Ten beside mipex.eu's, the world map's rows and MIPEX's stated summary
// figures, the analysis run once, with the sources the page lists. Not findingsLoader: the page lists the
// sources, which are not a finding input, and shows no findings table, so the module's ~250 findings stay
// out of the landing page's download (`mipex reproduce` prints them).
import {overview, overviewPage} from "../../lib/findings/overview.ts";
import {dataLoader} from "../../loaders/data-loader.ts";
import {findingInputs} from "../../loaders/findings-loader.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";

export default dataLoader(import.meta.url, async () => {
  const {sources} = await cachedMipex();
  return JSON.stringify({
    ...overviewPage(overview.analyse(await findingInputs())),
    sources: sources.map(({id, title, path, citation, download, knownVersion, actualSha256}) => ({id, title, path, citation, download, knownVersion, sha256: actualSha256}))
  });
});
