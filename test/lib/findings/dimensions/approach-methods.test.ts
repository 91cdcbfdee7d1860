import {describe, expect, it} from "vitest";
import type {Approach} from "../../../../lib/mipex/approach-groups.ts";
import {compareMethods, DECLARED_METHODS, TUNED_CLASSIFIERS, type MethodInput} from "../../../../lib/findings/dimensions/approach-methods.ts";
import {createRandom} from "../../../../lib/stats/random.ts";

const random = createRandom(11);
const profiles: [number[], Approach][] = [
  [[80, 75, 70], "Comprehensive integration"],
  [[70, 60, 35], "Temporary integration"],
  [[65, 25, 65], "Equality on paper"],
  [[30, 15, 35], "Immigration without integration"]
];
// 32 made-up countries, 8 per approach, scattered around the profile of their approach.
const rows = Array.from({length: 32}, (_, i) => {
  const [profile, approach] = profiles[i % 4];
  return {iso3: `C${String(i).padStart(2, "0")}`, scores: profile.map((v) => v + (random() - 0.5) * 16), approach};
});
const input: MethodInput = {
  countries: rows.map((r) => r.iso3),
  dimensionScores: rows.map((r) => r.scores),
  catpcaScores: rows.map((r) => r.scores.map((v) => (v - 50) / 20)),
  catpcaNames: ["basic_rights", "equal_opportunities", "secure_future"],
  overall: rows.map((r) => r.scores.reduce((s, v) => s + v, 0) / 3),
  areaScores: rows.map((r) => [...r.scores, ...r.scores.slice(0, 2), ...r.scores])
};
const published = new Map<string, Approach | null>(rows.map((r) => [r.iso3, r.approach]));

describe("candidate methods for the approaches", () => {
  it("declares its methods before any comparison: a fixed list, each with a rationale", () => {
    expect(DECLARED_METHODS.map((m) => m.id)).toEqual([
      "verbal_halfway",
      "verbal_median",
      "ward_ten_groups",
      "kmeans_dimension_scores",
      "kmeans_catpca",
      "ward_catpca",
      "overall_bands"
    ]);
    expect(TUNED_CLASSIFIERS.map((m) => m.id)).toEqual(["centroid_dimensions", "centroid_areas", "knn5_areas"]);
    for (const m of [...DECLARED_METHODS, ...TUNED_CLASSIFIERS]) expect(m.rationale.length, m.id).toBeGreaterThan(40);
  });

  it("never lets a declared method see the published labels", () => {
    const shuffled = new Map([...published].map(([iso3], i) => [iso3, profiles[(i * 7) % 4][1]]));
    const a = compareMethods(input, published, {replicates: 50});
    const b = compareMethods(input, shuffled, {replicates: 50});
    expect(b.declared.map((m) => m.labels)).toEqual(a.declared.map((m) => m.labels));
  });

  it("recovers clean profiles by the verbal rule, k-means and Ward; the permutation p is seeded and small", () => {
    const result = compareMethods(input, published, {replicates: 200});
    for (const id of ["verbal_halfway", "kmeans_dimension_scores", "ward_catpca"]) {
      const m = result.declared.find((x) => x.id === id)!;
      expect(m.agreement.ari, id).toBeGreaterThan(0.8);
      expect(m.agreement.permutationP, id).toBeLessThan(0.01);
    }
    expect(compareMethods(input, published, {replicates: 200})).toEqual(result);
  });

  it("scores tuned classifiers by leave-one-out only and names the best as the ceiling", () => {
    // One country labelled against its profile: in-sample it would pull its class centre; left out, it cannot.
    const odd = new Map(published).set("C00", "Immigration without integration");
    const result = compareMethods(input, odd, {replicates: 100});
    const centroid = result.tuned.find((m) => m.id === "centroid_dimensions")!;
    expect(centroid.labels[0]).toBe("Comprehensive integration");
    expect(centroid.matches).toBe(31);
    expect(result.ceiling.agreement.ari).toBe(Math.max(...result.tuned.map((m) => m.agreement.ari)));
    expect(result.alwaysDifferent).toEqual(["C00"]);
    expect(result.agreeingMethods.C00).toBe(0);
  });

  it("leaves out countries without one published approach", () => {
    const withConflict = new Map(published).set("C01", null);
    expect(compareMethods(input, withConflict, {replicates: 20}).compared).toBe(31);
  });
});
