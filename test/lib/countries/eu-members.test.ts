import {describe, expect, it} from "vitest";
import {EU_ACCESSION, euCohort, isEuMember} from "../../../lib/countries/eu-members.ts";
import {countryByIso3} from "../../../lib/countries/countries.ts";

describe("EU membership by year", () => {
  it("agrees with today's EU27 (is-eu-member) once the United Kingdom has left", () => {
    const today = [...EU_ACCESSION.keys()].filter((iso3) => isEuMember(iso3, 2024)).sort();
    expect(today).toHaveLength(27);
    expect(today.every((iso3) => countryByIso3(iso3).eu27)).toBe(true);
  });

  it("has 28 members in 2019, 15 old and 13 new", () => {
    expect([...EU_ACCESSION.keys()].filter((iso3) => isEuMember(iso3, 2019))).toHaveLength(28);
    expect(euCohort("old", 2019).has("GBR")).toBe(true);
    expect(euCohort("old", 2019).size).toBe(15);
    expect([...euCohort("new", 2019)].sort()).toEqual(["BGR", "CYP", "CZE", "EST", "HRV", "HUN", "LTU", "LVA", "MLT", "POL", "ROU", "SVK", "SVN"]);
    expect(isEuMember("HRV", 2012)).toBe(false);
  });
});
