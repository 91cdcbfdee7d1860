import * as Plot from "@observablehq/plot";
import * as topojson from "topojson-client";
import type {Feature, Geometry} from "geojson";
import type {GeometryCollection, Topology} from "topojson-specification";
import type {ScoreBand} from "../../lib/mipex/score-bands.ts";
import {chartFigure} from "./chart-figure.js";
import {fixed} from "./lib/format.js";

/** One scored country on the map. */
export interface MapCountry {
  iso3: string;
  /** ISO 3166-1 numeric code, the world-atlas geometry id (e.g. "752"). */
  isoNumeric: string | null;
  name: string;
  rank: number;
  score: number;
  bandLabel: string;
}

export interface ScoreMapOptions {
  width: number;
  /** world-atlas countries-110m TopoJSON (src/data/world-110m.json). */
  world: Topology;
  bands: readonly ScoreBand[];
  /** Named in the caption, e.g. "overall score 2019 with health". */
  measure?: string;
  document?: Document;
}

/** The colour of countries without a MIPEX score. */
export const NO_DATA_COLOR = "#c8c8c8";
const NO_DATA_LABEL = "No MIPEX score";

type CountryFeature = Feature<Geometry, {name: string}> & {id?: string | number};

/**
 * A world map (equal-earth projection) of MIPEX scores coloured by score band; countries without a
 * MIPEX score are grey. Each country's title is its name and score (a tooltip in the browser). Returns a
 * <figure> whose caption is the map's text alternative, naming the countries that could not be placed.
 *
 * @example
 * display(ScoreMap(overview.map, {width, world, bands: overview.bands}));
 */
export function ScoreMap(
  data: readonly MapCountry[],
  {width, world, bands, measure = "overall score", document = globalThis.document}: ScoreMapOptions
): HTMLElement {
  const features = (topojson.feature(world, world.objects.countries as GeometryCollection<{name: string}>) as unknown as {features: CountryFeature[]}).features;
  const byNumeric = new Map(data.filter((d) => d.isoNumeric !== null).map((d) => [String(d.isoNumeric), d]));
  const placed = new Set<string>();
  const rows = features.map((f) => {
    const country = f.id === undefined ? undefined : byNumeric.get(String(f.id));
    if (country) placed.add(country.iso3);
    return {feature: f, country};
  });
  const unplaced = data.filter((d) => !placed.has(d.iso3));
  const sorted = [...data].sort((a, b) => b.score - a.score);
  const description =
    `World map of the MIPEX ${measure} of ${data.length} countries, coloured by score band` +
    (sorted.length > 0
      ? `, from ${sorted[0].name} (${fixed(sorted[0].score, 0)}) to ${sorted[sorted.length - 1].name} (${fixed(sorted[sorted.length - 1].score, 0)})`
      : "") +
    `; countries without a MIPEX score are grey.` +
    (unplaced.length > 0 ? ` Too small for the 1:110m outlines and not drawn: ${unplaced.map((d) => d.name).join(", ")}.` : "") +
    " The table below lists every score.";
  const used = bands.filter((b) => data.some((d) => d.bandLabel === b.label));
  const svg = Plot.plot({
    document,
    width,
    height: Math.round(width * 0.5),
    projection: {type: "equal-earth", domain: {type: "Sphere"}},
    color: {domain: [...used.map((b) => b.label), NO_DATA_LABEL], range: [...used.map((b) => b.color), NO_DATA_COLOR], legend: true, label: "Score band"},
    ariaLabel: `MIPEX ${measure} world map`,
    ariaDescription: description,
    marks: [
      Plot.sphere({stroke: "currentColor", strokeOpacity: 0.3}),
      Plot.geo(rows, {
        geometry: (d: (typeof rows)[number]) => d.feature,
        fill: (d: (typeof rows)[number]) => d.country?.bandLabel ?? NO_DATA_LABEL,
        stroke: "white",
        strokeWidth: 0.4,
        title: (d: (typeof rows)[number]) =>
          d.country
            ? `${d.country.name}: ${fixed(d.country.score, 1)} (rank ${d.country.rank}, ${d.country.bandLabel})`
            : `${d.feature.properties?.name ?? "Unknown"}: no MIPEX score`
      })
    ]
  });
  return chartFigure(svg, description, document);
}
