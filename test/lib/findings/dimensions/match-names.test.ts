import {describe, expect, it} from "vitest";
import {AREA_IDS, type AreaId} from "../../../../lib/mipex/areas.ts";
import {nameDimensions} from "../../../../lib/findings/dimensions/match-names.ts";

describe("nameDimensions", () => {
  it("matches dimensions to MIPEX's by the areas loading on them and counts agreeing areas", () => {
    const areas = [...AREA_IDS];
    const loads: Record<AreaId, number[]> = {
      labour_market_mobility: [0.1, 0.8, 0.1],
      anti_discrimination: [0.1, 0.9, 0.0],
      education: [0.8, 0.1, 0.1],
      political_participation: [0.7, 0.2, 0.1],
      health: [0.6, 0.1, 0.2],
      family_reunification: [0.1, 0.1, 0.8],
      permanent_residence: [0.1, 0.7, 0.2],
      access_to_nationality: [0.2, 0.1, 0.7]
    };
    const naming = nameDimensions(
      areas.map((a) => loads[a]),
      areas
    );
    expect(naming.names).toEqual(["equal_opportunities", "basic_rights", "secure_future"]);
    expect(naming.agreeing).toBe(7);
    expect(naming.areas.find((a) => a.area === "permanent_residence")?.agrees).toBe(false);
  });
});
