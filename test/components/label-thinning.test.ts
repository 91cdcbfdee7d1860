import {describe, expect, it} from "vitest";
import {labelsThatFit} from "../../src/components/label-thinning.ts";

const layout = {x: (d: {x: number}) => d.x, y: (d: {y: number}) => d.y, text: (d: {iso3: string}) => d.iso3, width: 400, height: 300};

describe("labelsThatFit", () => {
  it("leaves out a label that would overlap, keeping the outlier's", () => {
    const rows = [
      {x: 0.5, y: 0.5, iso3: "SWE"},
      {x: 0.501, y: 0.5, iso3: "NOR"},
      {x: 0, y: 0, iso3: "FIN"},
      {x: 1, y: 1, iso3: "DEU"}
    ];
    const kept = labelsThatFit(rows, layout);
    expect(kept.has(rows[2]) && kept.has(rows[3])).toBe(true);
    expect(Number(kept.has(rows[0])) + Number(kept.has(rows[1]))).toBe(1);
  });
  it("keeps every label when none overlaps", () => {
    const rows = Array.from({length: 5}, (_, i) => ({x: i, y: i, iso3: `C${i}`}));
    expect(labelsThatFit(rows, layout).size).toBe(5);
  });
  it("never lets two kept labels overlap in a dense cloud", () => {
    const rows = [
      ...Array.from({length: 60}, (_, i) => ({x: (i % 6) * 0.01, y: Math.floor(i / 6) * 0.01, iso3: `C${String(i).padStart(2, "0")}`})),
      {x: 1, y: 1, iso3: "FAR"}
    ];
    const kept = labelsThatFit(rows, layout);
    expect(kept.size).toBeGreaterThan(2);
    expect(kept.size).toBeLessThan(20);
  });
});
