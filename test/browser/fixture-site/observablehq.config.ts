// Offline regression fixture: the project's Framework config (same style, fonts, DuckDB settings),
// with this folder's src/ as root. test/browser/fixture.test.ts builds it with the network cut off and
// checks in Chromium that Plot, d3, Inputs, htl, Arquero, topojson, FileAttachment csv/arrow and
// DuckDB-WASM (DuckDBClient and sql front matter) all work from the site's own origin.
import base from "../../../observablehq.config.ts";

export default {
  ...base,
  title: "Offline fixture",
  root: "src",
  output: process.env.FIXTURE_OUTPUT ?? "dist",
  pages: [
    {name: "Libraries", path: "/"},
    {name: "Second page", path: "/second"}
  ]
};
