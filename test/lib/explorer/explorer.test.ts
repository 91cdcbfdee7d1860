/**
 * The explorer's data packing, URL state, user CSV and computation — on the real data, so that the
 * explorer and the finding pages are checked to give the same numbers.
 */
import {beforeAll, describe, expect, it} from "vitest";
import {addUserCsv, filterSeries, packExplorerData, unpackExplorerData, type ExplorerData, type ExplorerSeries} from "../../../lib/explorer/dataset.ts";
import {explore} from "../../../lib/explorer/explore.ts";
import {chosenPairAdjustment, explorerFamily} from "../../../lib/explorer/family.ts";
import {correlationBlock} from "../../../lib/findings/outcomes/correlation-block.ts";
import {mipexInput} from "../../../lib/findings/outcomes/scores.ts";
import {POLICY_OUTCOME_SPECS} from "../../../lib/findings/outcomes/specs.ts";
import {MIN_COUNTRIES} from "../../../lib/findings/outcomes/summary.ts";
import {adjustPValues} from "../../../lib/stats/p-adjust.ts";
import {decodeExplorerState, encodeExplorerState, type ExplorerState} from "../../../lib/explorer/state.ts";
import {outcomeDirectories} from "../../../loaders/data-sources.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";
import {cachedOutcomes} from "../../../loaders/outcomes/cached-outcomes.ts";
import {haveSources, needing} from "../../have-sources.ts";

const SOURCES = ["mipex_core", "mipex_eu", "approach_groups", "outcomes"];
const haveData = haveSources(...SOURCES);

const DEFAULT: ExplorerState = {
  measure: "access_to_nationality",
  mipexYear: 2016,
  indicator: "derived.naturalisation_rate_nonEU_citizens.mean_2014_2019",
  group: "sex=T",
  year: 2019,
  control: null
};
let data: ExplorerData;
let blocks: ReturnType<typeof correlationBlock>[];
beforeAll(async () => {
  if (!haveData) return;
  const {tables} = await cachedMipex();
  // Cached and frozen, as the explorer's loader reads them (a second parse of every file cost ≈ 1 s).
  const outcomes = cachedOutcomes(outcomeDirectories({...process.env, MIPEX_OUTCOMES_DIR: ""}));
  const mipex = mipexInput(tables);
  const packed = JSON.parse(JSON.stringify(packExplorerData(mipex.countries, mipex.scores, outcomes.observations, outcomes.catalogue)));
  data = unpackExplorerData(packed);
  blocks = POLICY_OUTCOME_SPECS.slice(0, 2).map((s) => correlationBlock(s, mipex, outcomes, {replicates: 999}));
}, 120_000);

describe.skipIf(!haveData)(needing("explorer data", ...SOURCES), () => {
  it("round-trips through JSON and offers the catalogue's series with MIPEX-country years", () => {
    expect(data.countries).toHaveLength(56);
    expect(data.measures.find((m) => m.id === "health")!.years).toEqual([2014, 2019]);
    const series = data.series.find((s) => s.id === "derived.employment_rate_gap_nat_minus_noneu.Y20-64|sex=T")!;
    expect(series.years).toContain(2019);
    expect(data.observations.every((o) => o.iso3 !== null)).toBe(true);
  });

  it("gives the same r and n as the finding pages for the same selection", () => {
    const nat = explore(data, DEFAULT, {replicates: 999});
    expect(nat.summary.n).toBe(blocks[0].summary.n);
    expect(nat.summary.r).toBeCloseTo(blocks[0].summary.r!, 12);
    const lab = explore(
      data,
      {...DEFAULT, measure: "labour_market_mobility", mipexYear: null, indicator: "derived.employment_rate_gap_nat_minus_noneu.Y20-64"},
      {replicates: 999}
    );
    expect(lab.mipexYear).toBe(2019);
    expect(lab.summary.n).toBe(32);
    expect(lab.summary.r).toBeCloseTo(blocks[1].summary.r!, 12);
    expect(lab.table[0]).toHaveProperty("mipex_score");
  });

  it("computes a partial correlation given a control", () => {
    const result = explore(data, {...DEFAULT, control: "mipex:anti_discrimination"}, {replicates: 199});
    expect(result.controlLabel).toBe("Anti-discrimination (MIPEX 2016)");
    expect(result.summary.partial).not.toBeNull();
    expect(result.summary.partial!.n).toBe(result.summary.n);
    expect(Math.abs(result.summary.partial!.r)).toBeLessThan(1);
  });
});

describe.skipIf(!haveData)(needing("URL state", ...SOURCES), () => {
  it("encodes and restores a selection", () => {
    const state: ExplorerState = {
      measure: "health",
      mipexYear: 2019,
      indicator: "derived.health_good_gap_nat_minus_noneu.Y_GE16",
      group: "sex=T",
      year: 2019,
      control: "mipex:education"
    };
    const query = encodeExplorerState(state);
    expect(query).toContain("group=sex%3DT");
    expect(decodeExplorerState(`?${query}`, data, DEFAULT)).toEqual({state, corrections: []});
  });

  it("writes the closest-year choice, so a link with another measure does not fall back to the default year", () => {
    const state: ExplorerState = {...DEFAULT, measure: "labour_market_mobility", mipexYear: null};
    const query = encodeExplorerState(state);
    expect(new URLSearchParams(query).get("mipexYear")).toBe("closest");
    expect(decodeExplorerState(`?${query}`, data, DEFAULT)).toEqual({state, corrections: []});
    // Links written before: no mipexYear meant "closest"; an address without any selection is the default.
    expect(decodeExplorerState(`?${query.replace("mipexYear=closest&", "")}`, data, DEFAULT).state.mipexYear).toBeNull();
    expect(decodeExplorerState("", data, DEFAULT).state.mipexYear).toBe(DEFAULT.mipexYear);
  });

  it("keeps the outcome filter in the link; an empty filter is left out", () => {
    const state: ExplorerState = {...DEFAULT, filter: "self-rated health"};
    const query = encodeExplorerState(state);
    expect(new URLSearchParams(query).get("filter")).toBe("self-rated health");
    expect(decodeExplorerState(`?${query}`, data, DEFAULT)).toEqual({state, corrections: []});
    expect(encodeExplorerState({...DEFAULT, filter: ""})).not.toContain("filter");
    expect(decodeExplorerState("?filter=%20", data, DEFAULT).state.filter).toBeUndefined();
  });

  it("falls back for unknown values and says what it changed", () => {
    const {state, corrections} = decodeExplorerState(
      "?measure=nope&indicator=derived.health_good_gap_nat_minus_noneu.Y_GE16&group=sex%3DT&year=1900",
      data,
      DEFAULT
    );
    expect(state.measure).toBe(DEFAULT.measure);
    expect(state.indicator).toBe("derived.health_good_gap_nat_minus_noneu.Y_GE16");
    expect(state.year).toBe(2019); // the default year, which the series has
    expect(corrections).toEqual(['unknown MIPEX measure "nope"', "no derived.health_good_gap_nat_minus_noneu.Y_GE16 values for 1900"]);
  });
});

describe.skipIf(!haveData)(needing("a user's tidy CSV", ...SOURCES), () => {
  const csv = [
    "country,iso3,year,indicator,group,value,unit,source,note",
    ...["AUT", "BEL", "DEU", "DNK", "ESP", "FIN", "FRA", "IRL", "ITA", "NLD", "PRT"].map(
      (c, i) => `${c},${c},2019,my_indicator,all,${i * 2 + (i % 4)},%,synthetic,made up`
    ),
    "Sweden,SWE,2019,my_indicator,all,3,%,synthetic,",
    "Sweden,SWE,2019,my_indicator,all,4,%,synthetic,second quote",
    "OECD average,OECD,2019,my_indicator,all,9,%,synthetic,"
  ].join("\n");

  it("is parsed with the tidy parser, added as a series and explored at once; conflicts left out", () => {
    const added = addUserCsv(data, csv, "mine.csv");
    expect(added.added).toEqual(["my_indicator|all"]);
    expect(added.outsideMipex).toBe(1);
    expect(added.conflicts).toBe(1);
    const result = explore(
      added.data,
      {measure: "overall.with_health", mipexYear: null, indicator: "my_indicator", group: "all", year: 2019, control: null},
      {replicates: 199}
    );
    expect(result.summary.n).toBe(11);
    expect(result.conflicts.map((c) => c.iso3)).toEqual(["SWE"]);
  });

  it("reports a malformed file by row and column", () => {
    expect(() => addUserCsv(data, "country,iso3,year,indicator,group,value,unit,source\nX,XXX,2019,a,b,1,%,s\n", "bad.csv")).toThrow(
      /bad.csv, row 2, column "iso3"/
    );
  });
});

describe("filterSeries", () => {
  const series = (id: string, label: string, years = [2019]): ExplorerSeries => ({
    id,
    indicator: id.split("|")[0],
    group: id.split("|")[1],
    label,
    groupLabel: "sex: Total",
    unit: "%",
    definition: "",
    source: "",
    years
  });
  const list = [
    series("emp|sex=T", "Employment rate"),
    series("nat|sex=T", "Naturalisation rate"),
    series("empty|sex=T", "Employment, no data", []),
    series("ess|all", "ESS agreement")
  ];

  it("matches label, id or group label case-insensitively, keeps the selected series, drops series without years", () => {
    expect(filterSeries(list, "").map((s) => s.id)).toEqual(["emp|sex=T", "nat|sex=T", "ess|all"]);
    expect(filterSeries(list, "  EMPLOYMENT ").map((s) => s.id)).toEqual(["emp|sex=T"]);
    expect(filterSeries(list, "employment", "nat|sex=T").map((s) => s.id)).toEqual(["emp|sex=T", "nat|sex=T"]);
    expect(filterSeries(list, "nothing matches", "ess|all").map((s) => s.id)).toEqual(["ess|all"]);
    expect(filterSeries(list, "sex: total").map((s) => s.id)).toEqual(["emp|sex=T", "nat|sex=T", "ess|all"]);
  });
});

describe.skipIf(!haveData)(needing("the family of pairs the explorer offers", ...SOURCES), () => {
  it("counts every measure × series × year a user can pick and tests those with enough countries", () => {
    const family = explorerFamily(data);
    const offered = data.series.reduce((s, x) => s + x.years.length, 0) * data.measures.length;
    expect(family.offered).toBe(offered);
    expect(family.pairs.length).toBeLessThanOrEqual(offered);
    expect(family.pairs.every((p) => p.n >= MIN_COUNTRIES && p.p >= 0 && p.p <= 1)).toBe(true);
    // A family pair is the explorer's own default pairing: same n and r.
    const pair = family.pairs.find(
      (p) => p.measure === "labour_market_mobility" && p.series === "derived.employment_rate_gap_nat_minus_noneu.Y20-64|sex=T" && p.year === 2019
    )!;
    const result = explore(
      data,
      {...DEFAULT, measure: "labour_market_mobility", mipexYear: null, indicator: "derived.employment_rate_gap_nat_minus_noneu.Y20-64"},
      {replicates: 99}
    );
    expect(pair.n).toBe(result.summary.n);
    expect(pair.r).toBeCloseTo(result.summary.r!, 12);
    expect(pair.p).toBeCloseTo(result.summary.pValue!, 12);
  });

  it("reports the chosen pair's p adjusted across the family, and the sentence follows it", () => {
    const family = explorerFamily(data);
    const result = explore(data, DEFAULT, {replicates: 199, family});
    const ps = family.pairs.map((p) =>
      p.measure === DEFAULT.measure && p.series === `${DEFAULT.indicator}|${DEFAULT.group}` && p.year === DEFAULT.year ? result.summary.pValue! : p.p
    );
    const index = family.pairs.findIndex(
      (p) => p.measure === DEFAULT.measure && p.series === `${DEFAULT.indicator}|${DEFAULT.group}` && p.year === DEFAULT.year
    );
    expect(result.family).toMatchObject({
      size: family.pairs.length,
      raw: result.summary.pValue,
      holm: adjustPValues(ps, "holm")[index],
      bh: adjustPValues(ps, "BH")[index]
    });
    expect(result.family!.holm).toBeGreaterThan(result.summary.pValue!);
    expect(result.sentence).toContain(`adjusted over the ${family.pairs.length.toLocaleString("en")} pairs the explorer offers`);
    expect(result.sentence).toContain("tentative");
    expect(explore(data, DEFAULT, {replicates: 99}).family).toBeNull();
  });

  it("marks the PISA science gap unverified from its source note", () => {
    const pisa = data.series.find((s) => s.indicator === "score_gap_science_immigration_background")!;
    expect(pisa.unverified).toContain("INFERRED, NOT READ");
    expect(data.series.filter((s) => s.unverified)).toHaveLength(1);
    const result = explore(
      data,
      {...DEFAULT, measure: "education", mipexYear: null, indicator: pisa.indicator, group: pisa.group, year: 2015},
      {replicates: 99}
    );
    expect(result.sentence.startsWith("Unverified outcome:")).toBe(true);
  });

  it("lets a user's own series join the family", () => {
    const family = explorerFamily(data);
    expect(chosenPairAdjustment(family, {measure: "education", series: "mine|all", year: 2019, p: 0.5}).size).toBe(family.pairs.length + 1);
  });
});
