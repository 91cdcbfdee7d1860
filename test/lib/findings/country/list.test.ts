import {describe, expect, it} from "vitest";
import {countriesByName, countryList} from "../../../../lib/findings/country/list.ts";
import {groupNames, type CountryProfile} from "../../../../lib/findings/country/profile.ts";

describe("countries list", () => {
  it("gives each profile one row: rank among all, computed and published approach", () => {
    const profile = {
      iso3: "AAA",
      name: "Aland",
      region: "Europe",
      groups: {eu27: true, oecd: false, traditionalDestination: false},
      editions: ["2020", "2025"],
      overall2019: 55,
      bandLabel: "Halfway favourable",
      ranks: [
        {group: "eu27", rank: 3},
        {group: "all", rank: 9}
      ],
      approach: {computed: "Equality on paper", published: null, publishedAlternatives: ["Temporary integration", "Equality on paper"]}
    } as unknown as CountryProfile;
    expect(countryList([profile])[0]).toMatchObject({
      editions: "2020, 2025",
      rank2019: 9,
      eu27: true,
      publishedApproach: "Temporary integration / Equality on paper"
    });
    expect(countryList([{...profile, ranks: [], approach: {...profile.approach, publishedAlternatives: []}}])[0]).toMatchObject({
      rank2019: null,
      publishedApproach: null
    });
  });

  it("orders the links by name and names the groups a country belongs to", () => {
    expect(countriesByName([{iso3: "SWE", name: "Sweden", x: 1} as never, {iso3: "AUT", name: "Austria"}])).toEqual([
      {iso3: "AUT", name: "Austria"},
      {iso3: "SWE", name: "Sweden"}
    ]);
    expect(groupNames({eu27: true, oecd: false, traditionalDestination: true})).toEqual(["EU27", "traditional destination"]);
  });
});
