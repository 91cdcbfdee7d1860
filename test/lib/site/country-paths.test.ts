import {describe, expect, it} from "vitest";
import {countryPaths, mipexCountryCodes} from "../../../lib/site/country-paths.ts";

describe("country profile paths", () => {
  it("lists the 56 MIPEX countries once each, GBR and TUR included", () => {
    const codes = mipexCountryCodes();
    expect(codes).toHaveLength(56);
    expect(new Set(codes).size).toBe(56);
    expect(codes).toContain("GBR");
    expect(codes).toContain("TUR");
    expect(codes).toEqual([...codes].sort());
  });

  it("gives /country/<ISO3> paths only when the parameterized page exists", () => {
    expect(countryPaths("src")).toEqual(mipexCountryCodes().map((c) => `/country/${c}`));
    expect(countryPaths("test/browser/fixture-site/src")).toEqual([]);
  });
});
