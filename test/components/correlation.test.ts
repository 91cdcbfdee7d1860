import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import type {PairRow} from "../../lib/findings/outcomes/pairs.ts";
import {summarizeCorrelation} from "../../lib/findings/outcomes/summary.ts";
import {CorrelationScatter} from "../../src/components/correlation-scatter.ts";
import {CorrelationStats, MissingCountries} from "../../src/components/correlation-stats.ts";

const rows: PairRow[] = Array.from({length: 14}, (_, i) => ({
  iso3: `C${String(i).padStart(2, "0")}`,
  name: `Country ${i}`,
  x: 20 + 4 * i,
  y: 10 + 2 * i + ((i * 7) % 5),
  mipexYear: 2019,
  outcomeYear: 2019
}));

describe("CorrelationScatter", () => {
  const {document} = new JSDOM("<!doctype html><body></body>").window;
  const summary = summarizeCorrelation(rows, {replicates: 199});

  it("draws a labelled dot per country, the fitted line and band, and a caption with r", () => {
    const figure = CorrelationScatter(rows, {width: 640, summary, xLabel: "Policy", yLabel: "Outcome", document});
    expect(figure.tagName).toBe("FIGURE");
    const dots = figure.querySelectorAll("g[aria-label='dot']");
    expect(dots[0].querySelectorAll("circle").length).toBe(rows.length);
    // The ring around the most influential country.
    expect(dots[1].querySelectorAll("circle").length).toBe(1);
    expect([...figure.querySelectorAll("g[aria-label='text'] text")].map((t) => t.textContent)).toContain("C00");
    expect(figure.querySelector("g[aria-label='line'] path")).not.toBeNull();
    expect(figure.querySelector("g[aria-label='area'] path")).not.toBeNull();
    expect(figure.querySelector("figcaption")?.textContent).toContain(`Pearson r = ${summary.r!.toFixed(2)}`);
  });

  it("writes a falling fitted line with a minus sign, never '+ -'", () => {
    const falling = rows.map((r) => ({...r, y: -r.y}));
    const fallingSummary = summarizeCorrelation(falling, {replicates: 199});
    const caption = CorrelationScatter(falling, {width: 640, summary: fallingSummary, xLabel: "Policy", yLabel: "Outcome", document}).querySelector(
      "figcaption"
    )!.textContent!;
    expect(caption).toMatch(/fitted line y = \u2212\d+\.\d\d \u2212 \d\.\d{3}·x/);
    expect(caption).not.toContain("+ -");
    expect(CorrelationStats(fallingSummary, {document}).textContent).toContain(fallingSummary.fittedLine!);
  });

  it("fits no line below the minimum and says why", () => {
    const few = rows.slice(0, 6);
    const figure = CorrelationScatter(few, {width: 640, summary: summarizeCorrelation(few), xLabel: "Policy", yLabel: "Outcome", document});
    expect(figure.querySelector("g[aria-label='line']")).toBeNull();
    expect(figure.querySelector("figcaption")?.textContent).toContain("No line is fitted: 6 countries have both values");
  });
});

describe("CorrelationStats and MissingCountries", () => {
  const {document} = new JSDOM("<!doctype html><body></body>").window;

  it("lists r with its intervals, ρ, permutation p and the most influential country", () => {
    const table = CorrelationStats(summarizeCorrelation(rows, {replicates: 199}), {document});
    const text = table.textContent!;
    expect(text).toContain("Countries (n)14");
    expect(text).toMatch(/Pearson r0\.\d\d {2}95 % CI \[/);
    expect(text).toContain("Spearman ρ");
    expect(text).toContain("Most influential country");
    expect(text).toContain("199 bootstrap resamples and permutations, seed 2020");
    expect(text).toContain("(BCa bootstrap)");
    expect(text).not.toContain("Bootstrap intervals");
  });

  it("gives the percentile interval, labelled, and says why where BCa is undefined (an outcome monotone in the score)", () => {
    const monotone = rows.map((row) => ({...row, y: row.x ** 3}));
    const text = CorrelationStats(summarizeCorrelation(monotone, {replicates: 199}), {document}).textContent!;
    expect(text).toContain("Spearman ρ1.00  95 % CI [1.00, 1.00] (percentile bootstrap)");
    expect(text).toContain("Bootstrap intervalsBCa is undefined for ρ, all replicates lie on one side of the estimate");
    expect(text).toContain("the percentile interval is given instead");
  });

  it("shows the family-adjusted p in its own row when given, and no such row otherwise", () => {
    const summary = summarizeCorrelation(rows, {replicates: 199});
    const family = {size: 6, family: "policy–outcome links", raw: 0.01, holm: 0.06, bh: 0.02};
    expect(CorrelationStats(summary, {document, family}).textContent).toContain(
      "Adjusted p over 6 policy–outcome links (Holm · Benjamini–Hochberg)0.060 · 0.020 (raw 0.010)"
    );
    expect(CorrelationStats(summary, {document}).textContent).not.toContain("Adjusted p");
  });

  it("says why nothing was computed", () => {
    expect(CorrelationStats(summarizeCorrelation(rows.slice(0, 3)), {document}).textContent).toContain("not computed: 3 countries have both values");
  });

  it("names missing countries and shows conflicting values without averaging them", () => {
    const p = MissingCountries(
      [
        {iso3: "ALB", name: "Albania", reason: "no outcome value"},
        {iso3: "AUT", name: "Austria", reason: "conflicting outcome values", values: [47, 46]}
      ],
      {document}
    );
    expect(p.textContent).toBe(
      "MIPEX countries missing (2 of 56): Albania. Left out because the sources disagree (never averaged or picked): Austria (47 vs 46)."
    );
  });
});
