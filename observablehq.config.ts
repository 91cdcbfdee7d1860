// Observable Framework configuration for the MIPEX Workspace.
//
// Offline by design (docs/offline-build.md): every npm: import is served from the cache that
// `npm run prepare-offline` (scripts/fill-npm-cache.ts) fills from node_modules, DuckDB downloads no
// extension, and no stylesheet or font comes from a third-party host. Built pages request nothing
// outside their own origin; test/browser checks that, and each page's Content-Security-Policy (added after
// the build by scripts/fix-built-html.ts, see lib/site/content-security-policy.ts) enforces it.

import {countryPaths} from "./lib/site/country-paths.ts";
import {exportedPaths} from "./lib/site/exported-paths.ts";

/** The subset of Framework's config we use (the package ships no types for it). */
interface Page {
  name: string;
  path: string;
}
interface Section {
  name: string;
  open?: boolean;
  collapsible?: boolean;
  pages: Page[];
}

const MIPEX_CITATION =
  "Solano, G. and Huddleston, T. (2020). <i>Migrant Integration Policy Index 2020</i>. " +
  "Barcelona/Brussels: CIDOB and MPG. ISBN 978-84-92511-83-9. " +
  '<a href="https://www.mipex.eu" rel="external">https://www.mipex.eu</a>';

// Sidebar and pager order. Adding a page is one line: {name: "Title", path: "/file-name"}.
const pages: (Page | Section)[] = [
  {name: "Overview", path: "/"},
  {name: "Countries", path: "/countries"},
  {name: "Compare countries", path: "/compare"},
  {name: "What-if simulator", path: "/what-if"},
  {name: "Strengths and weaknesses", path: "/strengths-weaknesses"},
  {name: "Trends", path: "/trends"},
  {name: "Policies and outcomes", path: "/policies-outcomes"},
  {name: "Policy change over time", path: "/panel"},
  {name: "Access to nationality and naturalisation", path: "/access-to-nationality"},
  {name: "Education and PISA", path: "/education-pisa"},
  {name: "Anti-discrimination and EU-MIDIS II", path: "/anti-discrimination-eumidis"},
  {name: "Correlation explorer", path: "/explorer"},
  {name: "SQL console", path: "/sql"},
  {name: "Data and downloads", path: "/data"},
  {name: "Dimensions and approaches", path: "/dimensions"},
  {name: "How robust is each rank?", path: "/robustness"},
  {name: "Methods", path: "/methods"}
];

export default {
  title: "MIPEX Workspace",
  root: "src",
  // MIPEX_DIST lets two builds run side by side (a benchmark, a second checkout's tests) without
  // overwriting each other's output.
  output: process.env.MIPEX_DIST ?? "dist",
  pages,
  // Links end in .html (cleanUrls: false, spelled preserveExtension in Framework 1.13), so dist/ works on
  // any plain static host: a server that does not rewrite /trends to /trends.html would answer 404.
  preserveExtension: true,
  // Stable URLs for the data package, its tables and the embeddable chart module (lib/site/exported-paths.ts),
  // and the 56 country profiles of src/country/[iso3].md (lib/site/country-paths.ts).
  dynamicPaths: [...exportedPaths(), ...countryPaths()],
  // Local stylesheet: Framework's default.css plus the air (light) / near-midnight (dark) themes.
  style: "style.css",
  // Framework's default global stylesheet is the Source Serif 4 web font from Google Fonts, together
  // with a <link rel=preconnect> to fonts.gstatic.com. We load no web font: the serif stack falls
  // back to local fonts.
  globalStylesheets: [],
  // The full-text index is built at build time and served locally (MiniSearch is bundled by
  // Framework from node_modules), so search works offline.
  search: true,
  footer: `Data: ${MIPEX_CITATION}`,
  // The site's icon (src/favicon.svg; Framework copies it and makes the path relative), then two
  // accessibility fixes for content the libraries generate, applied as it appears:
  // - a scrolling table (src/components/data-table.ts, Inputs.table) must be reachable by keyboard and named
  //   (axe: scrollable-region-focusable); it is named after the heading above it;
  // - Plot labels its mark groups (<g aria-label="bar">) without a role, which ARIA does not allow on a
  //   plain <g> (axe: aria-prohibited-attr); they become named groups.
  // The Content-Security-Policy allows this inline script by its hash, computed per page after the build.
  head: `<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<script type="module">
const fix = () => {
  for (const table of document.querySelectorAll("form[class$='-table']:not([tabindex]), .mipex-table-scroll:not([aria-label])")) {
    table.tabIndex = 0;
    if (!table.getAttribute("aria-label")) {
      let heading = null;
      for (let e = table; e && !heading; e = e.parentElement) {
        for (let s = e.previousElementSibling; s && !heading; s = s.previousElementSibling) if (/^H[1-4]$/.test(s.tagName)) heading = s;
      }
      table.setAttribute("aria-label", heading ? \`Table: \${heading.textContent.trim()}\` : "Data table");
    }
  }
  for (const g of document.querySelectorAll("svg g[aria-label]:not([role])")) g.setAttribute("role", "group");
};
new MutationObserver(fix).observe(document.documentElement, {childList: true, subtree: true});
fix();
</script>`,
  // DuckDB-WASM would otherwise download the json and parquet extensions from extensions.duckdb.org
  // (null = not at all; false still downloads them). Offline, DuckDB reads CSV, JSON (its built-in
  // reader) and Arrow IPC — not Parquet.
  duckdb: {extensions: {json: null, parquet: null}}
};
