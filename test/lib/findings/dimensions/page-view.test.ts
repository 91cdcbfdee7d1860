import {describe, expect, it} from "vitest";
import {commonMove} from "../../../../lib/findings/dimensions/page-view.ts";

// dimensionsPageView itself is checked on the real analysis in test/lib/findings/dimensions.test.ts.
describe("commonMove", () => {
  it("finds the most common published → computed difference, the first met on a tie", () => {
    const differs = [
      {name: "A", published: "Equality on paper", approach: "Temporary integration"},
      {name: "B", published: "Temporary integration", approach: "Comprehensive integration"},
      {name: "C", published: "Temporary integration", approach: "Comprehensive integration"},
      {name: "D", published: "Equality on paper", approach: "Immigration without integration"}
    ] as const;
    expect(commonMove(differs)).toEqual({published: "Temporary integration", computed: "Comprehensive integration", count: 2, names: ["B", "C"]});
    expect(commonMove([differs[0], differs[3]])?.names).toEqual(["A"]);
  });

  it("is null when no country differs", () => {
    expect(commonMove([])).toBeNull();
  });
});
