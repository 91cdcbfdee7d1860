import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {varimax} from "../../../lib/stats/varimax.ts";

interface Case {
  name: string;
  normalize: boolean;
  x: number[][];
  loadings: number[][];
  rotation: number[][];
}
const cases = JSON.parse(readFileSync(new URL("../../fixtures/r/varimax.json", import.meta.url), "utf8")) as Case[];

describe("varimax", () => {
  for (const c of cases) {
    it(`matches R's stats::varimax (${c.name}, normalize = ${c.normalize})`, () => {
      const result = varimax(c.x, {normalize: c.normalize});
      result.loadings.forEach((row, i) => row.forEach((v, k) => expect(v).toBeCloseTo(c.loadings[i][k], 8)));
      result.rotation.forEach((row, i) => row.forEach((v, k) => expect(v).toBeCloseTo(c.rotation[i][k], 8)));
    });
  }

  it("keeps communalities (row sums of squares): the rotation is orthogonal", () => {
    const x = cases[2].x;
    const rotated = varimax(x).loadings;
    x.forEach((row, i) =>
      expect(rotated[i].reduce((s, v) => s + v * v, 0)).toBeCloseTo(
        row.reduce((s, v) => s + v * v, 0),
        12
      )
    );
  });

  it("rejects a ragged matrix", () => {
    expect(() => varimax([[1, 2], [3]])).toThrow(/finite matrix/);
  });
});
