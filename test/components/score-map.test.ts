import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {JSDOM} from "jsdom";
import type {Topology} from "topojson-specification";
import {describe, expect, it} from "vitest";
import {SCORE_BANDS, scoreBand} from "../../lib/mipex/score-bands.ts";
import {NO_DATA_COLOR, ScoreMap, type MapCountry} from "../../src/components/score-map.ts";

const world = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("world-atlas/countries-110m.json"), "utf8")) as Topology;

function country(rank: number, iso3: string, isoNumeric: string | null, name: string, score: number): MapCountry {
  return {rank, iso3, isoNumeric, name, score, bandLabel: scoreBand(score).label};
}

describe("ScoreMap", () => {
  const {document} = new JSDOM("<!doctype html><body></body>").window;
  // Malta (470) is too small for the 1:110m outlines: it must be named as not drawn.
  const data = [country(1, "SWE", "752", "Sweden", 86.4), country(2, "SAU", "682", "Saudi Arabia", 10.4), country(3, "MLT", "470", "Malta", 48.4)];
  const figure = ScoreMap(data, {width: 640, world, bands: SCORE_BANDS, measure: "overall score 2019", document});
  // The last geo group holds the countries (the first is the sphere outline).
  const groups = [...figure.querySelectorAll("svg g[aria-label='geo']")];
  const paths = [...groups[groups.length - 1].querySelectorAll("path")];

  it("draws every country of the atlas, scored ones in their band colour and the rest grey", () => {
    expect(figure.tagName).toBe("FIGURE");
    expect(paths.length).toBe((world.objects.countries as {geometries: unknown[]}).geometries.length);
    const sweden = paths.find((p) => p.querySelector("title")?.textContent?.startsWith("Sweden"));
    expect(sweden?.getAttribute("fill")).toBe(scoreBand(86.4).color);
    expect(sweden?.querySelector("title")?.textContent).toBe("Sweden: 86.4 (rank 1, Favourable)");
    const france = paths.find((p) => p.querySelector("title")?.textContent?.startsWith("France"));
    expect(france?.getAttribute("fill")).toBe(NO_DATA_COLOR);
    expect(france?.querySelector("title")?.textContent).toBe("France: no MIPEX score");
  });

  it("has a text alternative naming the range and the countries not drawn", () => {
    const caption = figure.querySelector("figcaption")?.textContent ?? "";
    expect(caption).toContain("3 countries");
    expect(caption).toContain("from Sweden (86) to Saudi Arabia (10)");
    expect(caption).toContain("not drawn: Malta");
    expect(figure.querySelector("svg[aria-label]")?.getAttribute("aria-label")).toBe("MIPEX overall score 2019 world map");
  });
});
