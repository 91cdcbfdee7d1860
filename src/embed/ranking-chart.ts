/**
 * Exported module (Framework "embeds": served at the stable URL /embed/ranking-chart.js because
 * observablehq.config.ts lists it in dynamicPaths). Another site can show the ranking chart without
 * an iframe:
 *
 *   <div id="mipex-ranking"></div>
 *   <script type="module">
 *     import {RankingChart} from "https://<this site>/embed/ranking-chart.js";
 *     document.querySelector("#mipex-ranking").append(await RankingChart({variant: "without_health"}));
 *   </script>
 *
 * The data (data/ranking-variants.json) and Plot are loaded from this site, relative to the module.
 *
 * The chart is drawn here rather than by src/components/ranking-chart.ts because an exported module
 * must import Plot as npm:@observablehq/plot (see observablehq-stdlib.d.ts); it draws the same bars,
 * band colours, labels and caption.
 */
import * as Plot from "npm:@observablehq/plot";
import {FileAttachment, resize} from "observablehq:stdlib";
import type {RankedCountry} from "../../lib/findings/ranking.ts";
import type {ScoreBand} from "../../lib/mipex/score-bands.ts";
import {fixed} from "../components/lib/format.js";

export interface RankingVariants {
  year: number;
  edition: string;
  bands: ScoreBand[];
  variants: {id: string; label: string; ranking: RankedCountry[]}[];
}

export const VARIANT_IDS = ["with_health", "without_health", "without_health_education"] as const;
export type VariantId = (typeof VARIANT_IDS)[number];

/** The ranking data behind the chart, all three variants. */
export async function rankingVariants(): Promise<RankingVariants> {
  return (await FileAttachment("../data/ranking-variants.json").json()) as RankingVariants;
}

/** A known variant id, else with_health. */
export function variantOf(value: string | null | undefined): VariantId {
  return (VARIANT_IDS as readonly string[]).includes(value ?? "") ? (value as VariantId) : "with_health";
}

export interface EmbedOptions {
  /** with_health (default), without_health or without_health_education. */
  variant?: string;
  /** Fixed width in pixels; by default the chart fills its container and follows its width. */
  width?: number;
}

/** Bars from the highest score down, coloured by score band, in a <figure> whose caption is the text alternative. */
export function rankingFigure(data: readonly RankedCountry[], bands: readonly ScoreBand[], width: number): HTMLElement {
  const top = data[0];
  const bottom = data[data.length - 1];
  const description =
    `Bar chart of ${data.length} countries ranked by MIPEX overall score, from ${top.name} (${fixed(top.score, 0)}) ` +
    `to ${bottom.name} (${fixed(bottom.score, 0)}), coloured by score band.`;
  const svg = Plot.plot({
    width,
    height: 18 * data.length + 40,
    marginLeft: 130,
    marginRight: 40,
    x: {domain: [0, 100], label: "Overall score (0–100) →", grid: true},
    y: {domain: data.map((d) => d.name), label: null},
    color: {domain: bands.map((b) => b.label), range: bands.map((b) => b.color), legend: true, label: "Score band"},
    ariaLabel: "MIPEX ranking",
    ariaDescription: description,
    marks: [
      Plot.barX(data, {
        x: "score",
        y: "name",
        fill: "bandLabel",
        stroke: "currentColor",
        strokeOpacity: 0.25,
        title: (d: RankedCountry) => `${d.rank}. ${d.name}: ${fixed(d.score, 1)} (${d.bandLabel})`
      }),
      Plot.text(data, {x: "score", y: "name", text: (d: RankedCountry) => fixed(d.score, 0), dx: 4, textAnchor: "start", fill: "currentColor"}),
      // Decorative; hidden so its aria-label does not sit on a role-less <g> (axe aria-prohibited-attr).
      Plot.ruleX([0], {ariaHidden: "true"})
    ]
  });
  const figure = document.createElement("figure");
  figure.style.maxWidth = "none";
  figure.style.margin = "0";
  figure.append(svg);
  const caption = document.createElement("figcaption");
  caption.textContent = description;
  figure.append(caption);
  return figure;
}

/**
 * The site's root URL from this module's URL: /embed/ranking-chart.js when exported, or
 * /_import/embed/ranking-chart.<hash>.js when a page of the site imports it.
 *
 * @example
 * siteRoot("https://example.org/mipex/embed/ranking-chart.js") // "https://example.org/mipex/"
 */
export function siteRoot(moduleUrl: string): string {
  const url = new URL(moduleUrl);
  const i = url.pathname.indexOf("/_import/");
  return new URL(i >= 0 ? url.pathname.slice(0, i + 1) : "../", url).href;
}

/**
 * The 2019 ranking chart with a heading line and the MIPEX citation, as one element.
 */
export async function RankingChart({variant, width}: EmbedOptions = {}): Promise<HTMLElement> {
  const data = await rankingVariants();
  const chosen = data.variants.find((v) => v.id === variantOf(variant))!;
  const root = document.createElement("div");
  root.className = "mipex-embed-ranking";
  root.setAttribute("data-variant", chosen.id);
  const title = document.createElement("p");
  title.style.fontWeight = "600";
  title.style.margin = "0 0 0.5rem";
  title.textContent = `MIPEX ${data.year} ranking: ${chosen.label}`;
  const render = (w: number) => rankingFigure(chosen.ranking, data.bands, w);
  const chart = width ? render(width) : resize((w) => render(w));
  const source = document.createElement("p");
  source.style.fontSize = "0.85em";
  source.style.margin = "0.5rem 0 0";
  source.append(
    "Data: Solano, G. and Huddleston, T. (2020). Migrant Integration Policy Index 2020. Barcelona/Brussels: CIDOB and MPG. ISBN 978-84-92511-83-9. Scores recomputed by the "
  );
  const link = document.createElement("a");
  link.href = siteRoot(import.meta.url);
  link.target = "_blank";
  link.rel = "noopener";
  link.textContent = "MIPEX Workspace";
  source.append(link, ".");
  root.append(title, chart, source);
  return root;
}
