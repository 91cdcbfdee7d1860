// The overview page's data (lib/findings/overview.ts): the 2019 ranking with and without health, score
// bands, group averages, the Top Ten beside mipex.eu's, the world map's rows and MIPEX's stated summary
// figures, with the module's findings (analysis run once), and the sources the page lists.
import {overview, overviewPage} from "../../lib/findings/overview.ts";
import {dataLoader} from "../../loaders/data-loader.ts";
import {findingInputs} from "../../loaders/findings-loader.ts";
import {cachedMipex} from "../../loaders/mipex/cached-tables.ts";

export default dataLoader(import.meta.url, async () => {
  const {sources} = await cachedMipex();
  const analysis = overview.analyse(await findingInputs());
  return JSON.stringify({
    ...overviewPage(analysis),
    sources: sources.map(({id, title, path, citation, download, knownVersion, actualSha256}) => ({id, title, path, citation, download, knownVersion, sha256: actualSha256})),
    findings: overview.findings(analysis)
  });
});
