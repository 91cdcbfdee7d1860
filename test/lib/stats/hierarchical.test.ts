import {describe, expect, it} from "vitest";
import {agnes} from "ml-hclust";
import {cutTree, wardClustering} from "../../../lib/stats/hierarchical.ts";
import {adjustedRandIndex} from "../../../lib/stats/adjusted-rand.ts";
import {StatsInputError} from "../../../lib/stats/errors.ts";
import {expectAllClose, readFixture} from "./r-fixtures.ts";

const fixture = readFixture("clustering.json");

describe("wardClustering against R hclust(method = 'ward.D2')", () => {
  const tree = wardClustering(fixture.arrests);
  it("reproduces merge matrix, heights (1e-12) and order on USArrests", () => {
    expect(tree.merge).toEqual(fixture.ward.merge);
    expectAllClose(tree.height, fixture.ward.height, 1e-12);
    expect(tree.order.map((i) => i + 1)).toEqual(fixture.ward.order);
  });
  it("reproduces cutree labels for k = 2…6", () => {
    fixture.ward.cutree.forEach((expected: number[], index: number) => expect(cutTree(tree, index + 2)).toEqual(expected));
    expect(cutTree(tree, 1).every((label) => label === 1)).toBe(true);
    expect(cutTree(tree, 50)).toEqual(Array.from({length: 50}, (_, i) => i + 1));
  });
  it("matches heights, merges and cuts on tie-heavy 0/50/100 data", () => {
    const tied = wardClustering(fixture.ties.data);
    expectAllClose(tied.height, fixture.ties.height, 1e-12);
    expect(tied.merge).toEqual(fixture.ties.merge);
    fixture.ties.cutree.forEach((expected: number[], index: number) => {
      expect(adjustedRandIndex(cutTree(tied, index + 2), expected)).toBe(1);
      expect(cutTree(tied, index + 2)).toEqual(expected);
    });
  });
  it("documents ml-hclust: 'ward' is R's ward.D and 'ward2' is ward.D2", () => {
    const heights = (method: "ward" | "ward2") => {
      const found: number[] = [];
      const visit = (node: {height: number; children: unknown[]}) => {
        if (node.children.length > 0) {
          found.push(node.height);
          node.children.forEach((child) => visit(child as typeof node));
        }
      };
      visit(agnes(fixture.arrests, {method}) as unknown as {height: number; children: unknown[]});
      return found.sort((a, b) => a - b);
    };
    expectAllClose(heights("ward2"), fixture.ward.height, 1e-10);
    expectAllClose(
      heights("ward"),
      [...fixture.ward.heightWardD].sort((a: number, b: number) => a - b),
      1e-10
    );
  });
  it("validates input", () => {
    expect(() => wardClustering([[1, 2]])).toThrow(/at least 2 rows/);
    expect(() =>
      wardClustering([
        [1, 2],
        [1, NaN]
      ])
    ).toThrow(StatsInputError);
    expect(() => cutTree(tree, 51)).toThrow(/^k: cannot exceed/);
    expect(() => cutTree(tree, 0)).toThrow(/^k/);
  });
});
