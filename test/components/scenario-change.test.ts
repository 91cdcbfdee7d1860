import {describe, expect, it} from "vitest";
import {scenarioChange, scenarioScore} from "../../src/components/scenario-change.ts";

describe("the what-if page's numbers", () => {
  it("shows a score to fixed decimals and a dash for none", () => {
    expect(scenarioScore(54.6875)).toBe("54.69");
    expect(scenarioScore(50, 0)).toBe("50");
    expect(scenarioScore(null)).toBe("—");
    expect(scenarioScore(NaN)).toBe("—");
  });

  it("writes a change's sign out: plus, minus sign, plus-minus for none", () => {
    expect(scenarioChange(1.25)).toBe("+1.25");
    expect(scenarioChange(-0.5, 1)).toBe("−0.5");
    expect(scenarioChange(0)).toBe("±0.00");
    expect(scenarioChange(undefined)).toBe("—");
  });
});
