// The approach classifier end to end on synthetic data: the indicator matrix, the fitted dimensions, the
// trained k-means model (clusters.ts) and its agreement with a published classification.
import {describe, expect, it} from "vitest";
import {AREA_IDS, type AreaId} from "../../../../lib/mipex/areas.ts";
import type {ApproachGroupRow} from "../../../../lib/mipex/approach-groups.ts";
import type {IndicatorRow, IndicatorScoreRow} from "../../../../lib/mipex/build-tables.ts";
import {classifyApproach, type ApproachModel} from "../../../../lib/findings/dimensions/classifier.ts";
import {clusterCentroids, trainApproachModel} from "../../../../lib/findings/dimensions/clusters.ts";
import {fitDimensions} from "../../../../lib/findings/dimensions/fit.ts";
import {indicatorMatrix} from "../../../../lib/findings/dimensions/indicator-matrix.ts";
import {agreementWithPublished, publishedApproaches} from "../../../../lib/findings/dimensions/published.ts";
import {createRandom} from "../../../../lib/stats/random.ts";

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

describe("clusterCentroids", () => {
  it("averages each cluster's rows", () => {
    expect(
      clusterCentroids(
        [
          [0, 0],
          [2, 4],
          [10, 10]
        ],
        [1, 1, 2],
        2
      )
    ).toEqual([
      [1, 2],
      [10, 10]
    ]);
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
