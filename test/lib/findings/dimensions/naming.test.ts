import {describe, expect, it} from "vitest";
import {nameFromLoadings} from "../../../../lib/findings/dimensions/naming.ts";
import {ind, indicators, loadings} from "./naming-case.ts";

describe("naming rotated components from the indicators that load on them", () => {
  it("names each component after the MIPEX dimension carrying most of its members' squared loading", () => {
    const naming = nameFromLoadings(loadings, indicators);
    expect(naming.components.map((c) => c.name)).toEqual(["secure_future", "basic_rights", "equal_opportunities"]);
    expect(naming.membership).toEqual([1, 1, 1, 2, 2, 3, 3]);
    expect(naming.components[0].support.secure_future).toBe(1);
    expect(naming.components[0].varianceShare).toBeCloseTo((0.81 + 0.64 + 0.49 + 0.01 + 0.04 + 0 + 0.01) / 7, 12);
    expect(naming.components[2].top[0]).toMatchObject({code: "ed1", loading: 0.9});
  });

  it("does not force a one-to-one match: two components may share a name and a dimension may have none", () => {
    const twoEqual = nameFromLoadings(
      [
        [0.9, 0.1],
        [0.1, 0.9],
        [0.8, 0.2],
        [0.2, 0.7]
      ],
      [ind("ed1", "education"), ind("he1", "health"), ind("pp1", "political_participation"), ind("he2", "health")]
    );
    expect(twoEqual.components.map((c) => c.name)).toEqual(["equal_opportunities", "equal_opportunities"]);
    expect(twoEqual.unnamed).toEqual(["basic_rights", "secure_future"]);
  });

  it("counts agreeing areas and gives the exact chance level of that count", () => {
    const naming = nameFromLoadings(loadings, indicators);
    expect(naming.agreeing).toBe(5);
    expect(naming.areas.find((a) => a.area === "education")).toMatchObject({dominantComponent: 3, agrees: true});
    // Five areas with labels SF, SF, BR, EO, EO: all five agree in 1 × 2 × 2 of 5! orderings.
    expect(naming.chance.pAtLeastObserved).toBeCloseTo(4 / 120, 12);
  });
});
