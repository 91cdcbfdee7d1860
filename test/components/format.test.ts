import {describe, expect, it} from "vitest";
import {
  countRepeats,
  fixed,
  fixedFormat,
  noun,
  numberOrTextFormat,
  plainInteger,
  plural,
  sentences,
  signed,
  signedFormat,
  snapZero,
  yearFormat
} from "../../src/components/format.ts";

describe("fixed", () => {
  it("uses the given decimals, never exponent notation", () => {
    expect(fixed(58.3333, 1)).toBe("58.3");
    expect(fixed(25, 2)).toBe("25.00");
    expect(fixed(69.75, 1)).toBe("69.8");
    expect(fixed(1.4e-14, 2)).toBe("0.00");
    expect(fixed(-8.9e-16, 1)).toBe("0.0");
    expect(fixed(-0.001, 2)).toBe("0.00");
    expect(fixed(-0.07, 2)).toBe("-0.07");
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
    expect(signed(-0.06731859, 2)).toBe("-0.07");
    expect(signed(-0.9424603, 2)).toBe("-0.94");
    expect(signed(0, 2)).toBe("0.00");
    expect(signed(1.4e-14, 1)).toBe("0.0");
    expect(signed(-8.881784197001252e-16, 3)).toBe("0.000");
    expect(signed(null)).toBe("—");
  });
  it("marks a real value smaller than the decimals instead of printing a signed zero", () => {
    expect(signed(0.0004, 2)).toBe("+<0.01");
    expect(signed(-0.0004, 3)).toBe("-<0.001");
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

describe("text helpers", () => {
  it("pluralises", () => {
    expect(plural(1, "country", "countries")).toBe("1 country");
    expect(plural(0, "country", "countries")).toBe("0 countries");
    expect(plural(3, "row")).toBe("3 rows");
    expect(noun(1, "country", "countries")).toBe("country");
    expect(noun(2, "country", "countries")).toBe("countries");
  });
  it("joins sentence parts with full stops", () => {
    expect(sentences(["the mean is the comparable figure", "Source: derived"])).toBe("the mean is the comparable figure. Source: derived.");
    expect(sentences(["Done.", "", null, undefined, false, "  Next  "])).toBe("Done. Next.");
    expect(sentences(["Why?", "Because…"])).toBe("Why? Because…");
  });
  it("counts repeats in first-seen order", () => {
    expect(countRepeats(["India 2019", "Ukraine 2019", "Ukraine 2019"])).toEqual([
      {item: "India 2019", n: 1},
      {item: "Ukraine 2019", n: 2}
    ]);
  });
  it("snaps noise to zero", () => {
    expect(snapZero(1e-10)).toBe(0);
    expect(Object.is(snapZero(-0), 0)).toBe(true);
    expect(snapZero(1e-6)).toBe(1e-6);
  });
});
