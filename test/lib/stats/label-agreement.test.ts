import {describe, expect, it} from "vitest";
import {adjustedRandIndex} from "../../../lib/stats/adjusted-rand.ts";
import {labelAgreement} from "../../../lib/stats/label-agreement.ts";
import {createRandom} from "../../../lib/stats/random.ts";

const random = createRandom(7);
const reference = Array.from({length: 40}, (_, i) => ["a", "b", "c", "d"][i % 4]);
// Three in four cases keep their reference label; the rest get a random one.
const noisy = reference.map((l) => (random() < 0.75 ? l : ["a", "b", "c", "d"][Math.floor(random() * 4)]));
const unrelated = reference.map(() => ["a", "b", "c", "d"][Math.floor(random() * 4)]);

describe("labelAgreement: ARI, bootstrap interval and permutation null", () => {
  it("reports the ARI of adjusted-rand.ts and an interval around it", () => {
    const a = labelAgreement(noisy, reference, {seed: 1, replicates: 500, permutations: 500});
    expect(a.ari).toBe(adjustedRandIndex(noisy, reference));
    expect(a.interval[0]).toBeLessThan(a.ari);
    expect(a.interval[1]).toBeGreaterThan(a.ari);
    expect(a.n).toBe(40);
  });

  it("gives the smallest possible p for identical labels and a large one for unrelated labels", () => {
    const same = labelAgreement(reference, reference, {seed: 1, replicates: 200, permutations: 999});
    expect(same.ari).toBe(1);
    expect(same.interval).toEqual([1, 1]);
    expect(same.permutationP).toBe(1 / 1000);
    const none = labelAgreement(unrelated, reference, {seed: 1, replicates: 200, permutations: 999});
    expect(none.permutationP).toBeGreaterThan(0.05);
    expect(Math.abs(none.nullMean)).toBeLessThan(0.02);
  });

  it("is reproducible with a seed, and the seed matters", () => {
    const a = labelAgreement(noisy, reference, {seed: 3, replicates: 300, permutations: 300});
    expect(labelAgreement(noisy, reference, {seed: 3, replicates: 300, permutations: 300})).toEqual(a);
    expect(labelAgreement(noisy, reference, {seed: 4, replicates: 300, permutations: 300}).interval).not.toEqual(a.interval);
  });

  it("rejects labellings of different lengths", () => {
    expect(() => labelAgreement([1, 2, 3], [1, 2])).toThrow(/^reference: length 2/);
  });
});
