import {describe, expect, it} from "vitest";
import {
  bytes,
  cellText,
  compact,
  fixed,
  fixedFormat,
  integer,
  MINUS,
  numberOrTextFormat,
  pClause,
  percent,
  plainInteger,
  plainNumber,
  pValue,
  round,
  signed,
  signedFormat,
  snapZero,
  yearFormat
} from "../../../lib/format/number.ts";

describe("the minus sign", () => {
  it("is U+2212 in display text", () => {
    expect(MINUS).toBe("\u2212");
    expect(fixed(-0.07, 2)).toBe("\u22120.07");
    expect(signed(-2.5, 1)).toBe("\u22122.5");
    expect(plainInteger(-3)).toBe("\u22123");
    expect(integer(-12345)).toBe("\u221212,345");
    expect(percent(-0.125, 1)).toBe("\u221212.5 %");
    expect(compact(-1.25, 2)).toBe("\u22121.25");
    expect(cellText(-0.5)).toBe("\u22120.50");
    expect(cellText(-7)).toBe("\u22127");
  });
  it("never appears as a hyphen-minus in display text", () => {
    for (const text of [fixed(-1), signed(-1), plainInteger(-1), integer(-1), percent(-1), compact(-1), cellText(-1.5)]) {
      expect(text).not.toContain("-");
    }
  });
  it("stays ASCII in data: round and plainNumber", () => {
    expect(round(-0.123456, 3)).toBe(-0.123);
    expect(plainNumber(-0.123456, 3)).toBe("-0.123");
  });
});

describe("fixed", () => {
  it("uses the given decimals, never exponent notation", () => {
    expect(fixed(58.3333, 1)).toBe("58.3");
    expect(fixed(25, 2)).toBe("25.00");
    expect(fixed(69.75, 1)).toBe("69.8");
    expect(fixed(1.4e-14, 2)).toBe("0.00");
    expect(fixed(-8.9e-16, 1)).toBe("0.0");
    expect(fixed(-0.001, 2)).toBe("0.00");
  });
  it("shows a missing value as a dash", () => {
    expect(fixed(null)).toBe("—");
    expect(fixed(undefined)).toBe("—");
    expect(fixed(Number.NaN)).toBe("—");
  });
});

describe("signed", () => {
  it("puts a sign on non-zero values and none on zero or noise", () => {
    expect(signed(2.1234, 2)).toBe("+2.12");
    expect(signed(-0.06731859, 2)).toBe(`${MINUS}0.07`);
    expect(signed(-0.9424603, 2)).toBe(`${MINUS}0.94`);
    expect(signed(0, 2)).toBe("0.00");
    expect(signed(1.4e-14, 1)).toBe("0.0");
    expect(signed(-8.881784197001252e-16, 3)).toBe("0.000");
    expect(signed(null)).toBe("—");
  });
  it("marks a real value smaller than the decimals instead of printing a signed zero", () => {
    expect(signed(0.0004, 2)).toBe("+<0.01");
    expect(signed(-0.0004, 3)).toBe(`${MINUS}<0.001`);
  });
});

describe("counts, shares and p-values", () => {
  it("groups thousands in counts only", () => {
    expect(integer(49258)).toBe("49,258");
    expect(integer(999)).toBe("999");
    expect(integer(null)).toBe("—");
  });
  it("writes shares as percentages", () => {
    expect(percent(0.375, 1)).toBe("37.5 %");
    expect(percent(0.5)).toBe("50 %");
  });
  it("writes small p-values as a bound", () => {
    expect(pValue(0.0004)).toBe("< 0.001");
    expect(pValue(0.0234)).toBe("0.023");
    expect(pValue(0.04, 4)).toBe("0.0400");
    expect(pClause(0.0004)).toBe("< 0.001");
    expect(pClause(0.0234)).toBe("= 0.023");
  });
  it("drops trailing zeros in compact numbers", () => {
    expect(compact(0.5)).toBe("0.5");
    expect(compact(2, 3)).toBe("2");
    expect(compact(-1e-12, 3)).toBe("0");
  });
  it("writes file sizes in KB or MB", () => {
    expect(bytes(1536)).toBe("1.5 KB");
    expect(bytes(3_500_000)).toBe("3.3 MB");
    expect(bytes(null)).toBe("—");
  });
  it("rounds like the text it would print", () => {
    expect(round(0.1 + 0.2, 9)).toBe(0.3);
    expect(round(1.005, 2)).toBe(Number((1.005).toFixed(2)));
  });
});

describe("table formatters take the value only", () => {
  // Inputs.table calls format(value, rowIndex, rows): extra arguments must not change the output.
  const call = (f: (...args: never[]) => string, value: unknown, row: number) => (f as (...a: unknown[]) => string)(value, row, []);
  it("keeps the same decimals on every row", () => {
    const f = fixedFormat(1);
    expect([0, 1, 7, 12].map((row) => call(f, 25, row))).toEqual(["25.0", "25.0", "25.0", "25.0"]);
    const s = signedFormat(2);
    expect([0, 5].map((row) => call(s, 1.5, row))).toEqual(["+1.50", "+1.50"]);
    const n = numberOrTextFormat(3);
    expect([call(n, 1.23456, 4), call(n, "text", 9), call(n, null, 2)]).toEqual(["1.235", "text", "—"]);
  });
  it("formats years without a thousands separator", () => {
    expect(call(yearFormat, 2016, 3)).toBe("2016");
    expect(plainInteger(2019)).toBe("2019");
    expect(plainInteger("2014")).toBe("2014");
    expect(plainInteger(null)).toBe("—");
  });
});

describe("cellText", () => {
  it("writes whole numbers, decimals, dates and booleans", () => {
    expect([cellText(2019), cellText(49258), cellText(0.12345), cellText(null), cellText(true)]).toEqual(["2019", "49,258", "0.12", "—", "yes"]);
    expect(cellText(new Date("2020-01-02T00:00:00Z"))).toBe("2020-01-02");
    expect(cellText([1, 2.5])).toBe("1, 2.50");
  });
});

describe("snapZero", () => {
  it("snaps noise to zero", () => {
    expect(snapZero(1e-10)).toBe(0);
    expect(Object.is(snapZero(-0), 0)).toBe(true);
    expect(snapZero(1e-6)).toBe(1e-6);
  });
});
