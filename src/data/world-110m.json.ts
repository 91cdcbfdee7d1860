// Natural Earth 1:110m country outlines (world-atlas 2.0.2, countries-110m.json, TopoJSON) for the
// overview's world map. Read from node_modules so that no page fetches geometry from a CDN; the ids are
// ISO 3166-1 numeric codes, as countries.iso_numeric. Natural Earth is public domain; world-atlas is ISC.
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {dataLoader} from "../../loaders/data-loader.ts";

export default dataLoader(import.meta.url, () => {
  const path = createRequire(import.meta.url).resolve("world-atlas/countries-110m.json");
  const world = JSON.parse(readFileSync(path, "utf8")) as {type: string; objects: Record<string, unknown>; arcs: unknown; transform?: unknown};
  // Only the countries object: the land outline is not drawn.
  return JSON.stringify({type: world.type, transform: world.transform, objects: {countries: world.objects.countries}, arcs: world.arcs});
});
