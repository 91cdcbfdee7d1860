/** The correlation summary reports nothing below the minimum number of countries. */
import {describe, expect, it} from "vitest";
import {interpret} from "../../../../lib/findings/outcomes/prose.ts";
import {summarizeCorrelation} from "../../../../lib/findings/outcomes/summary.ts";

describe("summarizeCorrelation", () => {
  const countries = Array.from({length: 12}, (_, i) => ({iso3: `C${String(i).padStart(2, "0")}`, name: `Country ${i}`}));

  it("reports nothing below the minimum number of countries", () => {
    const rows = countries.slice(0, 9).map((c, i) => ({iso3: c.iso3, name: c.name, x: i, y: i * i, mipexYear: 2019, outcomeYear: 2019}));
    const summary = summarizeCorrelation(rows);
    expect(summary.computable).toBe(false);
    expect(summary.r).toBeNull();
    expect(interpret(summary, {x: "a", y: "b"})).toMatch(/^Not computed: 9 countries have both values; a correlation is reported only from 10 countries up/);
  });
});
