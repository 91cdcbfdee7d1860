import {describe, expect, it} from "vitest";
import {AREA_IDS, type AreaId} from "../../../lib/mipex/areas.ts";
import type {ApproachGroupRow} from "../../../lib/mipex/approach-groups.ts";
import type {IndicatorRow, IndicatorScoreRow} from "../../../lib/mipex/build-tables.ts";
import {classifyApproach, labelClusters, nearestCentroid, quantify, type ApproachModel} from "../../../lib/findings/approach-model.ts";
import {
  agreementWithPublished,
  fitDimensions,
  indicatorMatrix,
  nameDimensions,
  publishedApproaches,
  trainApproachModel
} from "../../../lib/findings/approaches.ts";
import {createRandom} from "../../../lib/stats/random.ts";

/** 48 synthetic countries in four profiles over 16 indicators (two per area), scored 0/50/100. */
function syntheticTables() {
  const indicators: IndicatorRow[] = AREA_IDS.flatMap((area) =>
    [0, 1].map((i) => ({
      code: `${area}_${i}`,
      area,
      level: "indicator" as const,
      parent: null,
      position: i,
      weight: 0.5,
      title: `${area} ${i}`,
      description: "",
      answer_options: ""
    }))
  );
  // Profiles: high everywhere; low everywhere; high except secure-future areas; high only on secure-future and anti-discrimination.
  const secure = new Set<AreaId>(["family_reunification", "permanent_residence", "access_to_nationality"]);
  const profiles: ((area: AreaId) => number)[] = [
    () => 90,
    () => 10,
    (area) => (secure.has(area) ? 15 : 75),
    (area) => (secure.has(area) || area === "anti_discrimination" ? 75 : 20)
  ];
  const random = createRandom(7);
  const scores: IndicatorScoreRow[] = [];
  for (let c = 0; c < 48; c++) {
    const iso3 = `C${String(c).padStart(2, "0")}`;
    for (const ind of indicators) {
      const latent = profiles[c % 4](ind.area) + (random() - 0.5) * 60;
      const score = latent < 33 ? 0 : latent < 67 ? 50 : 100;
      scores.push({iso3, year: 2019, indicator: ind.code, score, edition: "2020", level: "indicator", area: ind.area, source_cell: `${iso3}!A1`});
    }
  }
  return {indicators, indicator_scores: scores};
}

describe("labelClusters (the approach rule)", () => {
  const names = ["basic_rights", "equal_opportunities", "secure_future"] as const;

  it("labels synthetic centroids as the rule says", () => {
    expect(
      labelClusters(
        [
          [1, 1, 1],
          [-1, -1, -1],
          [0, 0.8, -0.8],
          [0, -0.8, 0.8]
        ],
        names
      )
    ).toEqual(["Comprehensive integration", "Immigration without integration", "Temporary integration", "Equality on paper"]);
  });

  it("reads the dimensions by name, not position", () => {
    // Same centroids with columns permuted to [secure_future, basic_rights, equal_opportunities].
    const permuted = [
      [1, 1, 1],
      [-1, -1, -1],
      [-0.8, 0, 0.8],
      [0.8, 0, -0.8]
    ];
    expect(labelClusters(permuted, ["secure_future", "basic_rights", "equal_opportunities"])).toEqual([
      "Comprehensive integration",
      "Immigration without integration",
      "Temporary integration",
      "Equality on paper"
    ]);
  });

  it("needs exactly four clusters and each MIPEX dimension once", () => {
    expect(() => labelClusters([[1, 1, 1]], names)).toThrow(/exactly 4/);
    expect(() =>
      labelClusters(
        [
          [1, 1, 1],
          [0, 0, 0],
          [1, 0, 0],
          [0, 1, 0]
        ],
        ["basic_rights", "basic_rights", "secure_future"]
      )
    ).toThrow(/must contain basic_rights once/);
  });
});

describe("quantify and nearestCentroid", () => {
  const transform = {kind: "catpca" as const, categories: [0, 50, 100], quantifications: [-1.2, 0.1, 1.1]};
  it("interpolates between categories, clamps outside, and maps missing to the mean 0", () => {
    expect(quantify(transform, 50)).toBeCloseTo(0.1, 12);
    expect(quantify(transform, 75)).toBeCloseTo(0.6, 12);
    expect(quantify(transform, 120)).toBeCloseTo(1.1, 12);
    expect(quantify(transform, null)).toBe(0);
    expect(quantify({kind: "pca", mean: 50, scale: 25}, 100)).toBe(2);
  });
  it("finds the nearest and second-nearest centroid", () => {
    expect(
      nearestCentroid(
        [
          [1, 1],
          [-1, -1],
          [5, 5]
        ],
        [0.8, 0.5]
      )
    ).toMatchObject({cluster: 1, nearestOther: 2});
  });
});

describe("the approach classifier on synthetic data", () => {
  const tables = syntheticTables();
  const matrix = indicatorMatrix(tables, {edition: "2020", year: 2019});

  it("builds the matrix and counts missing cells", () => {
    expect(matrix.values).toHaveLength(48);
    expect(matrix.missing).toEqual([]);
    const gappy = indicatorMatrix(
      {...tables, indicator_scores: tables.indicator_scores.filter((r) => !(r.iso3 === "C03" && r.indicator === "health_1"))},
      {edition: "2020", year: 2019}
    );
    expect(gappy.missing).toEqual([{iso3: "C03", indicator: "health_1"}]);
  });

  it("is deterministic for a seed, and a JSON round trip of the model classifies every country as trained", () => {
    const fit = fitDimensions(matrix, "catpca");
    const first = trainApproachModel(fit, {seed: 11});
    const second = trainApproachModel(fit, {seed: 11});
    expect(second.labels).toEqual(first.labels);
    expect(second.model).toEqual(first.model);
    const model = JSON.parse(JSON.stringify(first.model)) as ApproachModel;
    matrix.values.forEach((row, i) => {
      const c = classifyApproach(model, row);
      expect(c.cluster).toBe(first.labels[i]);
      c.scores.forEach((s, k) => expect(s).toBeCloseTo(fit.scores[i][k], 9));
      expect(c.margin).toBeGreaterThanOrEqual(0);
      expect(c.margin).toBeLessThanOrEqual(1);
    });
  });

  it("recovers the four planted profiles with their approach names", () => {
    for (const method of ["catpca", "pca"] as const) {
      const {model, labels} = trainApproachModel(fitDimensions(matrix, method));
      const planted = ["Comprehensive integration", "Immigration without integration", "Temporary integration", "Equality on paper"];
      const recovered = labels.map((l) => model.approaches[l - 1]);
      const correct = recovered.filter((a, i) => a === planted[i % 4]).length;
      expect(correct, method).toBeGreaterThanOrEqual(44);
    }
  });

  it("gives an adjusted Rand index in [−1, 1] and leaves conflicts out", () => {
    const {labels} = trainApproachModel(fitDimensions(matrix, "catpca"));
    const rows: ApproachGroupRow[] = matrix.countries.map((iso3, i) => ({
      iso3,
      country: iso3,
      reference_year: 2019,
      approach: (["Comprehensive integration", "Immigration without integration", "Temporary integration", "Equality on paper"] as const)[i % 4],
      top_ten: false,
      confidence: "high",
      source_url: "",
      note: null,
      conflict: false
    }));
    rows.push({...rows[0], approach: "Equality on paper", confidence: "low", conflict: true});
    rows[0] = {...rows[0], confidence: "low", conflict: true};
    const published = publishedApproaches(rows);
    expect(published.get("C00")).toMatchObject({approach: null, conflict: true, alternatives: ["Comprehensive integration", "Equality on paper"]});
    const {ari, countries} = agreementWithPublished(matrix.countries, labels, published);
    expect(countries).toBe(47);
    expect(ari).toBeGreaterThanOrEqual(-1);
    expect(ari).toBeLessThanOrEqual(1);
    expect(ari).toBeGreaterThan(0.8);
  });
});

describe("nameDimensions", () => {
  it("matches dimensions to MIPEX's by the areas loading on them and counts agreeing areas", () => {
    const areas = [...AREA_IDS];
    const loads: Record<AreaId, number[]> = {
      labour_market_mobility: [0.1, 0.8, 0.1],
      anti_discrimination: [0.1, 0.9, 0.0],
      education: [0.8, 0.1, 0.1],
      political_participation: [0.7, 0.2, 0.1],
      health: [0.6, 0.1, 0.2],
      family_reunification: [0.1, 0.1, 0.8],
      permanent_residence: [0.1, 0.7, 0.2],
      access_to_nationality: [0.2, 0.1, 0.7]
    };
    const naming = nameDimensions(
      areas.map((a) => loads[a]),
      areas
    );
    expect(naming.names).toEqual(["equal_opportunities", "basic_rights", "secure_future"]);
    expect(naming.agreeing).toBe(7);
    expect(naming.areas.find((a) => a.area === "permanent_residence")?.agrees).toBe(false);
  });
});
