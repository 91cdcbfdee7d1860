import {describe, expect, it} from "vitest";
import {verbalApproach} from "../../../../lib/findings/dimensions/verbal-approach.ts";

describe("verbalApproach (the report's verbal definitions)", () => {
  it("applies the verbal definitions in order, from the halfway line or given lines", () => {
    expect(verbalApproach([50, 50, 50])).toBe("Comprehensive integration");
    expect(verbalApproach([70, 60, 49.9])).toBe("Temporary integration");
    expect(verbalApproach([40, 30, 60])).toBe("Equality on paper");
    expect(verbalApproach([40, 60, 30])).toBe("Immigration without integration");
    expect(verbalApproach([40, 60, 60])).toBe("Immigration without integration");
    expect(verbalApproach([40, 40, 40], [30, 30, 30])).toBe("Comprehensive integration");
  });
});
