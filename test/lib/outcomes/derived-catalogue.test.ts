import {describe, expect, it} from "vitest";
import {buildCatalogue, MIPEX_COUNTRIES} from "../../../lib/outcomes/catalogue.ts";
import {deriveIndicators} from "../../../lib/outcomes/derived.ts";
import type {Observation} from "../../../lib/outcomes/observation.ts";

function obs(partial: Partial<Observation> & Pick<Observation, "indicator" | "group" | "year" | "value">): Observation {
  const iso3 = partial.iso3 === undefined ? "SWE" : partial.iso3;
  return {
    iso3,
    geo: iso3 ?? "EU27_2020",
    geoLabel: "",
    isAggregate: iso3 === null,
    indicatorLabel: partial.indicator,
    groupLabel: partial.group,
    flag: null,
    unit: "Percentage",
    source: "test",
    sourceFile: "t.tsv",
    row: 1,
    note: null,
    conflict: false,
    derived: false,
    dimensions: {},
    dimensionLabels: {},
    ...partial
  };
}

const erg = (citizen: string, year: number, value: number | null, more: Partial<Observation> = {}) =>
  obs({indicator: "lfsa_ergan.Y20-64", group: `citizen=${citizen};sex=T`, year, value, ...more});
const nat = (year: number, value: number, more: Partial<Observation> = {}) =>
  obs({indicator: "naturalisation_rate_nonEU_citizens", group: "sex=T", year, value, unit: "per 100", ...more});

describe("derived indicators", () => {
  it("employment gap = nationals − non-EU citizens, flags combined, missing inputs skipped", () => {
    const input = [
      erg("NAT", 2019, 84.5),
      erg("NEU27_2020_FOR", 2019, 55.5),
      erg("NAT", 2018, 84.7, {flag: "b"}),
      erg("NEU27_2020_FOR", 2018, 52.7, {flag: "bu"}),
      erg("NAT", 2017, 83.8),
      erg("NEU27_2020_FOR", 2017, null, {flag: "u"}),
      erg("NAT", 2019, 61, {iso3: "GRC"}),
      erg("NEU27_2020_FOR", 2019, 58.5, {iso3: "GRC"})
    ];
    const {observations, definitions} = deriveIndicators(input);
    expect(definitions.map((d) => d.indicator)).toEqual(["derived.employment_rate_gap_nat_minus_noneu.Y20-64"]);
    expect(observations.map((o) => [o.iso3, o.year, o.value, o.flag])).toEqual(
      [
        ["SWE", 2019, 29],
        ["SWE", 2018, 32, "bu"],
        ["GRC", 2019, 2.5]
      ].map(([i, y, v, f]) => [i, y, v, f ?? null])
    );
    expect(observations[0]).toMatchObject({derived: true, group: "sex=T", unit: "percentage points"});
  });

  it("naturalisation mean 2014–2019 needs ≥ 4 years and leaves conflicts out", () => {
    const input = [
      // Sweden, all six years: (8.1 + 8.57 + 10.08 + 10.51 + 8.78 + 8.38) / 6 = 54.42 / 6 = 9.07; 2013 is outside the period.
      ...[8.1, 8.57, 10.08, 10.51, 8.78, 8.38].map((v, i) => nat(2014 + i, v)),
      nat(2013, 99),
      // Greece: four years (2, 3, 4, 5) → 3.5.
      ...[2, 3, 4, 5].map((v, i) => nat(2016 + i, v, {iso3: "GRC"})),
      // Italy: three years → no value.
      ...[1, 2, 3].map((v, i) => nat(2017 + i, v, {iso3: "ITA"})),
      // Spain: four years, but 2019 has two conflicting values → a conflicted mean (value null), never a mean of the other three.
      ...[1, 2, 3].map((v, i) => nat(2016 + i, v, {iso3: "ESP"})),
      nat(2019, 4, {iso3: "ESP", conflict: true}),
      nat(2019, 5, {iso3: "ESP", conflict: true})
    ];
    const {observations} = deriveIndicators(input);
    expect(observations.map((o) => [o.indicator, o.iso3, o.year, o.value, o.conflict])).toEqual([
      ["derived.naturalisation_rate_nonEU_citizens.mean_2014_2019", "ESP", 2019, null, true],
      ["derived.naturalisation_rate_nonEU_citizens.mean_2014_2019", "SWE", 2019, 9.07, false],
      ["derived.naturalisation_rate_nonEU_citizens.mean_2014_2019", "GRC", 2019, 3.5, false]
    ]);
    expect(observations[0].note).toMatch(
      /^not computed: .* 2019 naturalisation_rate_nonEU_citizens \[sex=T\] is in conflict: 4 \(.* row \d+\) vs 5 \(.* row \d+\)$/
    );
    expect(observations[1].note).toBe("mean of 6 years (2014, 2015, 2016, 2017, 2018, 2019)");
  });

  it("health gap and income ratio", () => {
    const h = (citizen: string, value: number) => obs({indicator: "hlth_silc_24.Y_GE16.VG_G", group: `citizen=${citizen};sex=T`, year: 2019, value});
    const i = (citizen: string, value: number) => obs({indicator: "ilc_di15.MED_E.Y_GE18", group: `citizen=${citizen};sex=T`, year: 2019, value});
    // Sweden 2019 (hlth_silc_24 lines 10239, 12892; ilc_di15 lines 1418, 1795).
    const {observations} = deriveIndicators([h("NAT", 75.8), h("NEU27_2020_FOR", 77.1), i("NAT", 25962), i("NEU27_2020_FOR", 14123)]);
    expect(observations.map((o) => [o.indicator, o.value])).toEqual([
      ["derived.health_good_gap_nat_minus_noneu.Y_GE16", -1.3],
      ["derived.median_income_ratio_noneu_to_nat.Y_GE18", 54.398737] // 14123 / 25962 × 100
    ]);
  });
});

describe("catalogue", () => {
  it("has one entry per indicator × group with years, coverage of MIPEX countries and derivations", () => {
    expect(MIPEX_COUNTRIES.size).toBe(56);
    const input = [
      erg("NAT", 2019, 84.5),
      erg("NEU27_2020_FOR", 2019, 55.5),
      erg("NAT", 2019, 61, {iso3: "GRC"}),
      erg("NAT", 2018, null, {flag: "u"}),
      erg("NAT", 2019, 74.5, {iso3: null}), // EU aggregate: not a MIPEX country
      erg("NAT", 2019, 70, {iso3: "LIE"}) // Liechtenstein: not a MIPEX country
    ];
    const derived = deriveIndicators(input);
    const catalogue = buildCatalogue([...input, ...derived.observations], derived.definitions);
    expect(catalogue.map((e) => e.id)).toEqual([
      "lfsa_ergan.Y20-64|citizen=NAT;sex=T",
      "lfsa_ergan.Y20-64|citizen=NEU27_2020_FOR;sex=T",
      "derived.employment_rate_gap_nat_minus_noneu.Y20-64|sex=T"
    ]);
    expect(catalogue[0]).toMatchObject({
      years: [2019],
      observations: 5,
      missing: 1,
      coverage: [
        {year: 2018, countries: 0},
        {year: 2019, countries: 2}
      ],
      mipexCountries: 2
    });
    expect(catalogue[2]).toMatchObject({
      derivedFrom: ["lfsa_ergan.Y20-64|citizen=NAT;sex=T", "lfsa_ergan.Y20-64|citizen=NEU27_2020_FOR;sex=T"],
      unit: "percentage points",
      coverage: [{year: 2019, countries: 1}]
    });
    expect(catalogue[2].derivation).toMatch(/nationals .* minus .* non-EU/);
  });
});
