import {describe, expect, it} from "vitest";
import {linearForm} from "../../../lib/mipex/linear-formula.ts";

const weights = (formula: string) => {
  const form = linearForm(formula);
  return form && Object.fromEntries([...form.coefficients].map(([c, w]) => [c, Number(w.toFixed(6))]));
};

describe("linearForm", () => {
  it("reads a plain average", () => {
    expect(weights("AVERAGE(E24, H24,K24)")).toEqual({5: 0.333333, 8: 0.333333, 11: 0.333333});
  });

  it("reads MIPEX's average of sub-means (permanent residence)", () => {
    expect(weights("AVERAGE(E108,((H108+K108)/2),((N108+Q108+T108)/3),W108)")).toEqual({
      5: 0.25,
      8: 0.125,
      11: 0.125,
      14: 0.083333,
      17: 0.083333,
      20: 0.083333,
      23: 0.25
    });
  });

  it("reads weighted sums and the health formula's trailing division", () => {
    expect(weights("0.67*AI45+0.33*AL45")).toEqual({35: 0.67, 38: 0.33});
    const health = linearForm("AVERAGE((E171+K171+Q171)/3+(H171+N171+T171)/3+W171+Z171)/4")!;
    expect([...health.coefficients.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it("refuses what is not linear in cells", () => {
    expect(linearForm("IF(A1>2,1,0)")).toBeNull();
    expect(linearForm("E1*F1")).toBeNull();
    expect(linearForm("AVERAGE(E1:E9)")).toBeNull();
    expect(linearForm("E1/F1")).toBeNull();
  });
});
