import {describe, expect, it} from "vitest";
import {SHEET_TO_ISO3, UnknownCountryError, countryByIso2, countryByIso3, eurostatGeoToIso2, isEurostatAggregate} from "../../../lib/countries/index.ts";

describe("countries", () => {
  it("knows every MIPEX sheet's country", () => {
    for (const iso3 of SHEET_TO_ISO3.values()) expect(countryByIso3(iso3).iso3).toBe(iso3);
  });

  it("has the 27 EU member states (post-Brexit) and 36 OECD members in 2019", () => {
    const all = [...new Set(SHEET_TO_ISO3.values())].map((c) => countryByIso3(c));
    expect(all.filter((c) => c.eu27)).toHaveLength(27);
    expect(countryByIso3("GBR").eu27).toBe(false);
    expect(countryByIso3("GRC").eu27).toBe(true);
    expect(countryByIso3("COL").oecd).toBe(false); // joined 2020
    expect(countryByIso3("LTU").oecd).toBe(true);
  });

  it("maps Eurostat's EL and UK and recognises aggregates", () => {
    expect(eurostatGeoToIso2("EL")).toBe("GR");
    expect(countryByIso2(eurostatGeoToIso2("UK")).iso3).toBe("GBR");
    expect(isEurostatAggregate("EU27_2020")).toBe(true);
    expect(isEurostatAggregate("DE")).toBe(false);
  });

  it("names where an unknown code came from", () => {
    expect(() => countryByIso3("XXX", "in data.xlsx sheet XX")).toThrow(UnknownCountryError);
    expect(() => countryByIso3("XXX", "in data.xlsx sheet XX")).toThrow(/"XXX" in data.xlsx sheet XX/);
  });
});
